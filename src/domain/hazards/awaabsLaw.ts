import { Day, formatUkDate } from "../calendar/days";
import {
  addElapsedHours,
  elapsedMinutes,
  formatUkDateTime,
  utcOfWallClock,
  WallClockTime,
} from "../calendar/londonTime";
import {
  dueWithinWorkingDays,
  ENGLAND_AND_WALES,
  WorkingDayCalendar,
} from "../calendar/workingDays";
import { lateBy } from "../complaints/handlingCode";

/**
 * Awaab's Law: the Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025, in
 * force 27 October 2025 for damp and mould and for emergency hazards (docs/rules.md, "Hazards"). Every figure
 * is a *setting*. The log holds a reference, never a tenant's name or address (§13.3).
 */
export interface AwaabsLawTimescales {
  /** Emergency hazard: investigate and make safe within this many hours (clock hours, not working days). */
  emergencyHours: number;
  /** Significant hazard: investigate within this many working days of becoming aware. */
  investigateWorkingDays: number;
  /** Written summary to the tenant, working days after the investigation concluded. */
  summaryWorkingDays: number;
  /** Safety work begins, working days after the investigation concluded (a significant hazard found). */
  safetyWorkWorkingDays: number;
  /** Preventative work begins, working days after the investigation concluded… */
  preventativeWorkWorkingDays: number;
  /** …or within this many weeks where a reason for later work is recorded. */
  preventativeWorkWeeksWithReason: number;
}

export const AWAABS_LAW: AwaabsLawTimescales = {
  emergencyHours: 24,
  investigateWorkingDays: 10,
  summaryWorkingDays: 3,
  safetyWorkWorkingDays: 5,
  preventativeWorkWorkingDays: 5,
  preventativeWorkWeeksWithReason: 12,
};

export const HAZARD_CATEGORIES = ["Emergency", "Significant"] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** Work recorded as not needed (the log's text `Not needed`): that step has no clock. */
export const NOT_NEEDED = "not needed";

/** A Hazards log row (docs/workbook.md, "Hazards"). Times are London wall-clock times as cells hold them. */
export interface HazardRecord {
  reference: string;
  category: HazardCategory;
  /** The kind of hazard, e.g. `Damp and mould` (decides whether it is in scope: scope.ts). */
  hazard?: string;
  aware: WallClockTime;
  /** Emergency: when it was made safe (date and time). */
  madeSafe?: WallClockTime;
  investigationConcluded?: Day;
  summarySent?: Day;
  safetyWorkStarted?: Day | typeof NOT_NEEDED;
  preventativeWorkStarted?: Day | typeof NOT_NEEDED;
  reasonForLaterPreventativeWork?: string;
  alternativeAccommodationOffered?: boolean;
}

export const HAZARD_STEPS = [
  "Investigate and make safe",
  "Investigate",
  "Written summary",
  "Safety work",
  "Preventative work",
] as const;
export type HazardStepName = (typeof HAZARD_STEPS)[number];

/** A step whose clock has started: when it is due, and when it was done. */
export interface HazardStep {
  step: HazardStepName;
  /** A date and time for the 24-hour step, otherwise a day (the step is due by the end of it). */
  due: WallClockTime;
  clock: "hours" | "working days" | "weeks";
  done?: WallClockTime;
  /** Done after its due date: how late (minutes for the 24-hour step, otherwise working days). */
  late?: Lateness;
  /** Not done and past due at the as-of time: how late so far. */
  overdue?: Lateness;
}

export type Lateness = { minutes: number } | { workingDays: number };

/** A Hazards log column a date comes from, so the engine can name the cell (docs/workbook.md). */
export type HazardDateColumn =
  | "Made safe"
  | "Investigation concluded"
  | "Summary sent"
  | "Safety work started"
  | "Preventative work started";

export interface HazardDateIssue {
  column: HazardDateColumn;
  message: string;
}

/**
 * When one step is due. The 24-hour step counts elapsed hours from the time the landlord became aware
 * (London wall clock, so an hour earlier on the clock across the October change); the others count
 * working days from the day the landlord became aware (investigate) or the investigation concluded,
 * except preventative work with a reason recorded, which has whole weeks. Decision: an emergency
 * hazard's one 24-hour step covers investigating and making safe (its safety work); its written summary
 * and preventative work follow the same clocks as a significant hazard's, from the investigation's
 * conclusion when that is recorded.
 */
export function hazardStepDue(
  step: HazardStepName,
  aware: WallClockTime,
  investigationConcluded: Day | undefined,
  reasonForLaterWork: boolean,
  timescales: AwaabsLawTimescales = AWAABS_LAW,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): { due: WallClockTime; clock: HazardStep["clock"] } | undefined {
  switch (step) {
    case "Investigate and make safe":
      return { due: addElapsedHours(aware, timescales.emergencyHours), clock: "hours" };
    case "Investigate":
      return {
        due: dueWithinWorkingDays(Math.floor(aware), timescales.investigateWorkingDays, calendar),
        clock: "working days",
      };
  }
  if (investigationConcluded === undefined) return undefined;
  const afterInvestigation = (workingDays: number) => ({
    due: dueWithinWorkingDays(investigationConcluded, workingDays, calendar),
    clock: "working days" as const,
  });
  switch (step) {
    case "Written summary":
      return afterInvestigation(timescales.summaryWorkingDays);
    case "Safety work":
      return afterInvestigation(timescales.safetyWorkWorkingDays);
    case "Preventative work":
      return reasonForLaterWork
        ? {
            due: investigationConcluded + 7 * timescales.preventativeWorkWeeksWithReason,
            clock: "weeks",
          }
        : afterInvestigation(timescales.preventativeWorkWorkingDays);
  }
}

export interface HazardClocks {
  /** Every step whose clock has started, in the order the law sets them. */
  steps: HazardStep[];
  /** docs/rules.md: the outstanding step with the earliest due date (the log's `Next step` and `Due`). */
  nextStep?: HazardStep;
  /** A step not done and past due (the log's `Overdue`). */
  overdue: boolean;
  /** Steps done after their due date (the log's `Breaches`). */
  breaches: HazardStep[];
  /** docs/rules.md: the safety work (an emergency's making safe) is overdue and no alternative accommodation is recorded as offered. */
  safetyWorkOverdueWithoutAlternative: boolean;
  issues: HazardDateIssue[];
}

/** The end of a step's due date on the clock, for comparing a day with a time. */
const dueBy = (step: Pick<HazardStep, "due" | "clock">): number =>
  step.clock === "hours" ? utcOfWallClock(step.due) : step.due + 1;

/**
 * Awaab's Law's clocks for one hazard at the as-of time (a date and time; a whole day is its first
 * minute, so pass the end of the day, or the time of the scan, to judge 24-hour steps on that day).
 */
export function hazardClocks(
  hazard: HazardRecord,
  asOf: WallClockTime,
  timescales: AwaabsLawTimescales = AWAABS_LAW,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): HazardClocks {
  const issues: HazardDateIssue[] = [];
  const awareDay = Math.floor(hazard.aware);
  const checkDay = (column: HazardDateColumn, day: number | undefined): number | undefined => {
    if (day === undefined || day >= awareDay) return day;
    issues.push({
      column,
      message: `${column} ${formatUkDate(Math.floor(day))} is before the landlord became aware (${formatUkDateTime(hazard.aware)}): check the date`,
    });
    return day;
  };
  checkDay("Made safe", hazard.madeSafe);
  const concluded = checkDay("Investigation concluded", hazard.investigationConcluded);
  const emergency = hazard.category === "Emergency";

  const wanted: { step: HazardStepName; done: number | undefined; column?: HazardDateColumn }[] =
    emergency
      ? [{ step: "Investigate and make safe", done: hazard.madeSafe }]
      : [{ step: "Investigate", done: concluded }];
  const work = (value: Day | typeof NOT_NEEDED | undefined) =>
    value === NOT_NEEDED ? undefined : value;
  wanted.push({ step: "Written summary", done: hazard.summarySent, column: "Summary sent" });
  if (!emergency && hazard.safetyWorkStarted !== NOT_NEEDED)
    wanted.push({
      step: "Safety work",
      done: work(hazard.safetyWorkStarted),
      column: "Safety work started",
    });
  if (hazard.preventativeWorkStarted !== NOT_NEEDED)
    wanted.push({
      step: "Preventative work",
      done: work(hazard.preventativeWorkStarted),
      column: "Preventative work started",
    });

  const reason = (hazard.reasonForLaterPreventativeWork ?? "").trim() !== "";
  const steps: HazardStep[] = [];
  for (const { step, done, column } of wanted) {
    const clock = hazardStepDue(step, hazard.aware, concluded, reason, timescales, calendar);
    if (column) checkDay(column, done);
    if (!clock) {
      if (done !== undefined && column) {
        issues.push({
          column,
          message: `${column} is given but Investigation concluded is blank: the ${step.toLowerCase()} clock starts when the investigation concluded, so give that date`,
        });
      }
      continue;
    }
    const entry: HazardStep = { step, ...clock };
    if (done !== undefined) {
      entry.done = done;
      const late = lateness(entry, done, calendar);
      if (late) entry.late = late;
    } else {
      const overdue = lateness(entry, asOf, calendar);
      if (overdue) entry.overdue = overdue;
    }
    steps.push(entry);
  }

  const outstanding = steps.filter((step) => step.done === undefined);
  const nextStep = outstanding.reduce<HazardStep | undefined>(
    (earliest, step) => (earliest === undefined || dueBy(step) < dueBy(earliest) ? step : earliest),
    undefined
  );
  const safetyStep = steps.find(
    (step) => step.step === "Safety work" || step.step === "Investigate and make safe"
  );
  const clocks: HazardClocks = {
    steps,
    overdue: outstanding.some((step) => step.overdue !== undefined),
    breaches: steps.filter((step) => step.late !== undefined),
    safetyWorkOverdueWithoutAlternative:
      safetyStep?.overdue !== undefined && hazard.alternativeAccommodationOffered !== true,
    issues,
  };
  if (nextStep) clocks.nextStep = nextStep;
  return clocks;
}

/**
 * How late `at` is for a step, or undefined when it is on time: elapsed minutes past a 24-hour step's
 * due time, or working days after a date step's due date (as the Code's `Late: N working days`).
 */
function lateness(
  step: Pick<HazardStep, "due" | "clock">,
  at: WallClockTime,
  calendar: WorkingDayCalendar
): Lateness | undefined {
  if (step.clock === "hours") {
    const minutes = elapsedMinutes(step.due, at);
    return minutes > 0 ? { minutes } : undefined;
  }
  const workingDays = lateBy(step.due, Math.floor(at), calendar);
  return workingDays > 0 ? { workingDays } : undefined;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** `5 hours 20 minutes`, `2 working days`. */
export function describeLateness(late: Lateness): string {
  if ("workingDays" in late) return plural(late.workingDays, "working day");
  const hours = Math.floor(late.minutes / 60);
  const minutes = late.minutes % 60;
  if (hours === 0) return plural(minutes, "minute");
  return minutes === 0
    ? plural(hours, "hour")
    : `${plural(hours, "hour")} ${plural(minutes, "minute")}`;
}

/** A step's due date as the log's `Due` shows it: `24/10/2026 10:00` for the 24-hour step, else `dd/mm/yyyy`. */
export function describeDue(step: Pick<HazardStep, "due" | "clock">): string {
  return step.clock === "hours" ? formatUkDateTime(step.due) : formatUkDate(step.due);
}

/** The log's `Breaches`: each late step with how late, e.g. `Written summary 2 working days late`. */
export function describeBreaches(clocks: HazardClocks): string {
  return clocks.breaches
    .map((step) => `${step.step} ${describeLateness(step.late as Lateness)} late`)
    .join("; ");
}
