import { Day } from "../domain/calendar/days";
import { panelYearOf } from "../domain/calendar/panelYear";
import { complaintThemeTriggers } from "../domain/complaints/themes";
import { PanelSettings } from "../domain/settings";
import { ownSheetOf } from "../workbook/claims";
import { SheetPlan } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { PanelWorkbook, readWorkbook } from "../workbook/readWorkbook";
import { TRIGGERS } from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { withBenchmarks } from "./benchmarks";
import { ComplaintClocksScan, scanComplaintClocks } from "./complaintClocks";
import { ComplaintMeasuresScan, scanComplaintMeasures } from "./complaintMeasures";
import {
  Findings,
  KpiFinding,
  MeetingFinding,
  MemberFinding,
  OverdueClock,
  RecommendationFinding,
  ReviewFinding,
} from "./findings";
import { HazardClocksScan, scanHazardClocks } from "./hazardClocks";
import { scanInvolvement } from "./involvement";
import { scanKpis } from "./kpis";
import { readMembership } from "./membership";
import { publicationCheck } from "./publication";
import { scanRecommendations, scanReviews } from "./reviews";
import { summarise } from "./summary";
import {
  benchmarkTriggerRows,
  complaintTriggerRows,
  mergeTriggers,
  overdueClocksTriggerRows,
  responsiveTriggerRows,
  TriggersMerge,
} from "./triggers";
import { youSaidWeDid } from "./youSaidWeDid";

/**
 * What a scan reads from a workbook: the findings every view and the report show, the problems met on
 * the way (each at its cell), and what planning the writes needs besides: each computed column's row
 * (docs/workbook.md, Computed columns) and the Triggers sheet's merge.
 */
export interface ScannedWorkbook {
  workbook: PanelWorkbook;
  findings: Findings;
  /** In the order they were found; the scan sorts them. */
  problems: Problem[];
  rows: FindingsByRow;
  /** The Triggers sheet's writes, from the merge that gave `findings.triggers` (docs/workbook.md, Triggers). */
  triggersPlan?: SheetPlan;
}

/** The findings of the officers' rows the add-in keeps computed columns on, by the row of the sheet. */
export interface FindingsByRow {
  members: Map<number, MemberFinding>;
  meetings: Map<number, MeetingFinding>;
  reviews: Map<number, ReviewFinding>;
  recommendations: Map<number, RecommendationFinding>;
  complaints?: ComplaintClocksScan["values"];
  hazards?: HazardClocksScan["values"];
}

/** Every rule of docs/rules.md over the workbook as it stands, "today" being `asOf`. */
export function readFindings(snapshot: WorkbookSnapshot, asOf: Day): ScannedWorkbook {
  const read = readWorkbook(snapshot);
  const { workbook } = read;
  const settings = workbook.settings;
  const panelYear = panelYearOf(asOf, settings.panelYearStart);

  const membership = readMembership(workbook, asOf, panelYear, settings);
  const reviews = scanReviews(workbook, asOf, panelYear, settings);
  const recommendations = scanRecommendations(workbook, asOf, settings);
  const logs = readLogs(workbook, asOf, settings);
  const kpis = withBenchmarks(
    [...scanKpis(workbook.kpiSheets, settings), ...(logs.measures?.kpis ?? [])],
    workbook.benchmarks
  );
  const publication = publicationCheck(
    snapshot,
    workbook.kpiSheets,
    workbook.tsmSurvey,
    settings.surveyAccuracy
  );
  const triggers = triggerFindings(snapshot, workbook, kpis, logs.overdueClocks, asOf);
  const involvement = scanInvolvement(workbook, kpis);

  const found: Omit<Findings, "summary"> = {
    asOf,
    panelYear,
    kpis,
    triggers: triggers.findings,
    ...membership.found,
    reviews: [...reviews.byRow.values()],
    programme: reviews.programme,
    recommendations: [...recommendations.values()],
    // The involvement pool, and You said, we did (§2.6).
    involvement: involvement.people,
    youSaidWeDid: workbook.recommendations
      ? youSaidWeDid(workbook.recommendations.records)
      : undefined,
    complaints: logs.complaints?.findings,
    complaintMeasures: logs.measures?.measures,
    hazards: logs.hazards?.findings,
    overdueClocks: logs.overdueClocks,
    publicationGaps: publication.gaps,
    measureMismatches: logs.measures?.mismatches ?? [],
  };
  return {
    workbook,
    findings: { ...found, summary: summarise(found) },
    problems: [
      ...read.problems,
      ...membership.problems,
      ...reviews.problems,
      ...logs.problems,
      ...publication.problems,
      ...triggers.problems,
      ...involvement.problems,
    ],
    rows: {
      ...membership.byRow,
      reviews: reviews.byRow,
      recommendations,
      complaints: logs.complaints?.values,
      hazards: logs.hazards?.values,
    },
    ...(triggers.plan ? { triggersPlan: triggers.plan } : {}),
  };
}

interface Logs {
  complaints?: ComplaintClocksScan;
  hazards?: HazardClocksScan;
  measures?: ComplaintMeasuresScan;
  /** Overdue complaints and in-scope hazards, the earliest due first. */
  overdueClocks: OverdueClock[];
  problems: Problem[];
}

/**
 * The Complaint Handling Code's and Awaab's Law's clocks on the logs (docs/rules.md, Complaints and
 * Hazards), and CH01 and CH02 worked out from the complaints log beside the KPI sheets' measures.
 */
function readLogs(workbook: PanelWorkbook, asOf: Day, settings: PanelSettings): Logs {
  const complaints = scanComplaintClocks(workbook.complaints, asOf, settings);
  const hazards = scanHazardClocks(workbook.hazards, asOf, settings);
  const measures = complaints
    ? scanComplaintMeasures(workbook.complaints?.records ?? [], workbook.kpiSheets, asOf, settings)
    : undefined;
  // The earliest due first: a day's deadline is the end of it, a 24-hour step's its time.
  const deadline = (clock: OverdueClock) => (clock.withTime ? clock.due : clock.due + 1);
  const overdueClocks = [...(complaints?.overdue ?? []), ...(hazards?.overdue ?? [])].sort(
    (a, b) => deadline(a) - deadline(b)
  );
  return {
    complaints,
    hazards,
    measures,
    overdueClocks,
    problems: [
      ...(complaints?.problems ?? []),
      ...(hazards?.problems ?? []),
      ...(measures?.problems ?? []),
    ],
  };
}

/**
 * The triggers this scan raises (§11.2: responsive, benchmark, complaints themes and overdue clocks),
 * merged with the Triggers sheet as it stands, so each carries the panel's decision (§11.3).
 */
function triggerFindings(
  snapshot: WorkbookSnapshot,
  workbook: PanelWorkbook,
  kpis: KpiFinding[],
  overdueClocks: OverdueClock[],
  asOf: Day
): TriggersMerge {
  const { settings, complaints } = workbook;
  const themes = complaintThemeTriggers(complaints?.records ?? [], asOf, settings.complaintThemes);
  const rows = [
    ...responsiveTriggerRows(kpis),
    ...benchmarkTriggerRows(kpis, settings.benchmarkTrigger),
    ...complaintTriggerRows(
      themes,
      complaints?.records ?? [],
      complaints?.layout.grid.name ?? "Complaints"
    ),
    ...overdueClocksTriggerRows(overdueClocks, settings.overdueClocksTrigger),
  ];
  const triggersSheet = ownSheetOf(snapshot, TRIGGERS)?.sheet;
  return mergeTriggers(rows, workbook.triggers, triggersSheet, asOf);
}
