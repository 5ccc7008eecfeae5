import { dayFromIso } from "../src/domain";

/**
 * The documented examples of the TOSP functions (the officer's guide, docs/guide.md) read as Excel
 * would, so every example is checked the way Excel would read it.
 */
const RANGE = /^\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/;

/**
 * Excel's reading of a formula's arguments: numbers, "text", TRUE/FALSE, 95% as 0.95, and a range
 * (B2:N2) from `ranges`, the cells the document describes.
 */
export function argumentsOf(formula: string, ranges: Record<string, unknown[][]> = {}): unknown[] {
  const inner = /^=TOSP\.[A-Z]+\((.*)\)$/.exec(formula)?.[1] ?? "";
  // Commas outside quotes separate arguments; an empty one (`, ,`) is left out, which Excel passes
  // to a custom function as null.
  const parts = inner === "" ? [] : (inner.match(/("[^"]*"|[^,])*(,|$)/g) ?? []).slice(0, -1);
  return parts.map((part) => {
    const text = part.replace(/,$/, "").trim();
    if (text === "") return null;
    if (text.startsWith('"')) return text.slice(1, -1);
    if (text === "TRUE" || text === "FALSE") return text === "TRUE";
    if (text.endsWith("%")) return Number(text.slice(0, -1)) / 100;
    if (RANGE.test(text)) {
      const cells = ranges[text.replace(/\$/g, "")];
      if (!cells) throw new Error(`${formula}: the test has no cells for ${text}`);
      return cells;
    }
    return Number(text);
  });
}

/**
 * The documented result as a value: TRUE/FALSE, a number, a date dd/mm/yyyy (a serial), a date and time
 * dd/mm/yyyy hh:mm (a serial with the time as its fraction), or text.
 */
export function expectedOf(result: string): unknown {
  const value = result.replace(/^`([^`]*)`.*$/, "$1");
  if (value === "TRUE" || value === "FALSE") return value === "TRUE";
  const date = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(value);
  if (date) {
    const day = dayFromIso(`${date[3]}-${date[2]}-${date[1]}`);
    return date[4] === undefined ? day : day + (Number(date[4]) * 60 + Number(date[5])) / 1440;
  }
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
