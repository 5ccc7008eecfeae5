/**
 * A rule was given input it cannot work with (membership of 0, more votes than people present…).
 * The message says what to fix, in the panel's words; hosts show it next to the cell it came from.
 * Only input errors use this; a programming error is a plain Error.
 */
export class RuleInputError extends Error {
  override readonly name = "RuleInputError";
}

/** Throws a RuleInputError unless `value` is a whole number not below `least`. */
export function requireWholeNumber(value: number, what: string, least = 0): void {
  if (!Number.isInteger(value) || value < least) {
    throw new RuleInputError(`${what} must be a whole number of at least ${least}; got ${value}.`);
  }
}
