import { RuleInputError } from "../errors";
import { Tolerance } from "./status";
import { Polarity } from "./types";

const POLARITY_WORDS: Record<string, Polarity> = {
  "higher is better": "higher",
  higher: "higher",
  high: "higher",
  "↑": "higher",
  up: "higher",
  "lower is better": "lower",
  lower: "lower",
  low: "lower",
  "↓": "lower",
  down: "lower",
  "context only": "context",
  context: "context",
};

/** Reads a Polarity cell (docs/workbook.md): `Higher is better`/`Higher`/`↑`, `Lower is better`/`Lower`/`↓`, `Context only`. */
export function parsePolarity(text: string): Polarity | undefined {
  return POLARITY_WORDS[text.trim().toLowerCase().replace(/\s+/g, " ")];
}

export function polarityLabel(polarity: Polarity): string {
  return polarity === "higher"
    ? "Higher is better"
    : polarity === "lower"
      ? "Lower is better"
      : "Context only";
}

/**
 * Reads a tolerance (docs/workbook.md): a number in the target's unit, or a percentage of the target when
 * written with `%` (`5%`).
 */
export function parseTolerance(value: number | string): Tolerance {
  if (typeof value === "number") {
    if (value >= 0) return { kind: "absolute", value };
    throw new RuleInputError(`A tolerance cannot be negative; got ${value}. Give 0 or more.`);
  }
  const text = value.trim();
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!match) {
    throw new RuleInputError(
      `"${text}" is not a tolerance: give a number in the target's unit, or a percentage of the target such as 5%.`
    );
  }
  const amount = Number(match[1]);
  return match[2] === "%"
    ? { kind: "percentOfTarget", value: amount }
    : { kind: "absolute", value: amount };
}
