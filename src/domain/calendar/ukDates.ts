import { UTCDate } from "@date-fns/utc";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { Day, dayOf, partsOf } from "./days";

/** The shapes of date text parseUkDate reads, each with the date-fns pattern it is parsed by. */
const PATTERNS: { shape: RegExp; format: string }[] = [
  { shape: /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/, format: "d/M/yyyy" },
  { shape: /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/, format: "d/M/yy" },
  { shape: /^\d{4}-\d{1,2}-\d{1,2}$/, format: "yyyy-M-d" },
  { shape: /^\d{1,2} [a-z]{3} \d{4}$/i, format: "d MMM yyyy" },
  { shape: /^\d{1,2} [a-z]{4,9} \d{4}$/i, format: "d MMMM yyyy" },
  { shape: /^\d{1,2} [a-z]{3} \d{2}$/i, format: "d MMM yy" },
];

/**
 * What date-fns fills in from: a two-digit year is the one within 50 years of 2000 (`9/3/26` is 2026,
 * `9/3/75` is 1975).
 */
const REFERENCE = new UTCDate(2000, 0, 1);

/**
 * Dates typed as text, in UK order (docs/workbook.md): `09/03/2026`, `9/3/26`, `9 Mar 2026`,
 * `9 March 2026`, `2026-03-09`. Text never reads as US order: `03/09/2026` is 3 September.
 * Parsing is date-fns's; the shape of the text picks the one pattern to try.
 */
export function parseUkDate(text: string): Day | undefined {
  const tidy = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^(\d{1,2})(st|nd|rd|th)\b/i, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/,/g, "");
  const pattern = PATTERNS.find((p) => p.shape.test(tidy));
  if (!pattern) return undefined;
  const date = parse(
    tidy.replace(/[.-]/g, pattern.format.includes("-") ? "-" : "/"),
    pattern.format,
    REFERENCE
  );
  if (!isValid(date)) return undefined;
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The shapes of month text parseMonthText reads, each with the date-fns pattern it is parsed by. */
const MONTH_PATTERNS: { shape: RegExp; format: string }[] = [
  { shape: /^[a-z]{3}[ -]\d{2}$/i, format: "MMM yy" },
  { shape: /^[a-z]{3}[ -]\d{4}$/i, format: "MMM yyyy" },
  { shape: /^[a-z]{4,9}[ -]\d{2}$/i, format: "MMMM yy" },
  { shape: /^[a-z]{4,9}[ -]\d{4}$/i, format: "MMMM yyyy" },
  { shape: /^\d{4}-\d{1,2}$/, format: "yyyy-M" },
  { shape: /^\d{1,2}\/\d{4}$/, format: "M/yyyy" },
];

/**
 * Month periods as text (docs/workbook.md): `Mar-26`, `Mar 26`, `March 2026`, `Mar 2026`, `2026-03`,
 * `03/2026`, or a whole date (its month). Gives the first day of the month.
 */
export function parseMonthText(text: string): Day | undefined {
  const tidy = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\bsept\b/i, "Sep");
  const pattern = MONTH_PATTERNS.find((p) => p.shape.test(tidy));
  if (!pattern) {
    const day = parseUkDate(tidy);
    return day === undefined ? undefined : firstOfMonth(day);
  }
  const date = parse(
    pattern.format.startsWith("MMM") ? tidy.replace("-", " ") : tidy,
    pattern.format,
    REFERENCE
  );
  if (!isValid(date)) return undefined;
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The first day of the month `serial` falls in. */
export function firstOfMonth(serial: Day): Day {
  const { year, month } = partsOf(serial);
  return dayOf(year, month, 1);
}
