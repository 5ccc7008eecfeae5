import fc from "fast-check";
import { dayFromIso } from "../../src/domain/calendar/days";
import {
  ColumnDefinition,
  findsSheet,
  headersOf,
  SheetDefinition,
} from "../../src/workbook/definition";
import { ATTENDANCE, KPI, KPI_STATUS, SUMMARY } from "../../src/workbook/sheets";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { REGISTERS } from "./registers";
import { BLANK, cellOf, cellUnder, dateCell, fuzzCell, FuzzCell, serial } from "./fuzzCells";

/**
 * Random workbooks for the fuzz tests: sheets named as officers name them (real names, aliases, odd
 * spellings, KPI sheets, anything), header rows drawn from the real headers (re-cased, with units, line
 * breaks, merged cells, some missing, some doubled), titles above them, and rows of cells below.
 */

/** What a header cell heads: a defined column, a meeting date (marks below), a month (figures below), or nothing known. */
type Meaning = ColumnDefinition | "mark" | "figure" | undefined;

interface HeaderCell {
  cell: FuzzCell;
  meaning: Meaning;
}

interface SheetKind {
  names: fc.Arbitrary<string>;
  definition?: SheetDefinition;
  /** Keys of the columns this kind of sheet nearly always has. */
  usual: readonly string[];
  /** Headers beyond the definition's: meeting dates on Attendance, months on a wide KPI sheet. */
  extra?: fc.Arbitrary<HeaderCell>;
}

const KPI_SHEET_NAMES = ["KPI - Rent", "Rent KPIs", "TSM", "Repairs", "KPI's (Q1)", "Sheet1"];

const namesOf = (definition: SheetDefinition): string[] => [
  definition.name,
  ...(definition.aliases ?? []),
];

/** A name as officers spell it: case, spaces, `_` and `-` changed, which still finds the sheet. */
const respelled = (name: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    name,
    name.toUpperCase(),
    name.toLowerCase(),
    `${name}_`,
    name.replace(/ /g, "-"),
    ` ${name}`
  );

/** A header as officers write it: re-cased, with a unit, a line break, non-breaking spaces. */
const headerText = (header: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    header,
    header,
    header,
    header.toUpperCase(),
    `${header} (%)`,
    header.replace(" ", "\n"),
    `\u00a0${header} `
  );

const headerOf = (column: ColumnDefinition): fc.Arbitrary<HeaderCell> =>
  fc
    .constantFrom(...headersOf(column))
    .chain(headerText)
    .map((text) => ({ cell: cellOf(text), meaning: column }));

const meetingHeader: fc.Arbitrary<HeaderCell> = fc.oneof(
  { weight: 4, arbitrary: dateCell.map((cell) => ({ cell, meaning: "mark" as const })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("09/03/2026", "10 Mar 2026", "2026-04-14", "31/02/2026", "Notes", "14/04")
      .map((text) => ({ cell: cellOf(text), meaning: "mark" as const })),
  }
);

const monthHeader: fc.Arbitrary<HeaderCell> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 36 }).map((n) => ({
      cell: cellOf(dayFromIso("2024-04-01") + n * 30.5, "mmm-yy"),
      meaning: "figure" as const,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom("Apr-26", "May 2026", "2026-03", "June 2026", "Mar 26", "Jul-26", "13-26")
      .map((text) => ({ cell: cellOf(text), meaning: "figure" as const })),
  },
  { weight: 1, arbitrary: serial.map((day) => ({ cell: cellOf(day), meaning: "figure" as const })) }
);

const junkHeader: fc.Arbitrary<HeaderCell> = fuzzCell.map((cell) => ({ cell, meaning: undefined }));

const registerKind = (
  definition: SheetDefinition,
  extra?: fc.Arbitrary<HeaderCell>
): SheetKind => ({
  names: fc.constantFrom(...namesOf(definition)).chain(respelled),
  definition,
  usual: definition.columns.filter((c) => c.required).map((c) => c.key),
  extra,
});

const REGISTER_NAMES = REGISTERS.flatMap(namesOf);

/** Header cells beyond a definition's: meeting dates on Attendance, anything on the Summary. */
const EXTRA_HEADERS: Record<string, fc.Arbitrary<HeaderCell>> = {
  [ATTENDANCE.key]: meetingHeader,
  [SUMMARY.key]: junkHeader,
};

const KINDS: SheetKind[] = [
  ...REGISTERS.map((definition) => registerKind(definition, EXTRA_HEADERS[definition.key])),
  {
    names: fc.constantFrom(...KPI_SHEET_NAMES),
    definition: KPI,
    usual: ["indicator", "period", "actual", "target"],
  },
  {
    names: fc.constantFrom(...KPI_SHEET_NAMES),
    definition: KPI,
    usual: ["indicator", "target"],
    extra: monthHeader,
  },
  {
    names: fc.oneof(
      fc.constantFrom(...REGISTER_NAMES, ...KPI_SHEET_NAMES),
      fc.string({ minLength: 1, maxLength: 31 })
    ),
    usual: [],
    extra: junkHeader,
  },
];

/** The header row: the usual columns (now and then one left out), some others, extras, in any order. */
function headerRowOf(kind: SheetKind): fc.Arbitrary<HeaderCell[]> {
  const columns = kind.definition?.columns ?? [];
  const usual = columns.filter((c) => kind.usual.includes(c.key));
  const others = columns.filter((c) => !kind.usual.includes(c.key));
  return fc
    .tuple(
      fc.tuple(...usual.map((c) => fc.option(headerOf(c), { freq: 12, nil: undefined }))),
      others.length > 0
        ? fc.subarray(others, { maxLength: Math.min(6, others.length) })
        : fc.constant([]),
      fc.array(kind.extra ?? junkHeader, { maxLength: kind.extra ? 6 : 1 }),
      fc.array(junkHeader, { maxLength: 1 }),
      // A header written twice (a copied column) now and then.
      fc.option(fc.constantFrom(...(columns.length > 0 ? columns : [undefined])), { freq: 8 })
    )
    .chain(([found, picked, extras, junk, twice]) =>
      fc
        .tuple(...picked.map(headerOf), twice ? headerOf(twice) : fc.constant(undefined))
        .map((headers) => [
          ...found.filter((h): h is HeaderCell => h !== undefined),
          ...headers.filter((h): h is HeaderCell => h !== undefined),
          ...extras,
          ...junk,
        ])
    )
    .chain((headers) =>
      fc.shuffledSubarray(headers, { minLength: headers.length, maxLength: headers.length })
    );
}

/**
 * Where the used range starts: A1, near it, or at the far edges (row 1,048,001, column XFA), which
 * tests three-letter columns and big row numbers. The add-in's whole sheets (KPI status, Summary) are
 * rewritten from A1 down to the end of their used range, so one starting at row 1,048,001 costs a
 * million rows of work a scan: they stay near A1 (a cost, not a crash).
 */
const originOf = (name: string) =>
  fc.record({
    row:
      findsSheet(KPI_STATUS, name) || findsSheet(SUMMARY, name)
        ? fc.oneof(fc.constant(0), fc.nat(30))
        : fc.oneof(fc.constant(0), fc.nat(30), fc.constant(1_048_000)),
    column: fc.oneof(fc.constant(0), fc.nat(8), fc.constant(16_360)),
  });

const title = fc.constantFrom(
  "Tenants' Overview and Scrutiny Panel",
  "Members 2026/27 (updated monthly)",
  "Rent KPIs"
);

/** A data row under the headers, sometimes shorter (hosts may hand over ragged rows), sometimes with cells past the last header. */
const dataRowOf = (headers: HeaderCell[]): fc.Arbitrary<FuzzCell[]> =>
  fc
    .tuple(
      fc.tuple(...headers.map((h) => cellUnder(h.meaning))),
      fc.array(fuzzCell, { maxLength: 2 }),
      fc.nat(headers.length + 2)
    )
    .map(([cells, beyond, cut]) => [...cells, ...beyond].slice(0, cut === 0 ? undefined : cut));

/** A merged header cell is its value in its first cell and blanks in the others. */
function merged(header: FuzzCell[], at: number, span: number): FuzzCell[] {
  return header.flatMap((cell, i) =>
    i === at ? [cell, ...Array<FuzzCell>(span).fill(BLANK)] : [cell]
  );
}

interface FuzzSheet {
  name: string;
  origin: { row: number; column: number };
  rows: FuzzCell[][];
  withFormats: boolean;
}

const sheetOf = (kind: SheetKind): fc.Arbitrary<FuzzSheet> =>
  fc
    .record({
      name: kind.names,
      titles: fc.array(
        title.map((text) => [cellOf(text)]),
        { maxLength: 2 }
      ),
      header: headerRowOf(kind),
      mergedAt: fc.nat(12),
      mergedSpan: fc.nat(2),
      withFormats: fc.boolean(),
    })
    .chain((sheet) =>
      fc
        .tuple(originOf(sheet.name), fc.array(dataRowOf(sheet.header), { maxLength: 12 }))
        .map(([origin, data]) => ({
          name: sheet.name,
          origin,
          withFormats: sheet.withFormats,
          // Merging a header cell shifts the columns after it, with their data rows: merge both alike.
          rows: [
            ...sheet.titles,
            ...[sheet.header.map((h) => h.cell), ...data].map((row) =>
              merged(row, sheet.mergedAt, sheet.mergedSpan)
            ),
          ],
        }))
    );

function snapshotSheet(sheet: FuzzSheet): SheetSnapshot {
  const values = sheet.rows.map((row) => row.map((cell) => cell.value));
  if (!sheet.withFormats) return { name: sheet.name, origin: sheet.origin, values };
  return {
    name: sheet.name,
    origin: sheet.origin,
    values,
    numberFormats: sheet.rows.map((row) => row.map((cell) => cell.format)),
  };
}

/** Excel's rule: no two sheets share a name, ignoring case. */
export const fuzzSnapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(fc.constantFrom(...KINDS).chain(sheetOf), {
    maxLength: 7,
    selector: (sheet) => sheet.name.toLowerCase(),
  })
  .map((sheets) => ({ sheets: sheets.map(snapshotSheet) }));

/** "Today" for a scan: a day the panel might run it. */
export const fuzzAsOf = fc.integer({
  min: dayFromIso("2024-01-01"),
  max: dayFromIso("2028-12-31"),
});
