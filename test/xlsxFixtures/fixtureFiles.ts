import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import JSZip from "jszip";
import { dayFromIso, formatMonth, formatUkDate } from "../../src/domain/calendar/days";
import { scan, ScanResult } from "../../src/engine/scan";
import { applyPlan, readXlsx, saveXlsx } from "../../src/hosts/xlsx";

/**
 * The committed .xlsx fixtures of test/fixtures/xlsx/, made by `node scripts/makeXlsxFixtures.js`
 * (regenerate them with it after changing it), and what the tests here do with them: read with the
 * .xlsx host, scan as at 23/11/2026 (docs/rules.md's worked example), apply the plan, save, read back.
 */
export const FIXTURES_FOLDER = join(__dirname, "..", "fixtures", "xlsx");
export const FIXTURE_NAMES = ["worked-examples.xlsx", "messy.xlsx"] as const;
export const AS_OF = dayFromIso("2026-11-23");

export function fixturePath(name: string): string {
  return join(FIXTURES_FOLDER, name);
}

export function tempFolder(): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), "tosp-xlsx-fixtures-"));
}

export async function removeFolder(folder: string): Promise<void> {
  await fs.rm(folder, { recursive: true, force: true });
}

export interface ScannedFixture {
  /** The scan of the fixture as committed. */
  result: ScanResult;
  /** Where the scanned workbook was saved. */
  output: string;
  /** The saved workbook, read back from the file. */
  saved: Workbook;
  /** A second scan, of the saved workbook. */
  rescan: ScanResult;
}

/** Reads a fixture, scans it, applies the plan, saves it into `folder` and reads the saved file back. */
export async function scanFixture(name: string, folder: string): Promise<ScannedFixture> {
  const { workbook, snapshot } = await readXlsx(fixturePath(name));
  const result = scan(snapshot, { asOf: AS_OF });
  applyPlan(workbook, result.plan);
  const output = join(folder, name.replace(/\.xlsx$/, ".scanned.xlsx"));
  await saveXlsx(workbook, output);
  const reread = await readXlsx(output);
  return {
    result,
    output,
    saved: await readWithExceljs(output),
    rescan: scan(reread.snapshot, { asOf: AS_OF }),
  };
}

/** Reads an .xlsx file with exceljs alone (not through the host under test). */
export async function readWithExceljs(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name} in the workbook`);
  return sheet;
}

export type Shown = string | number | boolean | null;

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A cell as a panel member reads it: text and numbers as they are, a date as `dd/mm/yyyy` (or
 * `Oct 2026` when its format shows no day), an error as its code, a formula as its result.
 */
export function shown(cell: Cell): Shown {
  return shownValue(cell.value, cell.numFmt);
}

function shownValue(value: CellValue, numFmt: string | undefined): Shown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const serial = Math.round((value.getTime() - EPOCH_MS) / MS_PER_DAY);
    return /d/i.test(numFmt ?? "") ? formatUkDate(serial) : formatMonth(serial);
  }
  if (typeof value === "object") {
    if ("error" in value) return value.error;
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value)
      return shownValue((value.result ?? null) as CellValue, numFmt);
    return JSON.stringify(value);
  }
  return value;
}

/** The cells of a block, row by row (1-based, inclusive), as shown. */
export function block(
  sheet: Worksheet,
  rows: [number, number],
  columns: [number, number]
): Shown[][] {
  const out: Shown[][] = [];
  for (let r = rows[0]; r <= rows[1]; r++) {
    const row: Shown[] = [];
    for (let c = columns[0]; c <= columns[1]; c++) row.push(shown(sheet.getCell(r, c)));
    out.push(row);
  }
  return out;
}

/** The 1-based column headed `header` in a row (exact text), or undefined. */
export function columnHeaded(sheet: Worksheet, row: number, header: string): number | undefined {
  for (let c = 1; c <= sheet.columnCount; c++) {
    if (sheet.getCell(row, c).value === header) return c;
  }
  return undefined;
}

/** The used rows of a sheet the add-in keeps, from its header row down, as shown. */
export function keptSheetRows(sheet: Worksheet): Shown[][] {
  return block(sheet, [1, sheet.rowCount], [1, sheet.columnCount]);
}

/** A formula cell as stored in the file: its formula, its cached value and the value's type. */
export interface StoredFormula {
  formula: string;
  type: string | null;
  cached: string | null;
}

/**
 * Every formula cell of every sheet of an .xlsx file, read from the sheet XML itself: what Excel shows
 * before it recalculates is the cached value, so a save must keep it exactly (exceljs's reading of it is
 * lossy, so it is checked here rather than through exceljs). Sheet name → address → formula cell.
 */
export async function storedFormulas(
  path: string
): Promise<Map<string, Map<string, StoredFormula>>> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [
      attribute(m[0], "Id"),
      attribute(m[0], "Target"),
    ])
  );
  const sheets = new Map<string, Map<string, StoredFormula>>();
  for (const [tag] of workbookXml.matchAll(/<sheet [^>]*>/g)) {
    const target = targets.get(attribute(tag, "r:id")) ?? "";
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = await zip.file(part)!.async("string");
    const formulas = new Map<string, StoredFormula>();
    for (const [cell] of xml.matchAll(/<c [^>]*?(?:\/>|>.*?<\/c>)/gs)) {
      const formula = /<f(?: [^>]*?)?(?:\/>|>(.*?)<\/f>)/s.exec(cell);
      if (!formula) continue;
      const tag = /^<c [^>]*?\/?>/.exec(cell)?.[0] ?? "";
      formulas.set(attribute(tag, "r") ?? "", {
        formula: formula[1] === undefined ? "(shared)" : unescapeXml(formula[1]),
        type: attribute(tag, "t") ?? null,
        cached: /<v>(.*?)<\/v>/s.exec(cell)?.[1] ?? null,
      });
    }
    sheets.set(unescapeXml(attribute(tag, "name") ?? ""), formulas);
  }
  return sheets;
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
