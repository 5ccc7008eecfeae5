import { Day } from "../domain/calendar/days";
import { WallClockTime } from "../domain/calendar/londonTime";
import {
  describeBreaches,
  describeDue,
  describeLateness,
  HazardDateColumn,
  hazardClocks,
  HazardStep,
} from "../domain/hazards/awaabsLaw";
import { hazardScope } from "../domain/hazards/scope";
import { PanelSettings } from "../domain/settings";
import { parseReference } from "../workbook/address";
import { TableLayout } from "../workbook/grid";
import { BLANK_VALUE, date, number, text, WriteValue } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { HazardRowRecord } from "../workbook/records";
import { HAZARDS } from "../workbook/sheets";
import { ALL_STEPS_DONE, NOT_IN_SCOPE } from "../workbook/sheets/hazards";
import { HazardFinding, HazardStepFinding, OverdueClock } from "./findings";

type HazardKey = (typeof HAZARDS.columns)[number]["key"];

/** docs/workbook.md, Hazards: `Due` shows its time for the 24-hour step. */
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

/** The log's column of each date the clocks name (domain/hazards/awaabsLaw.ts). */
const COLUMN_OF: Record<HazardDateColumn, HazardKey> = {
  "Made safe": "madeSafe",
  "Investigation concluded": "investigationConcluded",
  "Summary sent": "summarySent",
  "Safety work started": "safetyWorkStarted",
  "Preventative work started": "preventativeWorkStarted",
};

/**
 * The as-of time for Awaab's Law's clocks: the end of the scan's day (23:59), so a 24-hour step due
 * that day is judged on it, and a step due by the end of a day is not overdue until the day is over.
 */
export const endOfDay = (day: Day): WallClockTime => day + (24 * 60 - 1) / (24 * 60);

export interface HazardClocksScan {
  findings: HazardFinding[];
  values: Map<number, Partial<Record<HazardKey, WriteValue>>>;
  overdue: OverdueClock[];
  /** Dates that do not fit, at their cells. */
  problems: Problem[];
}

const stepFinding = (step: HazardStep): HazardStepFinding => {
  const finding: HazardStepFinding = {
    step: step.step,
    due: step.due,
    dueText: describeDue(step),
    withTime: step.clock === "hours",
  };
  if (step.done !== undefined) finding.done = step.done;
  const late = step.late ?? step.overdue;
  if (late) finding.late = describeLateness(late);
  return finding;
};

/**
 * Awaab's Law's clocks for every hazard of the log (docs/rules.md, "Hazards"), at the end of the scan's
 * day: `Next step`, `Due`, `Overdue` and `Breaches`. A hazard of a type the Settings do not put in scope
 * on the day the landlord became aware is shown (`Not in scope: …`) and never counted overdue. Dates that
 * do not fit (work before the landlord became aware) are problems at their cells.
 */
export function scanHazardClocks(
  log: { layout: TableLayout<HazardKey>; records: HazardRowRecord[] } | undefined,
  asOf: Day,
  settings: PanelSettings
): HazardClocksScan | undefined {
  if (!log) return undefined;
  const problems: Problem[] = [];
  const { grid, columns } = log.layout;
  const findings: HazardFinding[] = [];
  const values = new Map<number, Partial<Record<HazardKey, WriteValue>>>();
  const overdue: OverdueClock[] = [];
  for (const record of log.records) {
    const clocks = hazardClocks(record, endOfDay(asOf), settings.awaabsLaw);
    for (const issue of clocks.issues) {
      const column = columns[COLUMN_OF[issue.column]];
      if (column !== undefined) problems.push(grid.problem(record.row, column, issue.message));
    }
    const where = grid.address(record.row, columns.reference as number);
    const cell = parseReference(where) ?? { sheet: grid.name, row: 0, column: 0 };
    const base = {
      reference: record.reference,
      where,
      cell,
      category: record.category,
      aware: record.aware,
      ...(record.hazard !== undefined ? { hazard: record.hazard } : {}),
    };
    const scope = hazardScope(record, settings.hazardTypesInScope);
    if (!scope.inScope) {
      const nextStepText = `${NOT_IN_SCOPE}: ${scope.reason}`;
      findings.push({
        ...base,
        inScope: false,
        notInScope: scope.reason,
        nextStepText,
        overdue: false,
        overdueSteps: [],
        breaches: [],
        safetyWorkOverdueWithoutAlternative: false,
        breachesText: "",
      });
      values.set(record.row, {
        nextStep: text(nextStepText, true),
        due: BLANK_VALUE,
        overdue: BLANK_VALUE,
        breaches: BLANK_VALUE,
      });
      continue;
    }
    const next = clocks.nextStep;
    const safety = clocks.steps.find(
      (step) => step.step === "Safety work" || step.step === "Investigate and make safe"
    );
    const breachesText = [
      describeBreaches(clocks),
      clocks.safetyWorkOverdueWithoutAlternative && safety
        ? `${safety.step} overdue with no alternative accommodation offered`
        : "",
    ]
      .filter((part) => part !== "")
      .join("; ");
    const finding: HazardFinding = {
      ...base,
      inScope: true,
      nextStepText: next?.step ?? ALL_STEPS_DONE,
      overdue: clocks.overdue,
      overdueSteps: clocks.steps.filter((step) => step.overdue !== undefined).map(stepFinding),
      breaches: clocks.breaches.map(stepFinding),
      safetyWorkOverdueWithoutAlternative: clocks.safetyWorkOverdueWithoutAlternative,
      breachesText,
    };
    if (next) finding.nextStep = stepFinding(next);
    findings.push(finding);
    values.set(record.row, {
      nextStep: text(finding.nextStepText),
      due: next
        ? next.clock === "hours"
          ? number(next.due, DATE_TIME_FORMAT)
          : date(next.due)
        : BLANK_VALUE,
      overdue: text(clocks.overdue ? "Yes" : "No"),
      breaches: breachesText === "" ? BLANK_VALUE : text(breachesText),
    });
    // One entry a hazard, at its overdue step due first (steps come in the law's order).
    const late = finding.overdueSteps[0];
    if (late)
      overdue.push({
        kind: "hazard",
        reference: record.reference,
        where,
        cell,
        step: late.step,
        due: late.due,
        withTime: late.withTime,
        dueText: late.dueText,
        overdueBy: late.late ?? "",
      });
  }
  return { findings, values, overdue, problems };
}
