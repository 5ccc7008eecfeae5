import { addMonths, Day } from "../domain/calendar/days";
import { panelYearLabel } from "../domain/calendar/panelYear";
import { KPI_STATUSES } from "../domain/kpi/types";
import { reviewOriginOf } from "./triggerIdentity";
import { REVIEW_ORIGINS } from "../domain/reviews/programme";
import { BLANK_VALUE, ChartPlan, number, text, WriteValue } from "../workbook/plan";
import { AttendanceRecord } from "../workbook/records";
import { Findings } from "./findings";
import { personKey } from "./members";

/** The Summary's charts (docs/workbook.md, Summary: "with charts"): each a heading, then its data table. */
export interface SummaryChart {
  name: string;
  title: string;
  kind: ChartPlan["kind"];
  /** First row: the category label and series names; then one row per category. */
  table: WriteValue[][];
}

/** Charts sit beside their data, each this many columns by rows, one under another. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
const PERCENT_FORMAT = "0%";

/** A member's share of the held meetings they were expected at (P, A or R) in the 12 months to asOf that they attended (P). */
export interface AttendanceRate {
  member: string;
  /** 0 to 1; undefined when the member was expected at no held meeting in the 12 months. */
  rate?: number;
}

/**
 * Attendance by member for the Summary: held meetings on the register after EDATE(asOf, −12) and on or
 * before asOf, as the 12-month lapse window counts them (§4.3); `-` (not expected) is left out, and an
 * absence with a reason (R) is still not attendance.
 */
export function attendanceRates(
  findings: Findings,
  attendance: readonly AttendanceRecord[]
): AttendanceRate[] {
  const from = addMonths(findings.asOf, -12);
  const held = new Set<Day>(
    findings.meetings
      .filter((m) => m.held && m.present !== undefined && m.date > from && m.date <= findings.asOf)
      .map((m) => m.date)
  );
  const byName = new Map<string, AttendanceRecord>();
  for (const row of attendance)
    if (!byName.has(personKey(row.member))) byName.set(personKey(row.member), row);
  return findings.members.map(({ name }) => {
    const marks = (byName.get(personKey(name))?.marks ?? []).filter(
      (m) => held.has(m.date) && m.mark !== "-"
    );
    const attended = marks.filter((m) => m.mark === "P").length;
    return { member: name, rate: marks.length > 0 ? attended / marks.length : undefined };
  });
}

/** The three charts of the Summary, from the scan's findings and the attendance register. */
export function summaryCharts(
  findings: Findings,
  attendance: readonly AttendanceRecord[]
): SummaryChart[] {
  const { summary } = findings;
  const year = panelYearLabel(findings.panelYear);
  return [
    {
      name: "TOSP KPI status",
      title: "KPI status by service area",
      kind: "stackedBar",
      table: [
        [text("Service area"), ...KPI_STATUSES.map((status) => text(status))],
        ...summary.kpisByServiceArea.map(({ serviceArea, counts }) => [
          text(serviceArea, true),
          ...KPI_STATUSES.map((status) => number(counts[status])),
        ]),
      ],
    },
    {
      name: "TOSP attendance",
      title: "Attendance rate by member",
      kind: "bar",
      table: [
        [text("Member"), text("Attended, last 12 months")],
        ...attendanceRates(findings, attendance).map(({ member, rate }) => [
          text(member, true),
          rate === undefined ? BLANK_VALUE : number(rate, PERCENT_FORMAT),
        ]),
      ],
    },
    {
      name: "TOSP origins",
      title: "Triggers and reviews by origin",
      kind: "column",
      // §11: where the panel's work comes from; the reviews are this panel year's programme.
      table: [
        [text("Origin"), text("Triggers"), text(`Reviews ${year}`)],
        ...REVIEW_ORIGINS.map((origin) => [
          text(origin),
          number(findings.triggers.filter((t) => reviewOriginOf(t.type) === origin).length),
          number(
            findings.reviews.filter(
              (r) => r.origin === origin && r.panelYear === findings.panelYear
            ).length
          ),
        ]),
      ],
    },
  ];
}

/**
 * Places the charts' data to the right of the Summary's text, with a blank column between, each under
 * its heading and one under another; the charts sit to the right of the data, never over the text.
 * `rows` are the Summary's rows under its title (sheet row 1 on); the result has the same rows widened,
 * and more rows when the data runs further down.
 */
export function withSummaryCharts(
  rows: readonly WriteValue[][],
  charts: readonly SummaryChart[]
): { rows: WriteValue[][]; charts: ChartPlan[] } {
  const startColumn = Math.max(1, ...rows.map((row) => row.length)) + 1;
  const dataWidth = Math.max(...charts.map((chart) => chart.table[0]?.length ?? 0));
  const chartColumn = startColumn + dataWidth + 1;
  const placed: WriteValue[][] = rows.map((row) => [...row]);
  const put = (index: number, cells: WriteValue[]): void => {
    while (placed.length <= index) placed.push([]);
    const row = placed[index] as WriteValue[];
    while (row.length < startColumn) row.push(BLANK_VALUE);
    row.push(...cells);
  };

  const plans: ChartPlan[] = [];
  let index = 0; // rows[0] is sheet row 1, under the title
  charts.forEach((chart, n) => {
    put(index, [text(chart.title)]);
    chart.table.forEach((cells, i) => put(index + 1 + i, cells));
    plans.push({
      name: chart.name,
      title: chart.title,
      kind: chart.kind,
      data: {
        row: index + 2,
        column: startColumn,
        rowCount: chart.table.length,
        columnCount: chart.table[0]?.length ?? 1,
      },
      position: {
        row: 1 + n * (CHART_ROWS + 1),
        column: chartColumn,
        rowCount: CHART_ROWS,
        columnCount: CHART_COLUMNS,
      },
    });
    index += 1 + chart.table.length + 1;
  });
  return { rows: placed, charts: plans };
}
