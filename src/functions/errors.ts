import { RuleInputError } from "../domain/errors";

/**
 * One error class per kind of bad input to a TOSP function. Each message names the argument and says
 * what to put there instead; Excel shows it in the cell's error tooltip. `CustomFunctions.Error` came
 * with CustomFunctionsRuntime 1.2, but its `ErrorCode` values (`invalidValue`, #VALUE! with a message)
 * are CustomFunctionsRuntime 1.3 ("Requirement set 1.3 adds ... new ErrorCode options to the
 * CustomFunctions.Error object", Custom Functions requirement sets,
 * learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets), so
 * manifest.xml asks for 1.3.
 */
export abstract class CellInputError extends Error {}

/** A number was needed (a count, a figure). */
export class NotANumberError extends CellInputError {
  override readonly name = "NotANumberError";
  constructor(argument: string, value: unknown) {
    super(`${argument}: ${shown(value)} is not a number. Give a number or a cell holding one.`);
  }
}

/** A date was needed. */
export class NotADateError extends CellInputError {
  override readonly name = "NotADateError";
  constructor(argument: string, value: unknown) {
    super(
      `${argument}: ${shown(value)} is not a date. Give a date cell, or text such as 09/03/2026.`
    );
  }
}

/** A date and time was needed (Awaab's Law's 24-hour clock). */
export class NotADateTimeError extends CellInputError {
  override readonly name = "NotADateTimeError";
  constructor(argument: string, value: unknown) {
    super(
      `${argument}: ${shown(value)} is not a date and time. Give a date-and-time cell, or text such as 24/10/2026 10:00.`
    );
  }
}

/** Two dates that go together are in the wrong order (acknowledged before received, an extension that extends nothing). */
export class DateOrderError extends CellInputError {
  override readonly name = "DateOrderError";
}

/** A word from a fixed list was needed (a kind, a polarity, a mark, Y/N). */
export class NotAChoiceError extends CellInputError {
  override readonly name = "NotAChoiceError";
  constructor(argument: string, value: unknown, choices: readonly string[]) {
    super(`${argument}: ${shown(value)} is not one of ${choices.join(", ")}.`);
  }
}

/** Two ranges that go together are not the same size, or a range is not a single row or column. */
export class RangeShapeError extends CellInputError {
  override readonly name = "RangeShapeError";
}

/**
 * An Excel data type Excel passed for a cell (functions.json lets `any` arguments take them) that has no
 * plain value to use: an error, a picture, a list, a card with no text (cells.ts, plainValue).
 */
export class DataTypeError extends CellInputError {
  override readonly name = "DataTypeError";
  constructor(argument: string, what: string, fix: string) {
    super(`${argument}: ${what}. ${fix}.`);
  }
}

/** A required argument is blank. */
export class MissingValueError extends CellInputError {
  override readonly name = "MissingValueError";
  constructor(argument: string, what: string) {
    super(`${argument} is blank: give ${what}.`);
  }
}

function shown(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  return String(value);
}

/**
 * Runs a function body and turns input errors (ours and the rules') into the #VALUE! error Excel shows
 * with its message. Anything else is a bug: it still reaches the cell as #VALUE!, saying so.
 */
export function inCell<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CellInputError || error instanceof RuleInputError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `The add-in could not work this out: ${detail}`
    );
  }
}
