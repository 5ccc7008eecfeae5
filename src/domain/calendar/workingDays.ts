import { RuleInputError, requireWholeNumber } from "../errors";
import { bankHolidaysIn } from "./bankHolidays";
import { Day, formatUkDate, isWeekend, partsOf } from "./days";

/**
 * Working days, one rule for everything that counts them (§7.1's notice, the Complaint Handling Code,
 * Awaab's Law): Monday to Friday, not England and Wales bank holidays (substitute days included).
 * docs/rules.md, "Statutory clocks since 2024": "the calendar of §7.1".
 *
 * The bank holidays come as a calendar so that a test (or a council that closes between Christmas and
 * New Year) can add days; every rule takes England and Wales's unless given another.
 */
export interface WorkingDayCalendar {
  /** Days that are not working days although they fall Monday to Friday, for one calendar year. */
  holidaysIn(year: number): ReadonlySet<Day>;
}

export const ENGLAND_AND_WALES: WorkingDayCalendar = { holidaysIn: bankHolidaysIn };

/** A calendar with more days off than `base` (a council's closure days; tests). */
export function withExtraHolidays(
  extra: Iterable<Day>,
  base: WorkingDayCalendar = ENGLAND_AND_WALES
): WorkingDayCalendar {
  const added = [...extra];
  const byYear = new Map<number, ReadonlySet<Day>>();
  return {
    holidaysIn(year) {
      let days = byYear.get(year);
      if (!days) {
        days = new Set([
          ...base.holidaysIn(year),
          ...added.filter((day) => partsOf(day).year === year),
        ]);
        byYear.set(year, days);
      }
      return days;
    },
  };
}

export function isWorkingDay(day: Day, calendar: WorkingDayCalendar = ENGLAND_AND_WALES): boolean {
  return !isWeekend(day) && !calendar.holidaysIn(partsOf(day).year).has(day);
}

/**
 * docs/rules.md: "within N working days of X" means on or before the N-th working day after X, X
 * itself not counted: received Monday 02/11/2026, acknowledgement within 5 working days → due Monday
 * 09/11/2026. X may be any day (a complaint received on a Saturday counts from the Monday). N = 0
 * gives X.
 */
export function dueWithinWorkingDays(
  from: Day,
  workingDays: number,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): Day {
  requireWholeNumber(workingDays, "The number of working days");
  let day = from;
  let counted = 0;
  while (counted < workingDays) {
    day++;
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/**
 * The working days after `from` up to and including `to` (0 when `to` is not after `from`). In
 * docs/rules.md, `Late: N working days` counts the working days after the due date up to and including
 * the answer day: due Monday 19/10/2026, answered Wednesday 21/10/2026 → 2.
 */
export function workingDaysAfter(
  from: Day,
  to: Day,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(day, calendar)) count++;
  return count;
}

/**
 * §7.1: meetings called by the Chair between main meetings need at least 5 working days' notice.
 * Decision (§7.1, docs/rules.md): clear working days are the days strictly after the notice date and
 * strictly before the meeting date, Monday to Friday, that are not England and Wales bank holidays: the
 * working days after the notice up to the day before the meeting.
 */
export function clearWorkingDays(
  noticeDate: Day,
  meetingDate: Day,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): number {
  if (noticeDate > meetingDate) {
    throw new RuleInputError(
      `The notice date ${formatUkDate(noticeDate)} is after the meeting date ${formatUkDate(meetingDate)}: check the two dates.`
    );
  }
  return workingDaysAfter(noticeDate, meetingDate - 1, calendar);
}
