import Holidays from "date-holidays";
import { Day, dayFromIso } from "./days";

/**
 * England and Wales bank holidays, from the `date-holidays` package rather than a hand-kept table:
 * GB/ENG (the summer bank holiday is defined only at that level), public and bank types only, with
 * substitute days (a holiday falling at a weekend moves to the next working day).
 */
const englandAndWales = new Holidays("GB", "ENG", { types: ["public", "bank"] });
// Calendar dates only: with no time zone, date-holidays never converts to Europe/London time, which is
// what lets the bundles leave moment-timezone out (scripts/noTimeZones.js). `date` is the same either way.
englandAndWales.setTimezone("");

const byYear = new Map<number, ReadonlySet<Day>>();

export function bankHolidaysIn(year: number): ReadonlySet<Day> {
  let days = byYear.get(year);
  if (!days) {
    const list = englandAndWales.getHolidays(year) || [];
    days = new Set(list.map((holiday) => dayFromIso(holiday.date.slice(0, 10))));
    byYear.set(year, days);
  }
  return days;
}
