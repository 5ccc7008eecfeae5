/**
 * A calendar day as Excel counts it: the date serial (days since 30/12/1899), a whole number.
 * The domain works on these so that cells, .xlsx files and rules share one representation, and so that
 * comparing and adding days is plain arithmetic. Dates are calendar dates with no time zone: all
 * conversions go through UTC so the machine's zone can never shift a day.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Date.UTC of Excel's day 0 (30/12/1899): serials are correct from 01/03/1900 on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** The serial of a calendar date; month 1–12. */
export function dayOf(year: number, month: number, day: number): Day {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

/** The serial of an ISO date text `YYYY-MM-DD` (tests and settings; cells are parsed in workbook/). */
export function dayFromIso(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const serial = dayOf(year, month, day);
  const back = partsOf(serial);
  if (back.year !== year || back.month !== month || back.day !== day)
    throw new Error(`No such date: ${iso}`);
  return serial;
}

/** Days from 01/01/1970 to Excel's day 0 (30/12/1899). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Year, month and day of a serial, by whole-number arithmetic on the proleptic Gregorian calendar
 * (H. Hinnant's civil-from-days): no Date object, since TOSP.LAPSE and the scan call this per meeting.
 * test/domain/calendar checks it against Date for every day from 1900 to 2200.
 */
export function partsOf(serial: Day): DateParts {
  const z = serial - UNIX_EPOCH_SERIAL + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A whole-day serial in the years a panel could mean (1900–9999); fractions (times) are not days. */
export function isDay(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 2_958_465;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * Excel's EDATE: the same day `months` later (or earlier when negative), clamped to the end of a
 * shorter month (31/08 + 6 months = 28/02 or 29/02).
 */
export function addMonths(serial: Day, months: number): Day {
  const { year, month, day } = partsOf(serial);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** 0 = Sunday … 6 = Saturday. Day 0 (30/12/1899) was a Saturday. */
export function weekdayOf(serial: Day): number {
  return (((serial + 6) % 7) + 7) % 7;
}

export function isWeekend(serial: Day): boolean {
  const weekday = weekdayOf(serial);
  return weekday === 0 || weekday === 6;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** UK order, as panel members read dates: `dd/mm/yyyy`. */
export function formatUkDate(serial: Day): string {
  const { year, month, day } = partsOf(serial);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A month as panel members read it: `Sep 2026`. */
export function formatMonth(serial: Day): string {
  const { year, month } = partsOf(serial);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** ISO `YYYY-MM-DD`, for keys and machine-readable output. */
export function formatIsoDate(serial: Day): string {
  const { year, month, day } = partsOf(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
