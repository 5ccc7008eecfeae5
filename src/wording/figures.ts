/**
 * Findings in plain words, for the task pane and the report alike: pure functions over the
 * engine's findings, no React, no HTML, no I/O. This file: figures and months as people write them.
 */
import { Day, partsOf } from "../domain/calendar/days";

/** "1 problem", "3 problems". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** A figure in its unit, as officers write it: 95.2%, £12,300, 21 days, 3.1 per 1,000 homes. */
export function formatFigure(value: number, unit?: string): string {
  const figure = (Math.round(value * 100) / 100).toLocaleString("en-GB", {
    maximumFractionDigits: 2,
  });
  if (unit === undefined || unit === "" || unit === "count") return figure;
  if (unit === "%") return `${figure}%`;
  if (unit === "£") return `£${figure}`;
  return `${figure} ${unit}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A period's month in full, as a sentence says it: "April 2026". */
export function monthInFull(day: Day): string {
  const { year, month } = partsOf(day);
  return `${MONTHS[month - 1]} ${year}`;
}

/** What the periods of an indicator are called, from the gap between them: months, quarters or years. */
export function periodNoun(periods: readonly Day[]): { one: string; many: string } {
  const gaps = periods.slice(1).map((day, i) => day - (periods[i] as Day));
  const typical = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
  if (typical === undefined || (typical >= 28 && typical <= 31))
    return { one: "month", many: "months" };
  if (typical >= 89 && typical <= 92) return { one: "quarter", many: "quarters" };
  if (typical >= 365 && typical <= 366) return { one: "year", many: "years" };
  return { one: "period", many: "periods" };
}
