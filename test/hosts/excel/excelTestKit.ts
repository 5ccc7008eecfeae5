import { ExcelHost, ExcelHostOptions } from "../../../src/hosts/excel/excelHost";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { RawCell, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { FakeExcel, FakeExcelOptions } from "./fakeExcel";
import { jsonBytes } from "./fakeProtocol";

/** An Excel host over a fake Excel holding `sheets`. */
export function hostOn(
  sheets: MemorySheet[],
  options: FakeExcelOptions & Omit<ExcelHostOptions, "run"> = {}
): { excel: FakeExcel; host: ExcelHost } {
  const excel = new FakeExcel(sheets, options);
  return { excel, host: new ExcelHost({ ...options, ...excel.hostOptions() }) };
}

/**
 * What the memory host reads from the same sheets: the snapshot the Excel host must match. A cell
 * cannot hold an empty text in Excel (writing "" empties it), so the memory host's "" cells are read as
 * empty (null) there; the readers take both as blank.
 */
export function memorySnapshot(sheets: MemorySheet[]): WorkbookSnapshot {
  return withoutEmptyTexts(new MemoryWorkbook(sheets).readSnapshot());
}

export function withoutEmptyTexts(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row) => row.map((cell) => (cell === "" ? null : cell))),
    })),
  };
}

/**
 * The snapshots are the same. Big ones are compared as JSON: jest's deep equality takes seconds on a
 * hundred thousand rows, and JSON keeps every value a snapshot can hold.
 */
export function expectSameSnapshot(actual: WorkbookSnapshot, expected: WorkbookSnapshot): void {
  const cells = expected.sheets.reduce((sum, sheet) => sum + sheet.values.length, 0);
  if (cells < 5_000) expect(actual).toEqual(expected);
  else expect(JSON.stringify(actual) === JSON.stringify(expected)).toBe(true);
}

/** Syncs a call makes, counted by the fake. */
export async function syncsOf(excel: FakeExcel, call: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await call();
  return excel.syncs - before;
}

const SERVICE_AREAS = [
  "Repairs and maintenance",
  "Voids and lettings",
  "Rent charging and recovery",
];

/** A long-layout KPI sheet of `rows` monthly figures (as officers keep them), plus its header row. */
export function kpiSheet(name: string, rows: number): MemorySheet {
  const cells: RawCell[][] = [["Indicator", "Period", "Actual", "Target", "Unit", "Service area"]];
  for (let i = 0; i < rows; i++) {
    const area = SERVICE_AREAS[i % SERVICE_AREAS.length] ?? "";
    cells.push([
      `Indicator ${Math.floor(i / 12) + 1}`,
      `Month ${(i % 12) + 1}`,
      90 + (i % 10) / 2,
      95,
      "%",
      area,
    ]);
  }
  return { name, cells };
}

/** `sheetCount` KPI sheets sharing `totalRows` rows between them. */
export function kpiSheets(sheetCount: number, totalRows: number): MemorySheet[] {
  return Array.from({ length: sheetCount }, (_, i) => {
    const rows = Math.floor(totalRows / sheetCount) + (i < totalRows % sheetCount ? 1 : 0);
    return kpiSheet(`KPI ${i + 1}`, rows);
  });
}

/** Bytes Excel sends back for the sheets' used ranges: the JSON of values and number formats. */
export function payloadBytes(sheets: MemorySheet[]): number {
  const snapshot = memorySnapshot(sheets);
  return snapshot.sheets.reduce(
    (sum, sheet) =>
      sum +
      jsonBytes(sheet.values.map((row) => row.map((cell) => cell ?? ""))) +
      jsonBytes(sheet.numberFormats),
    0
  );
}
