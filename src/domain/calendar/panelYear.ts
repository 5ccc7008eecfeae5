import { RuleInputError } from "../errors";
import { Day, dayOf, partsOf } from "./days";

/**
 * The panel year starts on 1 September (*setting*), matching §8.1 (Chair elected at the first meeting
 * in September) and §11.1 (programme agreed each September). A panel year is named by its start year.
 */
export interface PanelYearStart {
  /** 1–12 */
  month: number;
  day: number;
}

export const SEPTEMBER_FIRST: PanelYearStart = { month: 9, day: 1 };

/**
 * A panel year's first day as the Settings sheet writes it, `01/09` (day/month); undefined for text of
 * another shape or a day that does not start a year every year (after the 28th, so never 29 February).
 */
export function parseYearStart(text: string): PanelYearStart | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const start = { day: Number(match[1]), month: Number(match[2]) };
  return isYearStart(start) ? start : undefined;
}

/** A day and month every year has, no later than the 28th. */
export const isYearStart = ({ day, month }: PanelYearStart): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= 28;

/** The start year of the panel year a date falls in: 23/11/2026 → 2026; 31/08/2026 → 2025. */
export function panelYearOf(serial: Day, start: PanelYearStart = SEPTEMBER_FIRST): number {
  const { year, month, day } = partsOf(serial);
  const onOrAfterStart = month > start.month || (month === start.month && day >= start.day);
  return onOrAfterStart ? year : year - 1;
}

/** `2026/27` for the panel year starting in 2026. */
export function panelYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** First and last day of a panel year. */
export function panelYearBounds(
  startYear: number,
  start: PanelYearStart = SEPTEMBER_FIRST
): { first: Day; last: Day } {
  return {
    first: dayOf(startYear, start.month, start.day),
    last: dayOf(startYear + 1, start.month, start.day) - 1,
  };
}

/**
 * Reads a panel year as officers write it: `2026/27`, `2026-27`, `2026/2027`, or the start year
 * `2026` (text or number). Anything else is an input error saying what to write.
 */
export function parsePanelYear(value: string | number): number {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1900 && value <= 9998) return value;
    throw new RuleInputError(
      `${value} is not a panel year: write it as 2026/27 or as the start year 2026.`
    );
  }
  const text = value.trim();
  const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(text);
  if (match) {
    const startYear = Number(match[1]);
    const second = match[2];
    if (second === undefined) return startYear;
    const endYear =
      second.length === 2 ? Math.floor(startYear / 100) * 100 + Number(second) : Number(second);
    const wraps =
      second.length === 2 &&
      endYear === Math.floor(startYear / 100) * 100 &&
      startYear % 100 === 99;
    if (endYear === startYear + 1 || wraps) return startYear;
  }
  throw new RuleInputError(
    `"${text}" is not a panel year: write it as 2026/27 or as the start year 2026.`
  );
}
