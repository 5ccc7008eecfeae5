import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { dayFromIso, formatIsoDate } from "../../src/domain/calendar/days";
import { describeProblem, Problem } from "../../src/workbook/problems";
import { PanelWorkbook } from "../../src/workbook/readWorkbook";
import { RawCell, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * Golden fixtures for the workbook readers, in the style of Script Lab's parser tests: an input grid
 * (`<name>.input.json`) beside the records and problems the readers must give (`<name>.expected.json`).
 * See test/fixtures/readers/README.md.
 */
export const FIXTURES_DIR = path.join(__dirname, "..", "fixtures", "readers");

const INPUT_SUFFIX = ".input.json";
const EXPECTED_SUFFIX = ".expected.json";

/** The number formats the tagged cells stand for. */
export const FIXTURE_DATE_FORMAT = "dd/mm/yyyy";
export const FIXTURE_PERCENT_FORMAT = "0.0%";
const GENERAL = "General";

/**
 * A cell as a fixture writes it: a plain JSON value, or a tagged object standing for what a host reads
 * from Excel (a date serial with a date format, a percentage-formatted fraction, an error value, or a
 * number with an explicit format). `format` may be given on `date` and `percent` cells too.
 */
export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | { date: string; format?: string }
  | { percent: number; format?: string }
  | { number: number; format: string }
  | { error: string };

export interface FixtureSheet {
  name: string;
  /** Top-left cell of the used range, `A1` unless given (so addresses in problems can be checked off A1). */
  origin?: string;
  rows: FixtureCell[][];
}

export interface FixtureInput {
  /** What the fixture covers, for the reader of the file; not used by the test. */
  about?: string | string[];
  sheets: FixtureSheet[];
}

/** What an expected file holds: the relevant part of readWorkbook's workbook, and every problem as text. */
export interface Golden {
  records: Record<string, unknown>;
  problems: string[];
}

/** Names (without suffix) of every fixture with an input file, sorted. */
export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith(INPUT_SUFFIX))
    .map((file) => file.slice(0, -INPUT_SUFFIX.length))
    .sort();
}

/** Names of expected files that have no input beside them (left over after a rename). */
export function orphanExpectedFiles(): string[] {
  const inputs = new Set(fixtureNames());
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith(EXPECTED_SUFFIX))
    .map((file) => file.slice(0, -EXPECTED_SUFFIX.length))
    .filter((name) => !inputs.has(name));
}

export function inputPath(name: string): string {
  return path.join(FIXTURES_DIR, `${name}${INPUT_SUFFIX}`);
}

export function expectedPath(name: string): string {
  return path.join(FIXTURES_DIR, `${name}${EXPECTED_SUFFIX}`);
}

export function loadInput(name: string): FixtureInput {
  return JSON.parse(fs.readFileSync(inputPath(name), "utf8")) as FixtureInput;
}

export function loadExpected(name: string): Golden | undefined {
  const file = expectedPath(name);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Golden) : undefined;
}

/** Writes an expected file from the readers' output, formatted by the project's Prettier config. */
export function writeExpected(name: string, golden: Golden): void {
  const file = expectedPath(name);
  fs.writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
  const prettier = path.join(
    path.dirname(require.resolve("prettier/package.json")),
    "bin",
    "prettier.cjs"
  );
  execFileSync(process.execPath, [prettier, "--write", "--log-level", "warn", file]);
}

// ---------------------------------------------------------------------------------------------------
// Input: fixture → WorkbookSnapshot

/** `C3` → { row: 2, column: 2 }. */
export function originOf(address: string | undefined): { row: number; column: number } {
  if (address === undefined) return { row: 0, column: 0 };
  const match = /^([A-Z]{1,3})([1-9]\d*)$/.exec(address);
  if (!match)
    throw new Error(`A fixture's origin must be an A1 address such as C3; got ${address}`);
  const letters = match[1] as string;
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function onlyKeys(cell: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(cell).filter((key) => !allowed.includes(key));
  if (extra.length > 0)
    throw new Error(`${where}: unknown key ${extra.join(", ")} in ${JSON.stringify(cell)}`);
}

/** One fixture cell → the value and number format a host would read. Throws on a malformed fixture. */
export function rawCellOf(cell: FixtureCell, where: string): { value: RawCell; format: string } {
  if (cell === null || typeof cell === "string" || typeof cell === "boolean")
    return { value: cell, format: GENERAL };
  if (typeof cell === "number") return { value: cell, format: GENERAL };
  if (!isObject(cell)) throw new Error(`${where}: not a cell: ${JSON.stringify(cell)}`);
  if ("date" in cell) {
    onlyKeys(cell, ["date", "format"], where);
    return { value: dayFromIso(cell.date), format: cell.format ?? FIXTURE_DATE_FORMAT };
  }
  if ("percent" in cell) {
    onlyKeys(cell, ["percent", "format"], where);
    if (typeof cell.percent !== "number") throw new Error(`${where}: percent must be a number`);
    return { value: cell.percent, format: cell.format ?? FIXTURE_PERCENT_FORMAT };
  }
  if ("number" in cell) {
    onlyKeys(cell, ["number", "format"], where);
    if (typeof cell.number !== "number" || typeof cell.format !== "string")
      throw new Error(`${where}: {"number": …, "format": …} needs a number and a format`);
    return { value: cell.number, format: cell.format };
  }
  if ("error" in cell) {
    onlyKeys(cell, ["error"], where);
    if (typeof cell.error !== "string" || !cell.error.startsWith("#"))
      throw new Error(`${where}: an error must be written as Excel shows it, such as #N/A`);
    return { value: { error: cell.error }, format: GENERAL };
  }
  throw new Error(`${where}: unknown cell ${JSON.stringify(cell)}`);
}

function sheetSnapshotOf(sheet: FixtureSheet, fixture: string): SheetSnapshot {
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  sheet.rows.forEach((row, r) => {
    const read = row.map((cell, c) =>
      rawCellOf(cell, `${fixture}: sheet "${sheet.name}", row ${r + 1}, cell ${c + 1}`)
    );
    values.push(read.map((cell) => cell.value));
    numberFormats.push(read.map((cell) => cell.format));
  });
  return { name: sheet.name, origin: originOf(sheet.origin), values, numberFormats };
}

/** The snapshot a host would read from the fixture's workbook. */
export function snapshotOf(input: FixtureInput, fixture = "fixture"): WorkbookSnapshot {
  if (!Array.isArray(input.sheets)) throw new Error(`${fixture}: "sheets" must be a list`);
  return { sheets: input.sheets.map((sheet) => sheetSnapshotOf(sheet, fixture)) };
}

// ---------------------------------------------------------------------------------------------------
// Output: readWorkbook's result → Golden

/**
 * Fields of the records that hold a Day (an Excel serial). They are written as ISO dates in expected
 * files. Day is a plain number to the type checker, so this list is kept by hand: add a field here when a
 * record gains a date.
 */
export const DAY_FIELDS: ReadonlySet<string> = new Set([
  // MemberRecord
  "startDate",
  "termEnd",
  // AttendanceMeeting, attendance marks, MeetingRecord
  "date",
  "noticeSent",
  // ReviewRecord.dates
  "informationRequested",
  "alternativeDeadline",
  "informationReceived",
  "reportToTeamManager",
  "managerCommentsReceived",
  // RecommendationRecord
  "due",
  "implemented",
  // ComplaintRecord
  "received",
  "responded",
  "acknowledged",
  "extendedTo",
  "escalated",
  "stage2Acknowledged",
  "stage2ExtendedTo",
  "stage2Responded",
  // HazardRowRecord (Aware and Made safe are dates and times, written as serials)
  "investigationConcluded",
  "summarySent",
  "safetyWorkStarted",
  "preventativeWorkStarted",
  // KpiPeriodRecord
  "period",
  // TriggerRecord
  "firstFlagged",
  "lastUpdated",
]);

function withIsoDays(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withIsoDays(item));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIsoDays(v, k)]));
  }
  if (typeof value === "number" && key !== undefined && DAY_FIELDS.has(key)) {
    if (!Number.isInteger(value))
      throw new Error(`${key} holds ${value}, which is not a whole day`);
    return formatIsoDate(value);
  }
  return value;
}

/** Drops `layout` (grids and column maps) from a read table; a table left with only records becomes its records. */
function withoutLayout(value: unknown): unknown {
  if (!isObject(value)) return value;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== "layout"));
  const keys = Object.keys(rest);
  return keys.length === 1 && keys[0] === "records" ? rest.records : rest;
}

/**
 * The relevant part of readWorkbook's workbook: every sheet read (layouts dropped; a table's records
 * directly), the settings only when a Settings sheet was read, the KPI sheets when there are any. Sheet
 * names are the input's own and are left out. Days become ISO dates; undefined fields are dropped.
 */
export function goldenOf(result: { workbook: PanelWorkbook; problems: Problem[] }): Golden {
  const records: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result.workbook)) {
    if (value === undefined || key === "sheetNames" || key === "settingsSheet") continue;
    if (key === "settings" && result.workbook.settingsSheet === undefined) continue;
    if (key === "kpiSheets" && result.workbook.kpiSheets.length === 0) continue;
    records[key] = withoutLayout(value);
  }
  const golden: Golden = {
    records: withIsoDays(records) as Record<string, unknown>,
    problems: result.problems.map(describeProblem),
  };
  return JSON.parse(JSON.stringify(golden)) as Golden;
}
