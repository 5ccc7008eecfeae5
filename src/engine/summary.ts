import { panelYearLabel } from "../domain/calendar/panelYear";
import { quorumNeeded } from "../domain/meetings/quorum";
import { KPI_STATUSES, KpiStatus } from "../domain/kpi/types";
import { MEMBER_STATUSES, MemberStatus } from "../domain/members/status";
import { panelDecisionOf } from "../domain/reviews/triggerDecisions";
import { BLANK_VALUE, date, number, text, WriteValue } from "../workbook/plan";
import { Grid } from "../workbook/grid";
import { Findings, MeetingFinding } from "./findings";
import { isEmpty } from "./ownership";

/** The figures of the Summary (§2.5: regular summary reports to the Tenants' Forum), worked out once for every view. */
export interface SummaryFigures {
  kpisByServiceArea: { serviceArea: string; counts: Record<KpiStatus, number> }[];
  /** `waiting`: triggers the panel has not discussed yet (decision New), stable across rescans. */
  triggers: { total: number; waiting: number; acceptedIntoProgramme: number };
  membersByStatus: Record<MemberStatus, number>;
  lastMeeting?: MeetingFinding;
  nextMeeting?: MeetingFinding;
  overdueReviews: number;
  impactAssessmentsOverdue: number;
  /** Complaints overdue under the Code, and in-scope hazards overdue under Awaab's Law. */
  overdueComplaints: number;
  overdueHazards: number;
  /** Gaps the TSM publication check found. */
  publicationGaps: number;
}

const NO_AREA = "No service area";

export function summarise(findings: Omit<Findings, "summary">): SummaryFigures {
  const areas = new Map<string, Record<KpiStatus, number>>();
  for (const kpi of findings.kpis) {
    if (kpi.status === undefined) continue;
    const area = kpi.serviceArea ?? NO_AREA;
    const counts =
      areas.get(area) ??
      (Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as Record<KpiStatus, number>);
    counts[kpi.status]++;
    areas.set(area, counts);
  }
  const membersByStatus = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, 0])) as Record<
    MemberStatus,
    number
  >;
  for (const member of findings.members) membersByStatus[member.status]++;
  const held = findings.meetings.filter((m) => m.held && m.present !== undefined);
  return {
    kpisByServiceArea: [...areas].map(([serviceArea, counts]) => ({ serviceArea, counts })),
    triggers: {
      total: findings.triggers.length,
      waiting: findings.triggers.filter((t) => panelDecisionOf(t.panelDecision) === "New").length,
      acceptedIntoProgramme: findings.triggers.filter((t) => t.acceptedIntoProgramme).length,
    },
    membersByStatus,
    lastMeeting: held[held.length - 1],
    nextMeeting: findings.meetings.find((m) => m.date > findings.asOf && m.type !== "Cancelled"),
    overdueReviews: findings.reviews.filter((r) => r.overdue).length,
    impactAssessmentsOverdue: findings.recommendations.filter((r) => r.impactAssessmentOverdue)
      .length,
    overdueComplaints: findings.overdueClocks.filter((c) => c.kind === "complaint").length,
    overdueHazards: findings.overdueClocks.filter((c) => c.kind === "hazard").length,
    publicationGaps: findings.publicationGaps.length,
  };
}

/** The Summary sheet's title, in A1. */
export const SUMMARY_TITLE = "Tenant Scrutiny Panel summary";

/**
 * A Summary sheet a scan wrote before claims existed (engine/ownership.ts): empty, or the add-in's
 * title in A1. The officers' own summary (a budget, say) has its own first cell, and is left alone.
 */
export function holdsAddInSummary(grid: Grid): boolean {
  if (isEmpty(grid)) return true;
  const title = grid.cell(0, 0);
  return (
    grid.sheetRow(0) === 0 &&
    grid.sheetColumn(0) === 0 &&
    title.kind === "text" &&
    title.text === SUMMARY_TITLE
  );
}

/** The Summary sheet, top to bottom: a title row, then sections of label and figures. */
export function summaryRows(findings: Findings): WriteValue[][] {
  const { summary } = findings;
  const row = (label: string, ...values: (WriteValue | number)[]): WriteValue[] => [
    text(label),
    ...values.map((v) => (typeof v === "number" ? number(v) : v)),
  ];
  const gap: WriteValue[] = [BLANK_VALUE];
  const { lastMeeting, nextMeeting } = summary;
  return [
    row("As at", date(findings.asOf)),
    row("Panel year", text(panelYearLabel(findings.panelYear))),
    gap,
    [text("KPI status by service area"), ...KPI_STATUSES.map((s) => text(s))],
    ...summary.kpisByServiceArea.map(({ serviceArea, counts }) =>
      row(serviceArea, ...KPI_STATUSES.map((s) => counts[s]))
    ),
    gap,
    row("Review triggers", summary.triggers.total),
    row("Waiting to be discussed (New)", summary.triggers.waiting),
    row("Accepted into programme", summary.triggers.acceptedIntoProgramme),
    gap,
    row("Members by status"),
    ...MEMBER_STATUSES.map((status) => row(status, summary.membersByStatus[status])),
    gap,
    row(`Meetings held in ${panelYearLabel(findings.panelYear)}`, findings.meetingsInYear.held),
    row("Meetings still scheduled", findings.meetingsInYear.scheduled),
    row("Meetings needed in the year (§7.1)", findings.meetingsInYear.required),
    ...(lastMeeting && lastMeeting.present !== undefined
      ? [
          row(
            "Last meeting",
            date(lastMeeting.date),
            text(`${lastMeeting.present} of ${lastMeeting.membership} present`),
            text(lastMeeting.quorate ? "Quorate" : "Not quorate")
          ),
        ]
      : []),
    ...(nextMeeting
      ? [
          row(
            "Next meeting",
            date(nextMeeting.date),
            text(`membership ${nextMeeting.membership}`),
            text(
              nextMeeting.membership > 0
                ? `quorum ${quorumNeeded(nextMeeting.membership)}`
                : "no members"
            )
          ),
        ]
      : []),
    gap,
    row("Review stages overdue", summary.overdueReviews),
    row("Impact assessments overdue", summary.impactAssessmentsOverdue),
  ];
}
