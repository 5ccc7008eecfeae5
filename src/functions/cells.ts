import { Day, isDay } from "../domain/calendar/days";
import { parseUkDate } from "../domain/calendar/ukDates";
import { parseAttendanceMark, AttendanceMark } from "../domain/attendance/marks";
import { parseYesNo } from "../domain/answers";
import {
  DataTypeError,
  MissingValueError,
  NotAChoiceError,
  NotADateError,
  NotADateTimeError,
  NotANumberError,
  RangeShapeError,
} from "./errors";

/**
 * The boundary: arguments arrive as Excel passes them (numbers, date serials, text, booleans, "" for a
 * blank cell, 2-D arrays for ranges) and leave here as typed values, once. Nothing past this file sees
 * an untyped cell.
 */

/**
 * Excel's data types as a custom function may receive them. functions.json sets
 * `allowCustomDataForDataTypeAny` (custom-functions-metadata-plugin writes it), so where Excel has
 * CustomFunctionsRuntime 1.4 an `any` argument, or a cell of a range, may come as a data type object
 * instead of a plain value ("Use data types with custom functions in Excel",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts; the shapes are
 * Excel.CellValue's): a formatted number `{ type: "Double", basicValue: 5, numberFormat: "0.0" }`,
 * text `{ type: "String", basicValue: "Pat" }`, an entity or linked entity (Stocks, Geography, an
 * add-in's card) `{ type: "Entity", text: "Pat Jones", properties: {...} }`, an error
 * `{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }`, a picture, a list.
 */
interface DataTypeValue {
  type: string;
  basicValue?: unknown;
  basicType?: unknown;
  text?: unknown;
}

function isDataTypeValue(value: unknown): value is DataTypeValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

const GIVE_A_VALUE = "Give a number, a date or text, or a cell holding one";

/**
 * A data type turned into the plain value the panel's rules read, as the cell would show it: a
 * number's or text's basic value, an entity's text (a card shows its text in the cell; its basic value
 * is only #VALUE!), an empty cell as blank. One with nothing plain to give is an error saying what to
 * put there instead. A plain value passes as it is.
 */
export function plainValue(value: unknown, argument: string): unknown {
  if (!isDataTypeValue(value)) return value;
  const { type, basicValue, basicType, text } = value;
  const basic = typeof basicValue === "string" ? basicValue : undefined;
  switch (type) {
    case "Empty":
      return "";
    case "Error":
      throw new DataTypeError(
        argument,
        `the cell holds the error ${basic ?? "#VALUE!"}`,
        "Correct that cell first"
      );
    case "Entity":
    case "LinkedEntity":
      if (typeof text === "string" && text.trim() !== "") return text;
      throw new DataTypeError(argument, `this ${type} data type has no text to use`, GIVE_A_VALUE);
    case "WebImage":
      throw new DataTypeError(argument, "a picture is not a value", GIVE_A_VALUE);
    case "Array":
      throw new DataTypeError(argument, "a list of values is not one value", GIVE_A_VALUE);
  }
  const primitive =
    typeof basicValue === "number" ||
    typeof basicValue === "string" ||
    typeof basicValue === "boolean";
  if (primitive && basicType !== "Error") return basicValue;
  throw new DataTypeError(argument, `the add-in cannot read this ${type} data type`, GIVE_A_VALUE);
}

/**
 * The arguments of a call with every data type (plainValue) made plain, ranges cell by cell (an error
 * names the cell: `marks (cell 3)`, counted across rows as lineArgument counts). Ranges without data
 * types are passed on as they are, not copied: a register recalculates thousands of cells.
 */
export function plainArguments<T extends Record<string, unknown>>(args: T): T {
  const plain: Record<string, unknown> = {};
  for (const [argument, value] of Object.entries(args)) {
    if (!Array.isArray(value)) {
      plain[argument] = plainValue(value, argument);
      continue;
    }
    const rows = value as unknown[][];
    const hasDataType = rows.some((row) => Array.isArray(row) && row.some(isDataTypeValue));
    plain[argument] = !hasDataType
      ? value
      : rows.map((row, r) =>
          row.map((cell, c) => plainValue(cell, argumentName(argument, r * row.length + c + 1)))
        );
  }
  return plain as T;
}

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
 * A setting given as an optional last argument (docs/rules.md: every *setting* may differ from the
 * default): the workbook's figure, usually a named cell of its Settings sheet (`Lapse_consecutive`),
 * or the default when left out. A whole number of at least `least`.
 */
export function settingArgument(
  value: unknown,
  argument: string,
  what: string,
  byDefault: number,
  least = 1
): number {
  if (isBlank(value)) return byDefault;
  const count = countArgument(value, argument, what);
  if (count < least) throw new NotANumberError(argument, value);
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

/** A time of day at the end of date text: `24/10/2026 10:00`, `24 Oct 2026 9:05`. */
const TRAILING_TIME = /^(.*\S)\s+(\d{1,2}):(\d{2})$/;

/**
 * A date and time: a serial whose fraction is the time of day (what a date-and-time cell passes), or UK
 * date text with an optional 24-hour time (`24/10/2026 10:00`). A date alone is midnight at its start.
 */
export function dateTimeArgument(value: unknown, argument: string): number {
  if (isBlank(value)) throw new MissingValueError(argument, "a date and time");
  if (typeof value === "number" && isDay(Math.floor(value))) return value;
  if (typeof value === "string") {
    const timed = TRAILING_TIME.exec(value.trim());
    const day = parseUkDate(timed ? (timed[1] as string) : value);
    const hours = timed ? Number(timed[2]) : 0;
    const minutes = timed ? Number(timed[3]) : 0;
    if (day !== undefined && hours < 24 && minutes < 60) return day + (hours * 60 + minutes) / 1440;
  }
  throw new NotADateTimeError(argument, value);
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

/** A Y/N answer; blank gives `ifBlank` (docs/workbook.md: a blank Y/N reads as the harmless answer). */
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

/** An attendance mark: P, A, R, blank or -, ignoring case (docs/rules.md). */
export function markArgument(value: unknown, argument: string, cell?: number): AttendanceMark {
  const mark = parseAttendanceMark(typeof value === "string" ? value : textArgument(value));
  if (mark === undefined)
    throw new NotAChoiceError(argumentName(argument, cell), value, ["P", "A", "R", "-", "blank"]);
  return mark;
}
