import { findsSheet } from "../workbook/definition";
import { Grid } from "../workbook/grid";
import {
  BLANK_VALUE,
  date,
  number,
  SheetPlan,
  text,
  WritePlan,
  WriteValue,
} from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import {
  COMPLAINTS,
  HAZARDS,
  KPI_STATUS,
  MEETINGS,
  MEMBERS,
  RECOMMENDATIONS,
  REVIEWS,
  SETTINGS,
  SUMMARY,
  TRIGGERS,
} from "../workbook/sheets";
import { KPI_STATUS_BEFORE_QUARTILE } from "../workbook/sheets/kept";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { computedColumnsPlan } from "./computedColumns";
import { Findings, KpiFinding } from "./findings";
import { kpiStatusColumns, kpiStatusRow, quartileProblem } from "./kpis";
import { ownedTablePlan } from "./ownedTable";
import { withOwnedTables } from "./ownedTables";
import { holdsAddInTable, Ownership } from "./ownership";
import { FindingsByRow, ScannedWorkbook } from "./readFindings";
import { representationChart } from "./representation";
import { settingsTemplatePlan } from "./settingsTemplate";
import { holdsAddInSummary, summaryRows, SUMMARY_TITLE } from "./summary";
import { summaryCharts, withSummaryCharts } from "./summaryCharts";
import { youSaidWeDidPlan } from "./youSaidWeDid";

/**
 * What to write, from what the scan found: only the add-in's sheets and columns (docs/workbook.md,
 * Kept by the add-in), each written only where it is the add-in's (claimed, or adopted from an earlier
 * scan); the officers' own are reported instead. Only changes are planned, so scanning an unchanged
 * workbook again plans nothing. The new sheets come after the add-in's own: KPI status, Triggers,
 * Summary, You said, we did, then Settings.
 */
export function planWrites(
  snapshot: WorkbookSnapshot,
  { workbook, findings, rows, triggersPlan }: ScannedWorkbook,
  options: { summaryCharts?: boolean }
): { plan: WritePlan; problems: Problem[] } {
  const ownership = new Ownership(snapshot);
  // Triggers is shared with the panel (its decisions and notes), so its claim rests on its headers:
  // a Triggers sheet without Key and Trigger type is reported by the merge and not claimed.
  if (workbook.triggers) ownership.keepSheet(TRIGGERS, workbook.triggers.layout.grid.name);
  else if (triggersPlan?.create) ownership.keepSheet(TRIGGERS, triggersPlan.sheet);

  const columns = computedColumnPlans(workbook, rows, ownership);
  const kpiStatus =
    findings.kpis.length > 0 || workbook.kpiStatus
      ? kpiStatusPlan(findings.kpis, ownership)
      : { problems: [] };
  const summary = summaryPlan(findings, workbook, ownership, options.summaryCharts ?? false);
  const youSaid = youSaidWeDidPlan(snapshot, findings.youSaidWeDid ?? [], ownership);
  const settings = snapshot.sheets.some((sheet) => findsSheet(SETTINGS, sheet.name))
    ? undefined
    : settingsTemplatePlan();
  const sheets = [...columns, kpiStatus.plan, triggersPlan, summary, youSaid, settings].filter(
    (s): s is SheetPlan =>
      s !== undefined && (s.create || s.writes.length > 0 || (s.layout?.charts.length ?? 0) > 0)
  );
  return {
    // The add-in's own tables are sized to their rows whenever their sheet is written (ownedTables.ts).
    plan: withOwnedTables(snapshot, { sheets, ...ownership.names() }),
    problems: [...ownership.problems, ...kpiStatus.problems],
  };
}

/** The computed columns on the officers' sheets (docs/workbook.md, each sheet), from each row's findings. */
function computedColumnPlans(
  workbook: PanelWorkbook,
  rows: FindingsByRow,
  ownership: Ownership
): SheetPlan[] {
  const plans: SheetPlan[] = [];
  const valuesOf = <F, V>(byRow: Map<number, F>, values: (finding: F) => V) =>
    new Map([...byRow].map(([row, finding]) => [row, values(finding)]));
  if (workbook.members) {
    const values = valuesOf(rows.members, (m) => ({
      status: text(m.status),
      reason: text(m.reasons.join("; "), true),
    }));
    plans.push(computedColumnsPlan(MEMBERS, workbook.members.layout, values, ownership));
  }
  if (workbook.meetings) {
    const values = valuesOf(rows.meetings, (m) => ({
      present: m.present === undefined ? BLANK_VALUE : number(m.present),
      membership: number(m.membership),
      quorate: m.quorate === undefined ? BLANK_VALUE : text(m.quorate ? "Yes" : "No"),
      notice: m.notice === undefined ? BLANK_VALUE : text(m.notice),
    }));
    plans.push(computedColumnsPlan(MEETINGS, workbook.meetings.layout, values, ownership));
  }
  if (workbook.reviews) {
    const values = valuesOf(rows.reviews, (r) => ({
      nextDeadline: r.nextDeadline === undefined ? BLANK_VALUE : date(r.nextDeadline),
      overdue: text(r.overdue ? "Yes" : "No"),
    }));
    plans.push(computedColumnsPlan(REVIEWS, workbook.reviews.layout, values, ownership));
  }
  if (workbook.recommendations) {
    const values = valuesOf(rows.recommendations, (r) => ({
      impactAssessmentDue:
        r.impactAssessmentDue === undefined ? BLANK_VALUE : date(r.impactAssessmentDue),
    }));
    const { layout } = workbook.recommendations;
    plans.push(computedColumnsPlan(RECOMMENDATIONS, layout, values, ownership));
  }
  if (workbook.complaints && rows.complaints) {
    const { layout } = workbook.complaints;
    plans.push(computedColumnsPlan(COMPLAINTS, layout, rows.complaints, ownership));
  }
  if (workbook.hazards && rows.hazards)
    plans.push(computedColumnsPlan(HAZARDS, workbook.hazards.layout, rows.hazards, ownership));
  return plans;
}

/** Each KPI status column's header, by its key. */
const KPI_STATUS_HEADER_OF = Object.fromEntries(
  KPI_STATUS.columns.map((column) => [column.key, column.header])
) as Record<(typeof KPI_STATUS.columns)[number]["key"], string>;

/**
 * The KPI status sheet, one row per indicator. A KPI status an earlier version wrote, without Quartile,
 * is the add-in's too; it keeps its old columns when the column after them is the officers'.
 */
function kpiStatusPlan(
  kpis: readonly KpiFinding[],
  ownership: Ownership
): { plan?: SheetPlan; problems: Problem[] } {
  const status = ownership.sheet(
    KPI_STATUS,
    (grid) => holdsAddInTable(grid, KPI_STATUS) || holdsAddInTable(grid, KPI_STATUS_BEFORE_QUARTILE)
  );
  if (status.owner !== "add-in") return { problems: [] };
  const name = status.sheet?.name ?? KPI_STATUS.name;
  const existing = status.sheet && new Grid(status.sheet);
  const { keys, blockedBy } = kpiStatusColumns(existing);
  const headers = keys.map((key) => KPI_STATUS_HEADER_OF[key]);
  const rows = kpis.map((kpi) => kpiStatusRow(kpi, keys));
  ownership.keepSheet(KPI_STATUS, name);
  return {
    plan: ownedTablePlan(KPI_STATUS, status.sheet, name, headers, rows),
    problems: existing && blockedBy ? [quartileProblem(existing, blockedBy)] : [],
  };
}

/**
 * The Summary for the Tenants' Forum (§2.5), with its charts' data and the charts when asked for
 * (docs/workbook.md, Summary: "with charts").
 */
function summaryPlan(
  findings: Findings,
  workbook: PanelWorkbook,
  ownership: Ownership,
  withCharts: boolean
): SheetPlan | undefined {
  const summary = ownership.sheet(SUMMARY, holdsAddInSummary);
  if (summary.owner !== "add-in") return undefined;
  const name = summary.sheet?.name ?? SUMMARY.name;
  ownership.keepSheet(SUMMARY, name);
  const rows: WriteValue[][] = summaryRows(findings);
  if (!withCharts) return ownedTablePlan(SUMMARY, summary.sheet, name, [SUMMARY_TITLE], rows);
  const representation = representationChart(findings);
  const charted = withSummaryCharts(rows, [
    ...summaryCharts(findings, workbook.attendance?.records ?? []),
    ...(representation ? [representation] : []),
  ]);
  return ownedTablePlan(
    SUMMARY,
    summary.sheet,
    name,
    [SUMMARY_TITLE],
    charted.rows,
    charted.charts
  );
}
