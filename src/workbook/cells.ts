import { Day, formatUkDate, isDay, partsOf } from "../domain/calendar/days";
import { firstOfMonth, parseMonthText, parseUkDate } from "../domain/calendar/ukDates";
import { parseYesNo } from "../domain/answers";
import { RuleInputError } from "../domain/errors";
import { parseTolerance } from "../domain/kpi/polarity";
import { Tolerance } from "../domain/kpi/status";
import { formatKind, FormatKind } from "./numberFormats";
import { isCellError, RawCell } from "./snapshot";

/**
 * The one boundary where raw cell contents become typed values (docs/development.md: HyperFormula's habit).
 * Readers ask for a number, a date, a month, a Y/N or text; each answer is either a value, blank, or a
 * problem message to put next to the cell's address.
 */
export type Cell =
  | { kind: "blank" }
  | { kind: "number"; value: number; format: FormatKind }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string };

const BLANK: Cell = { kind: "blank" };

export function toCell(raw: RawCell | undefined, numberFormat?: string): Cell {
  if (raw === null || raw === undefined) return BLANK;
  if (isCellError(raw)) return { kind: "error", code: raw.error };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: raw, format: formatKind(numberFormat) }
      : BLANK;
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  const text = raw.replace(/\u00a0/g, " ").trim();
  return text === "" ? BLANK : { kind: "text", text };
}

/** A reading: a value, nothing (blank), or what is wrong with the cell. */
export type Reading<T> = { value: T } | { blank: true } | { problem: string };

const blank = { blank: true } as const;

/** A cell as Excel shows it, for messages: `"n/a"`, `12`, `TRUE`, `the error #N/A`. */
export function shownCell(cell: Cell): string {
  switch (cell.kind) {
    case "text":
      return `"${cell.text}"`;
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "error":
      return `the error ${cell.code}`;
    default:
      return "blank";
  }
}

/** The cell as text, for names, themes and notes. Numbers are written as they are. */
export function readText(cell: Cell): Reading<string> {
  switch (cell.kind) {
    case "blank":
      return blank;
    case "text":
      return { value: cell.text };
    case "number":
      return {
        value:
          cell.format === "date" && isDay(Math.floor(cell.value))
            ? formatUkDate(Math.floor(cell.value))
            : String(cell.value),
      };
    case "boolean":
      return { value: cell.value ? "TRUE" : "FALSE" };
    default:
      return { problem: `${shownCell(cell)} is in this cell: put text here instead` };
  }
}

/** Text meaning "no figure" that officers type in place of a blank. */
const NO_FIGURE = new Set(["-", "–", "—"]);

/**
 * A number in the unit officers read (docs/workbook.md): percentages in percent points — text with `%`
 * (`95.2%`) and a percentage-formatted cell (0.952 shown as 95.2%) both read as 95.2 — `£` and
 * thousands separators dropped, spaces and non-breaking spaces ignored; a dash is a blank. Text is read
 * in UK style only (docs/workbook.md, Numbers): `95,5` or `1.234,5` is a problem, never a number.
 */
export function readNumber(cell: Cell): Reading<number> {
  switch (cell.kind) {
    case "blank":
      return blank;
    case "number":
      return finite(cell, cell.format === "percent" ? toPercentPoints(cell.value) : cell.value);
    case "text": {
      if (NO_FIGURE.has(cell.text)) return blank;
      const parsed = figureFromText(cell.text);
      if (parsed === undefined) return { problem: `${shownCell(cell)} is not a number` };
      return "problem" in parsed ? parsed : finite(cell, parsed.value);
    }
    default:
      return { problem: `${shownCell(cell)} is not a number` };
  }
}

/** A figure past what a number can hold (400 typed digits, 1E+307 as a percentage) is a problem, never Infinity. */
function finite(cell: Cell, value: number): Reading<number> {
  return Number.isFinite(value)
    ? { value }
    : { problem: `${shownCell(cell)} is too large a number: check the figure` };
}

/** 0.952 → 95.2 without binary noise (95.19999…). */
export function toPercentPoints(fraction: number): number {
  const points = fraction * 100;
  const rounded = Math.round(points * 1e9) / 1e9;
  // Past about 1E+297 the rounding overflows to Infinity; figures that large have no noise to remove.
  return Number.isFinite(rounded) ? rounded : points;
}

/**
 * docs/workbook.md, Numbers, in UK style: a full stop before decimals, and a comma only between groups of
 * three digits (`1,234`, `12,345,678.5`). A comma anywhere else (`95,5`, `1,2,3`, `1,23`) is not read as
 * a thousands separator, since dropping it turns a continental 95,5 into 955 without a word.
 */
const UK_FIGURE = /^[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*|\.\d+)$/;
/** A continental decimal comma, with full stops between thousands or none: `95,5`, `1.234,5`. */
const DECIMAL_COMMA = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/;
/** Digits with commas and full stops in some other order: meant as a figure, but not in UK style. */
const FIGURE_LIKE = /^[-+]?[\d.,]*\d[\d.,]*$/;

/**
 * A figure typed as text: its value and whether it was written with `%`; a problem when it is a figure
 * written in another style; undefined when it is not a figure at all (`n/a`). `£`, spaces and
 * non-breaking spaces are ignored, and `(12)` is −12 as accounts write it.
 */
export function figureFromText(
  text: string
): { value: number; percent: boolean } | { problem: string } | undefined {
  let tidy = text.replace(/[\s\u00a0£]/g, "");
  const negativeInBrackets = /^\((.*)\)$/.exec(tidy);
  if (negativeInBrackets) tidy = `-${negativeInBrackets[1]}`;
  const percent = tidy.endsWith("%");
  if (percent) tidy = tidy.slice(0, -1);
  if (UK_FIGURE.test(tidy)) return { value: Number(tidy.replace(/,/g, "")), percent };
  if (!FIGURE_LIKE.test(tidy)) return undefined;
  const typed = text.replace(/[\s\u00a0]/g, "");
  return {
    problem: DECIMAL_COMMA.test(tidy)
      ? `"${text}" is not a number in UK style: use a full stop for decimals, e.g. ${typed.replace(/\./g, "").replace(",", ".")}`
      : `"${text}" is not a number in UK style: use a full stop for decimals and a comma only between groups of three digits, e.g. 12,345.6`,
  };
}

/**
 * A tolerance typed as text (docs/workbook.md, KPI sheets and Settings): a number in the target's unit, or a
 * percentage of the target when written with `%`, read in UK style like every other figure.
 */
export function toleranceFromText(text: string): { value: Tolerance } | { problem: string } {
  const figure = figureFromText(text);
  if (figure !== undefined && "problem" in figure) return figure;
  try {
    if (figure === undefined || figure.value < 0) return { value: parseTolerance(text) };
    return {
      value: figure.percent
        ? { kind: "percentOfTarget", value: figure.value }
        : parseTolerance(figure.value),
    };
  } catch (error) {
    if (error instanceof RuleInputError) return { problem: error.message };
    throw error;
  }
}

/**
 * Dates a panel's workbook can mean: 01/01/1990 to 31/12/2100. A General number in this range reads as
 * a date serial; a date outside it — a date-formatted 5 shown as 05/01/1900, a year typed 9026 — is a
 * problem to check, not a reading: a member starting in 1900 would read as a term long ended, and a
 * meeting in 9999 costs the notice rule eight thousand years of working days.
 */
const PLAUSIBLE_DAYS = { first: 32874, last: 73415 };
const PLAUSIBLE_YEARS = "dates from 1990 to 2100 are read";

const isPlausible = (day: Day): boolean =>
  day >= PLAUSIBLE_DAYS.first && day <= PLAUSIBLE_DAYS.last;

/**
 * A serial as Excel shows it. Excel counts 1900 as a leap year: its serials 1–59 are a day later in
 * the calendar than ours (1 is 01/01/1900), 60 is its 29/02/1900, a day that never was, and 0 its
 * 00/01/1900.
 */
function asExcelShows(day: Day): string {
  if (day >= 61) return formatUkDate(day);
  if (day === 60) return "29/02/1900";
  return day === 0 ? "00/01/1900" : formatUkDate(day + 1);
}

/** A day read from text, kept only when it is the year the text gives (`01/01/0099` is not 1999). */
function plausibleFromText(text: string, day: Day | undefined, what: string): Reading<Day> {
  if (day === undefined) return { problem: `"${text}" is not ${what}` };
  const typedYear = /\b\d{4}\b/.exec(text)?.[0];
  if (!isPlausible(day) || (typedYear !== undefined && Number(typedYear) !== partsOf(day).year))
    return {
      problem: `"${text}" is not a date the panel could mean: check the year (${PLAUSIBLE_YEARS})`,
    };
  return { value: day };
}

/**
 * A date: a date-formatted number (its serial), a General number in the plausible range, or UK date
 * text. Times of day are dropped. Text never reads in US order.
 */
export function readDate(cell: Cell): Reading<Day> {
  switch (cell.kind) {
    case "blank":
      return blank;
    case "number": {
      const day = Math.floor(cell.value);
      if (isPlausible(day)) return { value: day };
      // A date-formatted 0 (a formula's empty answer) shows as 00/01/1900: say it as the officer sees it.
      if (cell.format === "date" && (isDay(day) || day === 0))
        return {
          problem: `${asExcelShows(day)} is not a date the panel could mean: check the year (${PLAUSIBLE_YEARS})`,
        };
      return {
        problem:
          cell.format === "date"
            ? `${shownCell(cell)} is not a date: type it as dd/mm/yyyy`
            : `${shownCell(cell)} is not a date: format the cell as a date or type it as dd/mm/yyyy`,
      };
    }
    case "text":
      return plausibleFromText(cell.text, parseUkDate(cell.text), "a date: type it as dd/mm/yyyy");
    default:
      return { problem: `${shownCell(cell)} is not a date` };
  }
}

/** A month period (the first day of the month): a date cell, or text such as `Apr-26` or `May 2026`. */
export function readMonth(cell: Cell): Reading<Day> {
  if (cell.kind === "text")
    return plausibleFromText(
      cell.text,
      parseMonthText(cell.text),
      "a month: write it as Apr-26, April 2026 or 2026-04"
    );
  const date = readDate(cell);
  return "value" in date ? { value: firstOfMonth(date.value) } : date;
}

/** A Y/N answer; blank stays blank so the caller can apply the harmless answer. */
export function readYesNo(cell: Cell): Reading<boolean> {
  if (cell.kind === "blank") return blank;
  if (cell.kind === "text" || cell.kind === "number" || cell.kind === "boolean") {
    const { answer, understood } = parseYesNo(cell.kind === "text" ? cell.text : cell.value);
    if (understood) return answer === undefined ? blank : { value: answer };
  }
  return { problem: `${shownCell(cell)} is not Y or N` };
}

/** A 24-hour time of day at the end of date text: `27/10/2025 14:30`, `27 Oct 2025 9:05`, `2025-10-27 14:30`. */
const TRAILING_TIME = /^(.*\S)\s+(\d{1,2})[:.](\d{2})$/;

/**
 * A date and time (docs/workbook.md, Hazards: `Aware`, `Made safe`), as a London wall-clock time
 * (domain/calendar/londonTime.ts): a cell holding a date and time (an Excel serial whose fraction is the
 * time of day: 45957.6041… is 27/10/2025 14:30), or UK date text with an optional 24-hour time
 * (`27/10/2025 14:30`). A date alone is the start of its day. Kept to the nearest second, as Excel
 * stores times; the year must be plausible, as for dates.
 */
export function readDateTime(cell: Cell): Reading<number> {
  if (cell.kind === "number") {
    const day = readDate(cell);
    return "value" in day ? { value: Math.round(cell.value * 86_400) / 86_400 } : day;
  }
  if (cell.kind !== "text") return readDate(cell);
  const timed = TRAILING_TIME.exec(cell.text);
  if (!timed) return readDate(cell);
  const hours = Number(timed[2]);
  const minutes = Number(timed[3]);
  const what = "a date and time: type it as dd/mm/yyyy hh:mm, such as 27/10/2025 14:30";
  const day = plausibleFromText(cell.text, parseUkDate(timed[1] as string), what);
  if (!("value" in day)) return day;
  if (hours > 23 || minutes > 59) return { problem: `"${cell.text}" is not ${what}` };
  return { value: day.value + (hours * 60 + minutes) / 1440 };
}
