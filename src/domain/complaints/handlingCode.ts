import { Day, formatUkDate } from "../calendar/days";
import {
  dueWithinWorkingDays,
  ENGLAND_AND_WALES,
  WorkingDayCalendar,
  workingDaysAfter,
} from "../calendar/workingDays";

/**
 * The Housing Ombudsman's Complaint Handling Code (statutory since 1 April 2024), as docs/rules.md's
 * "Statutory clocks since 2024" table applies it. Every figure is a *setting*: a council may find a
 * later revision of the Code.
 */
export interface StageTimescales {
  /** Working days from receipt (stage 1) or the request to escalate (stage 2) to the acknowledgement. */
  acknowledgeWorkingDays: number;
  /** Working days from the acknowledgement to the response. */
  respondWorkingDays: number;
  /** The most working days an extension may add to the response's due date. */
  extensionWorkingDays: number;
}

export interface ComplaintHandlingCode {
  stage1: StageTimescales;
  stage2: StageTimescales;
}

/**
 * The Code (2024), section 6 "Complaint stages": acknowledge within 5 working days of receipt (6.2) or
 * of the request to escalate (6.11); respond within 10 working days of the acknowledgement at stage 1
 * (6.3), 20 at stage 2; an extension of no more than 10 (stage 1, 6.4) or 20 (stage 2) working days.
 */
export const COMPLAINT_HANDLING_CODE: ComplaintHandlingCode = {
  stage1: { acknowledgeWorkingDays: 5, respondWorkingDays: 10, extensionWorkingDays: 10 },
  stage2: { acknowledgeWorkingDays: 5, respondWorkingDays: 20, extensionWorkingDays: 20 },
};

export type ComplaintStage = 1 | 2;

/** One stage's dates from a Complaints log row (docs/workbook.md): `opened` is Date received, or Escalated. */
export interface StageDates {
  opened: Day;
  acknowledged?: Day;
  extendedTo?: Day;
  responded?: Day;
}

/** The Complaints log columns a date comes from, so the engine can name the cell (docs/workbook.md). */
export type ComplaintDateColumn =
  | "Date received"
  | "Acknowledged"
  | "Extended to"
  | "Responded"
  | "Escalated"
  | "Stage 2 acknowledged"
  | "Stage 2 extended to"
  | "Stage 2 responded";

/** A date that does not fit the others: the clock still runs, on the reading the message states. */
export interface ComplaintDateIssue {
  column: ComplaintDateColumn;
  message: string;
}

export interface StageClock {
  stage: ComplaintStage;
  /** The last day the acknowledgement was due. */
  acknowledgementDue: Day;
  /** Working days the acknowledgement was late (0 when on time; undefined when not acknowledged). */
  acknowledgementLateBy?: number;
  /** The response's due date before any extension. */
  responseDue: Day;
  /** An extension recorded in the log, with the Code's latest date for it. */
  extension?: {
    to: Day;
    /** The response's due date plus the most working days the Code allows. */
    limit: Day;
    /** Working days past the limit: set only for an extension beyond the Code. */
    beyondCodeBy?: number;
  };
  /**
   * The date the answer is judged against: `Stage 1 due` / `Stage 2 due` on the log. An extension moves
   * it, but never past the Code's limit: answering by a date beyond the Code is not answering within it.
   */
  due: Day;
  issues: ComplaintDateIssue[];
}

const COLUMNS: Record<ComplaintStage, Record<keyof StageDates, ComplaintDateColumn>> = {
  1: {
    opened: "Date received",
    acknowledged: "Acknowledged",
    extendedTo: "Extended to",
    responded: "Responded",
  },
  2: {
    opened: "Escalated",
    acknowledged: "Stage 2 acknowledged",
    extendedTo: "Stage 2 extended to",
    responded: "Stage 2 responded",
  },
};

/**
 * One stage's clock (docs/rules.md, "Complaints"):
 * - acknowledgement within 5 working days of receipt (stage 2: of the request to escalate);
 * - response within 10 (stage 2: 20) working days of the acknowledgement; when not acknowledged,
 *   counted from the last day the acknowledgement was due. A late acknowledgement is counted from as
 *   the table says ("after acknowledgement") and is itself reported as late (`acknowledgementLateBy`);
 * - an extension counts only when its date is recorded, and may add up to 10 (stage 2: 20) working
 *   days; a longer one is flagged as beyond the Code and the Code's limit is the due date.
 */
export function stageClock(
  stage: ComplaintStage,
  dates: StageDates,
  code: ComplaintHandlingCode = COMPLAINT_HANDLING_CODE,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): StageClock {
  const timescales = stage === 1 ? code.stage1 : code.stage2;
  const columns = COLUMNS[stage];
  const issues: ComplaintDateIssue[] = [];
  const before = (column: keyof StageDates, day: Day): void => {
    issues.push({
      column: columns[column],
      message: `${columns[column]} ${formatUkDate(day)} is before ${columns.opened} ${formatUkDate(dates.opened)}: check the date`,
    });
  };

  const acknowledgementDue = dueWithinWorkingDays(
    dates.opened,
    timescales.acknowledgeWorkingDays,
    calendar
  );
  let acknowledged = dates.acknowledged;
  if (acknowledged !== undefined && acknowledged < dates.opened) {
    before("acknowledged", acknowledged);
    acknowledged = undefined; // counted as not acknowledged
  }
  const responseDue = dueWithinWorkingDays(
    acknowledged ?? acknowledgementDue,
    timescales.respondWorkingDays,
    calendar
  );

  let due = responseDue;
  let extension: StageClock["extension"];
  if (dates.extendedTo !== undefined) {
    if (dates.extendedTo <= responseDue) {
      issues.push({
        column: columns.extendedTo,
        message: `${columns.extendedTo} ${formatUkDate(dates.extendedTo)} is not after the response's due date ${formatUkDate(responseDue)}, so it extends nothing: check the date`,
      });
    } else {
      const limit = dueWithinWorkingDays(responseDue, timescales.extensionWorkingDays, calendar);
      extension = { to: dates.extendedTo, limit };
      if (dates.extendedTo > limit)
        extension.beyondCodeBy = lateBy(limit, dates.extendedTo, calendar);
      due = Math.min(dates.extendedTo, limit);
    }
  }
  if (dates.responded !== undefined && dates.responded < dates.opened)
    before("responded", dates.responded);

  const clock: StageClock = { stage, acknowledgementDue, responseDue, due, issues };
  if (acknowledged !== undefined)
    clock.acknowledgementLateBy = lateBy(acknowledgementDue, acknowledged, calendar);
  if (extension) clock.extension = extension;
  return clock;
}

/**
 * Working days late: those after `due` up to and including `day` (docs/rules.md). A day after the due date
 * that is not a working day (an answer on the Saturday after a Friday due date) is still after it, so
 * it is at least 1 late: a late answer is never "0 working days" late.
 */
export function lateBy(
  due: Day,
  day: Day,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): number {
  if (day <= due) return 0;
  return Math.max(1, workingDaysAfter(due, day, calendar));
}

/** The Complaints log's `Code` column (docs/rules.md). */
export type CodeStatus =
  | { kind: "within" }
  | { kind: "late"; workingDays: number }
  | { kind: "overdue"; workingDays: number }
  | { kind: "open" };

/**
 * docs/rules.md: `Within the Code` (answered on or before its due date), `Late: N working days`, `Overdue: N
 * working days` (no answer, past due) or `Open` (no answer, not yet due). N counts the working days after
 * the due date up to and including the day of the answer, or the as-of date. A recorded answer is taken
 * as given, whatever the as-of date.
 */
export function codeStatus(
  due: Day,
  responded: Day | undefined,
  asOf: Day,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): CodeStatus {
  if (responded !== undefined) {
    const late = lateBy(due, responded, calendar);
    return late === 0 ? { kind: "within" } : { kind: "late", workingDays: late };
  }
  const overdue = lateBy(due, asOf, calendar);
  return overdue === 0 ? { kind: "open" } : { kind: "overdue", workingDays: overdue };
}

const workingDaysText = (n: number): string => `${n} working day${n === 1 ? "" : "s"}`;

export function describeCodeStatus(status: CodeStatus): string {
  switch (status.kind) {
    case "within":
      return "Within the Code";
    case "late":
      return `Late: ${workingDaysText(status.workingDays)}`;
    case "overdue":
      return `Overdue: ${workingDaysText(status.workingDays)}`;
    case "open":
      return "Open";
  }
}

/** A Complaints log row's dates (docs/workbook.md, "Complaints"). */
export interface ComplaintRecord {
  reference?: string;
  received: Day;
  acknowledged?: Day;
  extendedTo?: Day;
  responded?: Day;
  /** The date the resident asked for stage 2. */
  escalated?: Day;
  stage2Acknowledged?: Day;
  stage2ExtendedTo?: Day;
  stage2Responded?: Day;
}

export interface ComplaintClocks {
  stage1: StageClock & { status: CodeStatus };
  /** Present once the resident has asked to escalate. */
  stage2?: StageClock & { status: CodeStatus };
  /**
   * The `Code` column: a complaint at stage 2 is judged on its stage 2 clock; its stage 1 result stays
   * in the stage 1 figures (CH02 (1)).
   */
  status: CodeStatus;
  /** Every date that does not fit, stage 1 then stage 2. */
  issues: ComplaintDateIssue[];
}

/** The Code's clocks for one complaint, judged at `asOf`. */
export function complaintClocks(
  complaint: ComplaintRecord,
  asOf: Day,
  code: ComplaintHandlingCode = COMPLAINT_HANDLING_CODE,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): ComplaintClocks {
  const stage1Clock = stageClock(
    1,
    {
      opened: complaint.received,
      acknowledged: complaint.acknowledged,
      extendedTo: complaint.extendedTo,
      responded: complaint.responded,
    },
    code,
    calendar
  );
  const stage1 = {
    ...stage1Clock,
    status: codeStatus(stage1Clock.due, complaint.responded, asOf, calendar),
  };
  const issues = [...stage1.issues];
  const { escalated } = complaint;
  if (escalated === undefined) {
    const stage2Column = (
      [
        ["stage2Acknowledged", "Stage 2 acknowledged"],
        ["stage2ExtendedTo", "Stage 2 extended to"],
        ["stage2Responded", "Stage 2 responded"],
      ] as const
    ).find(([field]) => complaint[field] !== undefined);
    if (stage2Column) {
      issues.push({
        column: stage2Column[1],
        message: `${stage2Column[1]} is given but Escalated is blank: the stage 2 clock starts on the day the resident asked to escalate, so give that date`,
      });
    }
    return { stage1, status: stage1.status, issues };
  }
  if (escalated < complaint.received) {
    issues.push({
      column: "Escalated",
      message: `Escalated ${formatUkDate(escalated)} is before Date received ${formatUkDate(complaint.received)}: check the date`,
    });
  }
  const stage2Clock = stageClock(
    2,
    {
      opened: escalated,
      acknowledged: complaint.stage2Acknowledged,
      extendedTo: complaint.stage2ExtendedTo,
      responded: complaint.stage2Responded,
    },
    code,
    calendar
  );
  const stage2 = {
    ...stage2Clock,
    status: codeStatus(stage2Clock.due, complaint.stage2Responded, asOf, calendar),
  };
  issues.push(...stage2.issues);
  return { stage1, stage2, status: stage2.status, issues };
}
