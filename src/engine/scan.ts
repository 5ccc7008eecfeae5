import { Day } from "../domain/calendar/days";
import { PanelSettings } from "../domain/settings";
import { WritePlan } from "../workbook/plan";
import { Problem, sortProblems } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { Findings } from "./findings";
import { planWrites } from "./planWrites";
import { readFindings } from "./readFindings";

export interface ScanOptions {
  /** "Today": every rule takes it from here, never from the clock. */
  asOf: Day;
  /** Also write the Summary's chart data and ask for its charts (docs/workbook.md, Summary: "with charts"). */
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
 * The single entry point every host calls (docs/development.md): a workbook snapshot in; what was found, what is
 * wrong (with cell addresses) and what to write out. Reading the findings (readFindings.ts) and
 * planning the writes (planWrites.ts) each return their problems, listed here in the order an officer
 * reads the sheets. The plan touches only the add-in's sheets and columns and holds only changes, so
 * scanning an unchanged workbook again plans nothing.
 */
export function scan(snapshot: WorkbookSnapshot, options: ScanOptions): ScanResult {
  const scanned = readFindings(snapshot, options.asOf);
  const planned = planWrites(snapshot, scanned, options);
  const problems = sortProblems(
    [...scanned.problems, ...planned.problems],
    snapshot.sheets.map((sheet) => sheet.name)
  );
  return {
    findings: scanned.findings,
    problems,
    settings: scanned.workbook.settings,
    plan: planned.plan,
  };
}

export type { PanelWorkbook };
