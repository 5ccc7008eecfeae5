import { DATE_FORMAT, WritePlan, WriteValue } from "../../workbook/plan";
import { RawCell, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";

/**
 * A workbook as plain arrays, for tests and the browser end-to-end run (DESIGN.md). Reads a snapshot
 * and applies a plan exactly as the Excel and .xlsx hosts do, with no Office and no files.
 */
export interface MemorySheet {
  name: string;
  /** Row-major cells from A1. */
  cells: RawCell[][];
  /** Number formats, same shape (missing = General). */
  formats?: (string | undefined)[][];
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[];

  constructor(sheets: MemorySheet[]) {
    this.sheets = sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => [...row]),
      formats: sheet.formats?.map((row) => [...row]),
    }));
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The used range of every sheet: from A1 to the last row and column holding anything. */
  readSnapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map(snapshotOf) };
  }

  /** Applies a plan: creates sheets, writes values (dates as serials with a UK date format). */
  applyPlan(plan: WritePlan): void {
    for (const sheetPlan of plan.sheets) {
      let sheet = this.sheet(sheetPlan.sheet);
      if (!sheet) {
        if (!sheetPlan.create)
          throw new Error(`The plan writes to a sheet that does not exist: ${sheetPlan.sheet}`);
        sheet = { name: sheetPlan.sheet, cells: [], formats: [] };
        this.sheets.push(sheet);
      }
      for (const write of sheetPlan.writes) setCell(sheet, write.row, write.column, write.value);
    }
  }
}

function setCell(sheet: MemorySheet, row: number, column: number, value: WriteValue): void {
  sheet.formats ??= [];
  while (sheet.cells.length <= row) sheet.cells.push([]);
  while (sheet.formats.length <= row) sheet.formats.push([]);
  const cells = sheet.cells[row] as RawCell[];
  const formats = sheet.formats[row] as (string | undefined)[];
  while (cells.length <= column) cells.push(null);
  switch (value.kind) {
    case "blank":
      cells[column] = null;
      break;
    case "text":
      cells[column] = value.text; // always a string: never read as a formula
      break;
    case "number":
      cells[column] = value.value;
      if (value.format) formats[column] = value.format;
      break;
    case "date":
      cells[column] = value.day;
      formats[column] = value.format ?? DATE_FORMAT;
      break;
  }
}

function snapshotOf(sheet: MemorySheet): SheetSnapshot {
  let lastRow = -1;
  let lastColumn = -1;
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && cell !== undefined && cell !== "") {
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, c);
      }
    })
  );
  const values = Array.from({ length: lastRow + 1 }, (_, r) =>
    Array.from({ length: lastColumn + 1 }, (_, c) => sheet.cells[r]?.[c] ?? null)
  );
  const numberFormats = Array.from({ length: lastRow + 1 }, (_, r) =>
    Array.from({ length: lastColumn + 1 }, (_, c) => sheet.formats?.[r]?.[c] ?? "General")
  );
  return { name: sheet.name, origin: { row: 0, column: 0 }, values, numberFormats };
}
