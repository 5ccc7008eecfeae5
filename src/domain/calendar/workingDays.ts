import { RuleInputError } from "../errors";
import { bankHolidaysIn } from "./bankHolidays";
import { Day, formatUkDate, isWeekend, partsOf } from "./days";

/**
 * §7.1: meetings called by the Chair between main meetings need at least 5 working days' notice.
 * Decision (RULES.md): clear working days are the days strictly after the notice date and strictly
 * before the meeting date, Monday to Friday, that are not England and Wales bank holidays.
 */
export function clearWorkingDays(noticeDate: Day, meetingDate: Day): number {
  if (noticeDate > meetingDate) {
    throw new RuleInputError(
      `The notice date ${formatUkDate(noticeDate)} is after the meeting date ${formatUkDate(meetingDate)}: check the two dates.`
    );
  }
  let count = 0;
  let year = -1;
  let holidays: ReadonlySet<Day> = new Set();
  for (let day = noticeDate + 1; day < meetingDate; day++) {
    if (isWeekend(day)) continue;
    const dayYear = partsOf(day).year;
    if (dayYear !== year) {
      year = dayYear;
      holidays = bankHolidaysIn(year);
    }
    if (!holidays.has(day)) count++;
  }
  return count;
}

/** §7.1: enough notice for a meeting between main meetings (5 clear working days, *setting*). */
export function isNoticeEnough(noticeDate: Day, meetingDate: Day, minimumClearDays = 5): boolean {
  return clearWorkingDays(noticeDate, meetingDate) >= minimumClearDays;
}
