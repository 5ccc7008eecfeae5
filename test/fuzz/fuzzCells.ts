import fc from "fast-check";
import { dayFromIso } from "../../src/domain/calendar/days";
import { KNOWN_INDICATORS } from "../../src/domain/kpi/catalogue";
import { ColumnDefinition } from "../../src/workbook/definition";
import { SETTING_ROWS } from "../../src/workbook/readers/settings";
import { RawCell } from "../../src/workbook/snapshot";

/**
 * Random cells for the fuzz tests, of every sort a host can hand over: numbers, date serials with date
 * formats, percentages, text with `=`, unicode, non-breaking spaces, UK date text, Excel errors,
 * booleans and blanks — and, for a column the definitions know, mostly the sort of thing officers put
 * in it, so that random rows often read as records and reach the rules.
 */

/** A cell as a host reads it: its value and its number format. */
export interface FuzzCell {
  value: RawCell;
  format: string;
}

export const GENERAL = "General";
const DATE_FORMATS = ["dd/mm/yyyy", "d-mmm-yy", "mmm-yy", "yyyy-mm-dd", "[$-809]dd mmmm yyyy"];
const OTHER_FORMATS = ["0.00", "#,##0", "@", "0.0%", "0%", "hh:mm", '"£"#,##0;[Red]-"£"#,##0'];
const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];

export const cellOf = (value: RawCell, format = GENERAL): FuzzCell => ({ value, format });
export const BLANK = cellOf(null);

const PEOPLE = ["Pat Jones", "pat  jones", "Amir Khan", "Sam Lee", "Ünïcødé Ñame", "名前", "=A1"];
const INDICATORS = [
  ...KNOWN_INDICATORS.slice(0, 12).map((known) => known.name),
  "Rent collected",
  "Unknown measure",
  "Overall satisfaction (%)",
];
const NUMBER_TEXT = [
  "95.2%",
  "140%",
  "£12,300",
  "1,234",
  "(12)",
  " 1 234 ",
  "\u00a012\u00a0",
  "n/a",
  "—",
];
const DATE_TEXT = [
  "09/03/2026",
  "9/3/26",
  "9 Mar 2026",
  "9th March 2026",
  "2026-03-09",
  "31/02/2026",
  "29/02/1900",
  "01/01/0099",
  "03/09/2026",
  "01/09",
];
const MONTH_TEXT = ["Apr-26", "May 2026", "2026-03", "June 2026", "Mar 26", "13/2026", "Sept 26"];
const ODD_TEXT = [
  "=SUM(A1:A3)",
  '=HYPERLINK("http://example.com","x")',
  "=",
  "'quoted",
  "😀",
  "\u200b",
  "\n",
  "Line one\nLine two",
  "2026/27",
  "0000",
  "9999/00",
  "5%",
  "-5%",
  "Responsive: TP01",
  "No longer triggered at the scan of 01/01/2026. Earlier evidence: x",
  "Damp and mould",
];

const anyText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...PEOPLE, ...INDICATORS, ...NUMBER_TEXT, ...DATE_TEXT, ...ODD_TEXT),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) }
);

/** Serials a panel's dates fall in, and some that no panel's would (1900, 9999, 0, negative). */
export const serial = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: dayFromIso("2024-01-01"), max: dayFromIso("2027-12-31") }),
  },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 70 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_958_400, max: 2_958_500 }) }
);

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 200 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.952, 1.4, -0, 1e300, -1e300, 5e-324) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) }
);

const numberCell = fc
  .tuple(number, fc.constantFrom(GENERAL, ...OTHER_FORMATS))
  .map(([n, format]) => cellOf(n, format));

export const dateCell = fc
  .tuple(serial, fc.constantFrom(...DATE_FORMATS), fc.boolean())
  .map(([day, format, withTime]) => cellOf(withTime ? day + 0.5 : day, format));

const textCell = (words: readonly string[]) => fc.constantFrom(...words).map((w) => cellOf(w));

/** Any cell at all. */
export const fuzzCell: fc.Arbitrary<FuzzCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(BLANK) },
  { weight: 5, arbitrary: anyText.map((text) => cellOf(text)) },
  { weight: 3, arbitrary: numberCell },
  { weight: 3, arbitrary: dateCell },
  { weight: 1, arbitrary: serial.map((day) => cellOf(day)) },
  {
    weight: 1,
    arbitrary: fc.double({ min: 0, max: 2, noNaN: true }).map((f) => cellOf(f, "0.0%")),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => cellOf({ error })) },
  { weight: 1, arbitrary: fc.boolean().map((b) => cellOf(b)) }
);

const YES_NO = ["Y", "N", "Yes", "no", "TRUE", "y ", "maybe"];

/** What officers put in a column of the kind the definition gives, with odd values now and then. */
function typedCell(column: ColumnDefinition): fc.Arbitrary<FuzzCell> {
  const listed = column.list ? [...column.list, ...column.list.map((w) => w.toUpperCase())] : [];
  switch (column.kind) {
    case "date":
      return fc.oneof(dateCell, textCell(DATE_TEXT));
    case "month":
      return fc.oneof(dateCell, textCell(MONTH_TEXT));
    case "number":
    case "percent":
      return fc.oneof(numberCell, textCell(NUMBER_TEXT));
    case "yesNo":
      return textCell(YES_NO);
    case "choice":
      return listed.length > 0 ? textCell([...listed, "other"]) : anyText.map((t) => cellOf(t));
    default:
      if (column.key === "indicator") return textCell(INDICATORS);
      if (column.key === "name" || column.key === "member") return textCell(PEOPLE);
      if (column.key === "panelYear")
        return fc.oneof(
          textCell(["2026/27", "2025-26", "2026 / 2027", "2026", "26/27", "0000", "9999/00"]),
          fc.integer({ min: 2023, max: 2028 }).map((year) => cellOf(year))
        );
      if (column.key === "setting") return textCell(SETTING_ROWS.map((row) => row.label));
      return anyText.map((t) => cellOf(t));
  }
}

/** A cell in a column headed by a definition's column (mostly typed), or by a meeting date or month. */
export function cellUnder(
  column: ColumnDefinition | "mark" | "figure" | undefined
): fc.Arbitrary<FuzzCell> {
  const typed =
    column === "mark"
      ? textCell(["P", "A", "R", "-", "p", " A ", "X"])
      : column === "figure"
        ? numberCell
        : column === undefined
          ? fuzzCell
          : typedCell(column);
  return fc.oneof(
    { weight: 6, arbitrary: typed },
    { weight: 1, arbitrary: fc.constant(BLANK) },
    { weight: 1, arbitrary: fuzzCell }
  );
}
