import { Day, formatUkDate, isDay } from "../domain/calendar/days";
import { firstOfMonth, parseMonthText, parseUkDate } from "../domain/calendar/ukDates";
import { parseYesNo } from "../domain/answers";
import { formatKind, FormatKind } from "./numberFormats";
import { isCellError, RawCell } from "./snapshot";

/**
 * The one boundary where raw cell contents become typed values (DESIGN.md: HyperFormula's habit).
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

function shown(cell: Cell): string {
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
      return { problem: `${shown(cell)} is in this cell: put text here instead` };
  }
}

/** Text meaning "no figure" that officers type in place of a blank. */
const NO_FIGURE = new Set(["-", "–", "—"]);

/**
 * A number in the unit officers read (WORKBOOK.md): percentages in percent points — text with `%`
 * (`95.2%`) and a percentage-formatted cell (0.952 shown as 95.2%) both read as 95.2 — `£` and
 * thousands separators dropped, spaces and non-breaking spaces ignored; a dash is a blank.
 */
export function readNumber(cell: Cell): Reading<number> {
  switch (cell.kind) {
    case "blank":
      return blank;
    case "number":
      return { value: cell.format === "percent" ? toPercentPoints(cell.value) : cell.value };
    case "text": {
      if (NO_FIGURE.has(cell.text)) return blank;
      const parsed = numberFromText(cell.text);
      return parsed === undefined
        ? { problem: `${shown(cell)} is not a number` }
        : { value: parsed };
    }
    default:
      return { problem: `${shown(cell)} is not a number` };
  }
}

/** 0.952 → 95.2 without binary noise (95.19999…). */
export function toPercentPoints(fraction: number): number {
  return Math.round(fraction * 100 * 1e9) / 1e9;
}

export function numberFromText(text: string): number | undefined {
  let tidy = text.replace(/[\s\u00a0,£]/g, "");
  const negativeInBrackets = /^\((.*)\)$/.exec(tidy);
  if (negativeInBrackets) tidy = `-${negativeInBrackets[1]}`;
  if (tidy.endsWith("%")) tidy = tidy.slice(0, -1);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(tidy)) return undefined;
  return Number(tidy);
}

/** Serials a General-formatted number could plausibly mean as a date: 01/01/1990 to 31/12/2100. */
const PLAUSIBLE_SERIALS = { first: 32874, last: 73415 };

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
      const plausible =
        cell.format === "date"
          ? isDay(day)
          : day >= PLAUSIBLE_SERIALS.first && day <= PLAUSIBLE_SERIALS.last;
      return plausible
        ? { value: day }
        : {
            problem: `${shown(cell)} is not a date: format the cell as a date or type it as dd/mm/yyyy`,
          };
    }
    case "text": {
      const day = parseUkDate(cell.text);
      return day === undefined
        ? { problem: `${shown(cell)} is not a date: type it as dd/mm/yyyy` }
        : { value: day };
    }
    default:
      return { problem: `${shown(cell)} is not a date` };
  }
}

/** A month period (the first day of the month): a date cell, or text such as `Apr-26` or `May 2026`. */
export function readMonth(cell: Cell): Reading<Day> {
  if (cell.kind === "text") {
    const month = parseMonthText(cell.text);
    return month === undefined
      ? { problem: `${shown(cell)} is not a month: write it as Apr-26, April 2026 or 2026-04` }
      : { value: month };
  }
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
  return { problem: `${shown(cell)} is not Y or N` };
}
