import { Day, isDay } from "../domain/calendar/days";
import { parseUkDate } from "../domain/calendar/ukDates";
import { parseAttendanceMark, AttendanceMark } from "../domain/attendance/marks";
import { parseYesNo } from "../domain/answers";
import {
  MissingValueError,
  NotAChoiceError,
  NotADateError,
  NotANumberError,
  RangeShapeError,
} from "./errors";

/**
 * The boundary: arguments arrive as Excel passes them (numbers, date serials, text, booleans, "" for a
 * blank cell, 2-D arrays for ranges) and leave here as typed values, once. Nothing past this file sees
 * an untyped cell.
 */

export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** A number, from a number or numeric text (`1,234`, ` 12 `). Blank is an error naming what to give. */
export function numberArgument(value: unknown, argument: string, what = "a number"): number {
  if (isBlank(value)) throw new MissingValueError(argument, what);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const tidy = value.replace(/[,\s\u00a0]/g, "");
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(tidy)) return Number(tidy);
  }
  throw new NotANumberError(argument, value);
}

export function optionalNumberArgument(value: unknown, argument: string): number | undefined {
  return isBlank(value) ? undefined : numberArgument(value, argument);
}

/** A whole number (a count of people or votes). */
export function countArgument(value: unknown, argument: string, what: string): number {
  const count = numberArgument(value, argument, what);
  if (!Number.isInteger(count)) throw new NotANumberError(argument, value);
  return count;
}

/**
 * The argument's name in an error message: `marks`, or `marks (cell 3)` for one cell of a range. Built
 * only when there is an error, since range functions read thousands of cells per recalculation.
 */
function argumentName(argument: string, cell?: number): string {
  return cell === undefined ? argument : `${argument} (cell ${cell})`;
}

/** A date: a date serial (what a date cell passes), or UK date text. Times of day are dropped. */
export function dateArgument(value: unknown, argument: string, cell?: number): Day {
  if (typeof value === "number") {
    const day = Math.floor(value);
    if (isDay(day)) return day;
  }
  if (isBlank(value)) throw new MissingValueError(argumentName(argument, cell), "a date");
  return optionalDateArgument(value, argument, cell) as Day;
}

export function optionalDateArgument(
  value: unknown,
  argument: string,
  cell?: number
): Day | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number") {
    const day = Math.floor(value);
    if (isDay(day)) return day;
  }
  if (typeof value === "string") {
    const day = parseUkDate(value);
    if (day !== undefined) return day;
  }
  throw new NotADateError(argumentName(argument, cell), value);
}

export function textArgument(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** A word from a list, ignoring case; returns the list's spelling. */
export function choiceArgument<T extends string>(
  value: unknown,
  argument: string,
  choices: readonly T[]
): T {
  const word = textArgument(value).toLowerCase();
  const found = choices.find((choice) => choice.toLowerCase() === word);
  if (found === undefined) throw new NotAChoiceError(argument, value, choices);
  return found;
}

/** A Y/N answer; blank gives `ifBlank` (WORKBOOK.md: a blank Y/N reads as the harmless answer). */
export function yesNoArgument(value: unknown, argument: string, ifBlank: boolean): boolean {
  if (isBlank(value)) return ifBlank;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    const { answer, understood } = parseYesNo(value);
    if (understood) return answer ?? ifBlank;
  }
  throw new NotAChoiceError(argument, value, ["Y", "N", "TRUE", "FALSE"]);
}

/** A range that must be one row or one column, as a flat list in reading order. */
export function lineArgument(value: unknown, argument: string): unknown[] {
  if (!Array.isArray(value)) return [value];
  const rows = value as unknown[][];
  if (rows.length === 1) return [...(rows[0] ?? [])];
  if (rows.every((row) => Array.isArray(row) && row.length === 1)) return rows.map((row) => row[0]);
  throw new RangeShapeError(`${argument} must be a single row or a single column of cells.`);
}

/** An attendance mark: P, A, R, blank or -, ignoring case (RULES.md). */
export function markArgument(value: unknown, argument: string, cell?: number): AttendanceMark {
  const mark = parseAttendanceMark(typeof value === "string" ? value : textArgument(value));
  if (mark === undefined)
    throw new NotAChoiceError(argumentName(argument, cell), value, ["P", "A", "R", "-", "blank"]);
  return mark;
}
