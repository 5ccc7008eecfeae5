import { formatUkDate } from "../domain/calendar/days";
import { byAreaOrder, placedServiceArea } from "../wording/serviceAreas";
import { panelYearLabel } from "../domain/calendar/panelYear";
import { quorumNeeded } from "../domain/meetings/quorum";
import { MEMBER_STATUSES } from "../domain/members/status";
import { Findings, KpiFinding, MeetingFinding } from "../engine/findings";
import { statutoryLines } from "./statutoryText";
import { describeProblem, Problem } from "../workbook/problems";
import { representationLines } from "./representationText";

/**
 * The command line's plain-English report of a scan: what the panel needs to know this month, then
 * every problem with its cell address. Dates are written as panel members read them (dd/mm/yyyy).
 */
export function summaryText(findings: Findings, problems: Problem[]): string[] {
  return [
    ...kpiLines(findings.kpis),
    "",
    ...triggerLines(findings),
    "",
    ...statutoryLines(findings),
    ...memberLines(findings),
    "",
    ...representationLines(findings.representation),
    ...meetingLines(findings),
    "",
    ...reviewLines(findings),
    "",
    ...problemLines(problems),
  ];
}

const KPI_STATUS_ORDER = ["Met", "Near miss", "Missed", "No data", "No target", "Context only"];
const NOT_RATED = "not rated (no polarity)";

function kpiLines(kpis: KpiFinding[]): string[] {
  if (kpis.length === 0)
    return ["KPI status: no KPI sheets found (a sheet with an Indicator column)"];
  const byArea = new Map<string, Map<string, number>>();
  for (const kpi of kpis) {
    // As the pane and the report place it: by its sheet's name, else Other indicators.
    const area = placedServiceArea(kpi);
    const counts = byArea.get(area) ?? new Map<string, number>();
    const status = kpi.status ?? NOT_RATED;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    byArea.set(area, counts);
  }
  const order = [...KPI_STATUS_ORDER, NOT_RATED];
  return [
    `KPI status (${plural(kpis.length, "indicator")})`,
    ...byAreaOrder(byArea).map(
      ([area, counts]) =>
        `  ${area}: ${order
          .filter((s) => counts.has(s))
          .map((s) => `${counts.get(s)} ${s}`)
          .join(", ")}`
    ),
  ];
}

function triggerLines({ triggers }: Findings): string[] {
  if (triggers.length === 0) return ["Review triggers: none"];
  const fresh = triggers.filter((t) => t.isNew).length;
  return [
    `Review triggers (${triggers.length}, ${fresh} new)`,
    ...triggers.map(
      (t) =>
        `  ${t.isNew ? "NEW " : "    "}${t.type}: ${t.subject} (${t.serviceArea}): ${t.evidence}` +
        (t.isNew ? "" : ` [panel decision: ${t.panelDecision || "none yet"}]`)
    ),
  ];
}

function memberLines({ members, composition }: Findings): string[] {
  if (members.length === 0) return ["Members: no Members sheet"];
  const counts = MEMBER_STATUSES.map(
    (status) => [status, members.filter((m) => m.status === status).length] as const
  ).filter(([, n]) => n > 0);
  return [
    `Members (${members.length}): ${counts.map(([status, n]) => `${n} ${status}`).join(", ")}`,
    ...members
      .filter((m) => m.status !== "Active" || m.reasons.length > 0)
      .map((m) => `  ${m.name} (${m.group}): ${statusWithReasons(m.status, m.reasons)}`),
    ...(composition?.breaches ?? []).map((breach) => `  Composition: ${breach}`),
    ...(composition?.notes ?? []).map((note) => `  Composition: ${note}`),
  ];
}

/** Reasons often begin with the status itself (`Lapsed on 14/07/2026: …`): say it once. */
function statusWithReasons(status: string, reasons: string[]): string {
  const text = reasons.join("; ");
  if (text === "") return status;
  return text.toLowerCase().startsWith(status.toLowerCase()) ? text : `${status}: ${text}`;
}

function meetingLines({ meetings, meetingsInYear: year, asOf }: Findings): string[] {
  const lines = [
    `Meetings in ${panelYearLabel(year.panelYear)}: ${year.held} held and ${year.scheduled} scheduled, against the ${year.required} required (§7.1)` +
      (year.canReachRequired ? "" : `: cannot reach ${year.required}; arrange more meetings`),
  ];
  const held = meetings.filter((m) => m.held && m.present !== undefined);
  const last = held[held.length - 1];
  if (last) lines.push(`  Last meeting ${describeMeeting(last)}`);
  const next = meetings.find((m) => m.date > asOf && m.type !== "Cancelled");
  if (next)
    lines.push(
      `  Next meeting ${formatUkDate(next.date)} (${next.type}): membership ${next.membership}` +
        (next.membership > 0 ? `, quorum ${quorumNeeded(next.membership)}` : "")
    );
  else lines.push("  Next meeting: none on the Meetings sheet");
  for (const m of held.filter((m) => m.quorate === false && m !== last))
    lines.push(`  Inquorate: ${describeMeeting(m)}`);
  for (const m of meetings.filter((m) => m.notice?.startsWith("Short")))
    lines.push(`  Short notice: ${formatUkDate(m.date)} (${m.type}): ${m.notice}`);
  return lines;
}

function describeMeeting(m: MeetingFinding): string {
  const quorum = m.membership > 0 ? `, quorum ${quorumNeeded(m.membership)}` : "";
  const verdict = m.quorate === undefined ? "" : m.quorate ? ": quorate" : ": not quorate";
  return `${formatUkDate(m.date)} (${m.type}): ${m.present} of ${m.membership} tenant members present${quorum}${verdict}`;
}

function reviewLines({ reviews, programme, recommendations }: Findings): string[] {
  const lines = [`Reviews: ${programme.message}`];
  for (const review of reviews) {
    for (const stage of review.waiting.filter((w) => w.overdue))
      lines.push(
        `  Overdue: ${review.review}: ${stage.stage}, due ${formatUkDate(stage.deadline)}`
      );
  }
  if (!reviews.some((r) => r.overdue)) lines.push("  No stage is overdue");
  const due = recommendations.filter((r) => r.impactAssessmentDue !== undefined);
  lines.push(
    due.length === 0 ? "Impact assessments: none due" : `Impact assessments (${due.length})`
  );
  for (const r of due)
    lines.push(
      `  ${r.impactAssessmentOverdue ? "Overdue" : "Due"} ${formatUkDate(r.impactAssessmentDue as number)}: ${r.review}: ${r.recommendation}`
    );
  return lines;
}

function problemLines(problems: Problem[]): string[] {
  if (problems.length === 0) return ["Problems: none"];
  return [
    `Problems (${problems.length}): fix these cells and scan again`,
    ...problems.map((p) => `  ${describeProblem(p)}`),
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
