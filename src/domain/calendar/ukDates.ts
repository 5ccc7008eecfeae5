import { UTCDate } from "@date-fns/utc";
import { isValid, parse } from "date-fns";
import { Day, dayOf } from "./days";

/**
 * Dates typed as text, in UK order (WORKBOOK.md): `09/03/2026`, `9/3/26`, `9 Mar 2026`,
 * `9 March 2026`, `2026-03-09`. Text never reads as US order: `03/09/2026` is 3 September.
 * Parsing is date-fns's; the shape of the text picks the one pattern to try.
 */
const PATTERNS: { shape: RegExp; format: string }[] = [
  { shape: /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/, format: "d/M/yyyy" },
  { shape: /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/, format: "d/M/yy" },
  { shape: /^\d{4}-\d{1,2}-\d{1,2}$/, format: "yyyy-M-d" },
  { shape: /^\d{1,2} [a-z]{3} \d{4}$/i, format: "d MMM yyyy" },
  { shape: /^\d{1,2} [a-z]{4,9} \d{4}$/i, format: "d MMMM yyyy" },
  { shape: /^\d{1,2} [a-z]{3} \d{2}$/i, format: "d MMM yy" },
];

/** Dates before the 1900s or after 9999 are not a panel's. */
const REFERENCE = new UTCDate(2000, 0, 1);

export function parseUkDate(text: string): Day | undefined {
  const tidy = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^(\d{1,2})(st|nd|rd|th)\b/i, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/,/g, "");
  const pattern = PATTERNS.find((p) => p.shape.test(tidy));
  if (!pattern) return undefined;
  const date = parse(tidy.replace(/[.-]/g, pattern.format.includes("-") ? "-" : "/"), pattern.format, REFERENCE);
  if (!isValid(date)) return undefined;
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
