import { PanelSettings } from "../domain/settings";
import { Day } from "../domain/calendar/days";
import { panelYearOf } from "../domain/calendar/panelYear";
import { complaintThemeTriggers } from "../domain/complaints/themes";
import { meetingsInPanelYear } from "../domain/meetings/meetingsPerYear";
import { checkComposition } from "../domain/members/composition";
import { Problem, sortProblems } from "../workbook/problems";
import {
  BLANK_VALUE,
  date,
  number,
  SheetPlan,
  text,
  WritePlan,
  WriteValue,
} from "../workbook/plan";
import { PanelWorkbook, readWorkbook } from "../workbook/readWorkbook";
import { ownSheetOf } from "../workbook/claims";
import { findsSheet } from "../workbook/definition";
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
import { WorkbookSnapshot } from "../workbook/snapshot";
import { computedColumnsPlan } from "./computedColumns";
import { Findings, OverdueClock } from "./findings";
import { kpiStatusColumns, kpiStatusRow, quartileProblem, scanKpis } from "./kpis";
import { scanComplaintClocks } from "./complaintClocks";
import { scanHazardClocks } from "./hazardClocks";
import { scanComplaintMeasures } from "./complaintMeasures";
import { withBenchmarks } from "./benchmarks";
import { publicationCheck } from "./publication";
import { Grid } from "../workbook/grid";
import { KPI_STATUS_BEFORE_QUARTILE } from "../workbook/sheets/kept";
import { scanMeetings } from "./meetings";
import { scanMembers } from "./members";
import { rollOn, sitsOn } from "./roll";
import { ownedTablePlan } from "./ownedTable";
import { holdsAddInTable, Ownership } from "./ownership";
import { holdsAddInSummary, summarise, summaryRows, SUMMARY_TITLE } from "./summary";
import { settingsTemplatePlan } from "./settingsTemplate";
import { withOwnedTables } from "./ownedTables";
import { summaryCharts, withSummaryCharts } from "./summaryCharts";
import { scanRecommendations, scanReviews } from "./reviews";
import {
  benchmarkTriggerRows,
  complaintTriggerRows,
  mergeTriggers,
  overdueClocksTriggerRows,
  responsiveTriggerRows,
} from "./triggers";
import { renewalFor } from "../domain/members/renewal";
import { scanInvolvement } from "./involvement";
import { renewalMembersOf } from "./renewal";
import { representationChart, scanRepresentation } from "./representation";
import { youSaidWeDid, youSaidWeDidPlan } from "./youSaidWeDid";

export interface ScanOptions {
  /** "Today": every rule takes it from here, never from the clock. */
  asOf: Day;
  /** Also write the Summary's chart data and ask for its charts (WORKBOOK.md, Summary: "with charts"). */
  summaryCharts?: boolean;
}

export interface ScanResult {
  findings: Findings;
  problems: Problem[];
  plan: WritePlan;
  /** The settings the scan used (the Settings sheet, else the defaults), for views that work out more. */
  settings: PanelSettings;
}

/**
 * The single entry point every host calls (DESIGN.md): a workbook snapshot in; what was found, what is
 * wrong (with cell addresses) and what to write out. The plan touches only the add-in's sheets and
 * columns and holds only changes, so scanning an unchanged workbook again plans nothing.
 */
export function scan(snapshot: WorkbookSnapshot, options: ScanOptions): ScanResult {
  const { asOf } = options;
  const { workbook, problems } = readWorkbook(snapshot);
  const settings = workbook.settings;
  const panelYear = panelYearOf(asOf, settings.panelYearStart);

  const members = scanMembers(workbook, asOf, settings, problems);
  const meetings = scanMeetings(
    workbook,
    members.map((m) => m.finding),
    asOf,
    settings,
    problems
  );
  const reviews = scanReviews(workbook, asOf, panelYear, settings, problems);
  const recommendations = scanRecommendations(workbook, asOf, settings);
  // Issue 16: the Complaint Handling Code's and Awaab's Law's clocks on the logs; CH01 and CH02 from
  // the complaints log beside the KPI sheets' measures; quartiles from the Benchmarks sheet; the TSM
  // publication check.
  const complaintClocks = scanComplaintClocks(workbook.complaints, asOf, settings, problems);
  const hazardClocks = scanHazardClocks(workbook.hazards, asOf, settings, problems);
  const logged = complaintClocks
    ? scanComplaintMeasures(
        workbook.complaints?.records ?? [],
        workbook.kpiSheets,
        asOf,
        settings,
        problems
      )
    : undefined;
  const kpis = withBenchmarks(
    [...scanKpis(workbook.kpiSheets, settings), ...(logged?.kpis ?? [])],
    workbook.benchmarks
  );
  const publicationGaps = publicationCheck(
    snapshot,
    workbook.kpiSheets,
    workbook.tsmSurvey,
    settings.surveyAccuracy,
    problems
  );
  // The earliest due first: a day's deadline is the end of it, a 24-hour step's its time.
  const deadline = (clock: OverdueClock) => (clock.withTime ? clock.due : clock.due + 1);
  const overdueClocks = [
    ...(complaintClocks?.overdue ?? []),
    ...(hazardClocks?.overdue ?? []),
  ].sort((a, b) => deadline(a) - deadline(b));
  const complaintThemes = complaintThemeTriggers(
    workbook.complaints?.records ?? [],
    asOf,
    settings.complaintThemes
  );
  const triggerRows = [
    ...responsiveTriggerRows(kpis),
    ...benchmarkTriggerRows(kpis, settings.benchmarkTrigger),
    ...complaintTriggerRows(
      complaintThemes,
      workbook.complaints?.records ?? [],
      workbook.complaints?.layout.grid.name ?? "Complaints"
    ),
    ...overdueClocksTriggerRows(overdueClocks, settings.overdueClocksTrigger),
  ];
  // WORKBOOK.md, Kept by the add-in: each sheet and computed column below is written only where it is
  // the add-in's (claimed, or adopted from an earlier scan); the officers' own are reported instead.
  const ownership = new Ownership(snapshot, problems);
  const triggersSheet = ownSheetOf(snapshot, TRIGGERS)?.sheet;
  const triggers = mergeTriggers(triggerRows, workbook.triggers, triggersSheet, asOf, problems);
  // Triggers is shared with the panel (its decisions and notes), so its claim rests on its headers:
  // a Triggers sheet without Key and Trigger type is reported by mergeTriggers and not claimed.
  if (workbook.triggers) ownership.keepSheet(TRIGGERS, workbook.triggers.layout.grid.name);
  else if (triggers.plan?.create) ownership.keepSheet(TRIGGERS, triggers.plan.sheet);

  // §4.1 composition over the members on the roll today, as membership is counted for quorum (§7.2):
  // a member not eligible still holds the place until removed, and is reported as such.
  const current = members.filter(({ finding }) => sitsOn(finding, asOf));
  const roll = rollOn(
    members.map((m) => m.finding),
    asOf
  );
  const found: Omit<Findings, "summary"> = {
    asOf,
    panelYear,
    kpis,
    triggers: triggers.findings,
    members: members.map((m) => m.finding),
    roll,
    composition: workbook.members
      ? checkComposition(
          roll.map((m) => m.group),
          settings.composition
        )
      : undefined,
    meetings: meetings.findings,
    meetingsInYear: meetingsInPanelYear(
      meetings.all,
      panelYear,
      asOf,
      settings.meetingsPerYear,
      settings.panelYearStart
    ),
    reviews: [...reviews.byRow.values()],
    programme: reviews.programme,
    recommendations: [...recommendations.values()],
    // Issue 7: §4.4 representation, §15.2 renewal, the involvement pool, and You said, we did (§2.6).
    representation: scanRepresentation(
      workbook,
      current.map((m) => m.record),
      settings
    ),
    renewal: workbook.members
      ? renewalFor(panelYear, renewalMembersOf(members), asOf, settings)
      : undefined,
    involvement: scanInvolvement(workbook, kpis, problems),
    youSaidWeDid: workbook.recommendations
      ? youSaidWeDid(workbook.recommendations.records)
      : undefined,
    complaints: complaintClocks?.findings,
    complaintMeasures: logged?.measures,
    hazards: hazardClocks?.findings,
    overdueClocks,
    publicationGaps,
    measureMismatches: logged?.mismatches ?? [],
  };
  const findings: Findings = { ...found, summary: summarise(found) };

  const sheets: SheetPlan[] = [];
  if (workbook.members) {
    const values = new Map(
      members.map((m) => [
        m.record.row,
        { status: text(m.finding.status), reason: text(m.finding.reasons.join("; "), true) },
      ])
    );
    sheets.push(computedColumnsPlan(MEMBERS, workbook.members.layout, values, ownership));
  }
  if (workbook.meetings) {
    const values = new Map(
      [...meetings.byRow].map(([row, m]) => [
        row,
        {
          present: optionalNumber(m.present),
          membership: number(m.membership),
          quorate: m.quorate === undefined ? BLANK_VALUE : text(m.quorate ? "Yes" : "No"),
          notice: m.notice === undefined ? BLANK_VALUE : text(m.notice),
        },
      ])
    );
    sheets.push(computedColumnsPlan(MEETINGS, workbook.meetings.layout, values, ownership));
  }
  if (workbook.reviews) {
    const values = new Map(
      [...reviews.byRow].map(([row, r]) => [
        row,
        {
          nextDeadline: r.nextDeadline === undefined ? BLANK_VALUE : date(r.nextDeadline),
          overdue: text(r.overdue ? "Yes" : "No"),
        },
      ])
    );
    sheets.push(computedColumnsPlan(REVIEWS, workbook.reviews.layout, values, ownership));
  }
  if (workbook.recommendations) {
    const values = new Map(
      [...recommendations].map(([row, r]) => [
        row,
        {
          impactAssessmentDue:
            r.impactAssessmentDue === undefined ? BLANK_VALUE : date(r.impactAssessmentDue),
        },
      ])
    );
    sheets.push(
      computedColumnsPlan(RECOMMENDATIONS, workbook.recommendations.layout, values, ownership)
    );
  }
  if (workbook.complaints && complaintClocks) {
    sheets.push(
      computedColumnsPlan(COMPLAINTS, workbook.complaints.layout, complaintClocks.values, ownership)
    );
  }
  if (workbook.hazards && hazardClocks) {
    sheets.push(
      computedColumnsPlan(HAZARDS, workbook.hazards.layout, hazardClocks.values, ownership)
    );
  }
  if (kpis.length > 0 || workbook.kpiStatus) {
    // A KPI status an earlier version wrote, without Quartile (issue 16), is the add-in's too.
    const status = ownership.sheet(
      KPI_STATUS,
      (grid) =>
        holdsAddInTable(grid, KPI_STATUS) || holdsAddInTable(grid, KPI_STATUS_BEFORE_QUARTILE)
    );
    if (status.owner === "add-in") {
      const name = status.sheet?.name ?? KPI_STATUS.name;
      const existing = status.sheet && new Grid(status.sheet);
      const { keys, blockedBy } = kpiStatusColumns(existing);
      if (existing && blockedBy) problems.push(quartileProblem(existing, blockedBy));
      const headers = keys.map((key) => KPI_STATUS_HEADER_OF[key]);
      const rows = kpis.map((kpi) => kpiStatusRow(kpi, keys));
      sheets.push(ownedTablePlan(KPI_STATUS, status.sheet, name, headers, rows));
      ownership.keepSheet(KPI_STATUS, name);
    }
  }
  if (triggers.plan) sheets.push(triggers.plan);
  const summary = ownership.sheet(SUMMARY, holdsAddInSummary);
  if (summary.owner === "add-in") {
    const summaryName = summary.sheet?.name ?? SUMMARY.name;
    const representationCharted = representationChart(findings);
    const charted = options.summaryCharts
      ? withSummaryCharts(summaryRows(findings), [
          ...summaryCharts(findings, workbook.attendance?.records ?? []),
          ...(representationCharted ? [representationCharted] : []),
        ])
      : undefined;
    const summaryPlan = ownedTablePlan(
      SUMMARY,
      summary.sheet,
      summaryName,
      [SUMMARY_TITLE],
      charted?.rows ?? summaryRows(findings)
    );
    // The charts are asked for on every scan, even with no cell to write: hosts replace them by name.
    if (charted)
      summaryPlan.layout = {
        ...(summaryPlan.layout ?? { dropDowns: [], highlights: [] }),
        charts: charted.charts,
      };
    sheets.push(summaryPlan);
    ownership.keepSheet(SUMMARY, summaryName);
  }
  const youSaidWeDidSheet = youSaidWeDidPlan(snapshot, findings.youSaidWeDid ?? [], ownership);
  if (youSaidWeDidSheet) sheets.push(youSaidWeDidSheet);
  // Last, so the new sheets come after the add-in's own: KPI status, Triggers, Summary, You said, we
  // did, then Settings.
  if (!snapshot.sheets.some((sheet) => findsSheet(SETTINGS, sheet.name)))
    sheets.push(settingsTemplatePlan());

  sortProblems(
    problems,
    snapshot.sheets.map((sheet) => sheet.name)
  );
  return {
    findings,
    problems,
    settings,
    // The add-in's own tables are sized to their rows whenever their sheet is written (ownedTables.ts).
    plan: withOwnedTables(snapshot, {
      sheets: sheets.filter(
        (s) => s.create || s.writes.length > 0 || (s.layout?.charts.length ?? 0) > 0
      ),
      ...ownership.names(),
    }),
  };
}

/** Each KPI status column's header, by its key. */
const KPI_STATUS_HEADER_OF = Object.fromEntries(
  KPI_STATUS.columns.map((column) => [column.key, column.header])
) as Record<(typeof KPI_STATUS.columns)[number]["key"], string>;

function optionalNumber(value: number | undefined): WriteValue {
  return value === undefined ? BLANK_VALUE : number(value);
}

export type { PanelWorkbook };
