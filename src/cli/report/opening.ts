import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { KPI_STATUSES } from "../../domain/kpi/types";
import { quorumNeeded } from "../../domain/meetings/quorum";
import { MEMBER_STATUSES } from "../../domain/members/status";
import { Findings } from "../../engine/findings";
import { html, Html, plural } from "./html";
import { kpiChart } from "./kpiSection";
import { STATUTORY_ID, STATUTORY_TITLE } from "./statutorySection";

export const REPORT_HEADING = "Tenants' Overview and Scrutiny Panel: report to the Tenants' Forum";

/** "Panel year 2026/27, as at 23/11/2026". */
export function reportDate(findings: Findings): string {
  return `Panel year ${panelYearLabel(findings.panelYear)}, as at ${formatUkDate(findings.asOf)}`;
}

/** The parts of the report, in order, for the contents list (ids are the sections'). */
export const CONTENTS: [id: string, title: string][] = [
  ["summary", "Summary"],
  ["kpis", "KPI status by service area"],
  // The Code's and Awaab's Law's clocks and the TSM against other landlords, after the KPIs.
  [STATUTORY_ID, STATUTORY_TITLE],
  ["triggers", "Review triggers and what the panel decided"],
  ["reviews", "Review programme and deadlines"],
  ["recommendations", "Recommendations and impact"],
  ["membership", "Attendance and membership"],
];

/**
 * The title, and the Summary figures (§2.5) as a few sentences anyone can read, with the chart of KPI
 * status by service area: the first printed page, full (it was two-thirds empty).
 */
export function opening(findings: Findings, problems: number): Html {
  return html`<header>
      <h1>${REPORT_HEADING}</h1>
      <p class="as-at">${reportDate(findings)}</p>
    </header>
    <nav aria-label="Contents">
      <ol>
        ${CONTENTS.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}
      </ol>
    </nav>
    <section id="summary" class="opening" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <ul class="lead">
        ${summarySentences(findings, problems).map((s) => html`<li>${s}</li>`)}
      </ul>
      ${kpiChart(findings)}
    </section> `;
}

export function summarySentences(findings: Findings, problems: number): string[] {
  const { summary, meetingsInYear: year } = findings;
  const total = (status: (typeof KPI_STATUSES)[number]): number =>
    summary.kpisByServiceArea.reduce((n, area) => n + area.counts[status], 0);
  const rated = total("Met") + total("Near miss") + total("Missed");
  const members = findings.members.length;
  const byStatus = MEMBER_STATUSES.filter((s) => summary.membersByStatus[s] > 0)
    .map((s) => `${summary.membersByStatus[s]} ${s}`)
    .join(", ");
  const { lastMeeting: last, nextMeeting: next } = summary;
  return [
    rated === 0
      ? "No indicator could be rated against a target."
      : `Of ${plural(rated, "indicator")} rated against a target, ${total("Met")} met it, ${total("Near miss")} ${total("Near miss") === 1 ? "was a near miss" : "were near misses"} and ${total("Missed")} missed it.`,
    summary.triggers.total === 0
      ? "No review triggers."
      : `${plural(summary.triggers.total, "review trigger")}: ${summary.triggers.waiting} waiting for the panel to discuss, ${summary.triggers.acceptedIntoProgramme} accepted into the review programme.`,
    members === 0 ? "No members listed." : `${plural(members, "member")}: ${byStatus}.`,
    `${plural(year.held, "meeting")} held and ${year.scheduled} still scheduled in ${panelYearLabel(year.panelYear)}, against the ${year.required} needed${year.canReachRequired ? "" : ": more meetings must be arranged"}.`,
    ...(last && last.present !== undefined
      ? [
          `Last meeting ${formatUkDate(last.date)}: ${last.present} of ${last.membership} tenant members present, ${last.quorate ? "quorate" : "not quorate"}.`,
        ]
      : []),
    next
      ? `Next meeting ${formatUkDate(next.date)}: ${plural(next.membership, "tenant member")}, ${next.membership > 0 ? `quorum ${quorumNeeded(next.membership)}` : "no quorum possible"}.`
      : "No next meeting on the Meetings sheet.",
    `${plural(summary.overdueReviews, "review")} with a stage overdue; ${plural(summary.impactAssessmentsOverdue, "impact assessment")} overdue.`,
    ...(problems > 0
      ? [
          `The workbook has ${plural(problems, "cell")} to put right; tosp scan lists them with their addresses.`,
        ]
      : []),
  ];
}
