import { MemorySheet } from "../../../src/workbook/memorySheet";
import { CellArea } from "../../../src/workbook/plan";
import { isCellError } from "../../../src/workbook/snapshot";

/**
 * The state behind the fake Excel (fakeExcel.ts): sheets of cells as Excel holds them ("" for empty,
 * error values as their text, dates as serials), plus what the layout adds. Tests read it directly.
 */
export interface FakeCell {
  value: string | number | boolean;
  format: string;
  /** Set when Excel read a string value as a formula. */
  formula?: string;
}

export interface FakeTable {
  name: string;
  style: string;
  area: CellArea;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy?: string;
  title: string;
  data: CellArea;
  position?: { start: CellArea; end: CellArea };
}

export interface FakeValidation {
  area: CellArea;
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
}

export interface FakeConditionalFormat {
  area: CellArea;
  type: string;
  fill?: string;
  font?: string;
  /** CellValue: formula1 and operator; ContainsText: operator and text. */
  rule?: Record<string, string>;
}

export interface FakeSheet {
  name: string;
  /** Sparse rows of cells; a cell with only a format has value "". */
  rows: (FakeCell | undefined)[][];
  tables: FakeTable[];
  charts: FakeChart[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  frozenRows: number;
}

/** A formula Excel made from a string it was given as a value: tests assert there are none. */
export interface FakeFormula {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    rows: [],
    tables: [],
    charts: [],
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    frozenRows: 0,
  };
}

/** Sheets as Excel would hold the memory host's (its formats kept on empty cells too). */
export function sheetsFromMemory(sheets: MemorySheet[]): FakeSheet[] {
  return sheets.map((memory) => {
    const sheet = emptySheet(memory.name);
    const rowCount = Math.max(memory.cells.length, memory.formats?.length ?? 0);
    for (let r = 0; r < rowCount; r++) {
      const cells = memory.cells[r] ?? [];
      const formats = memory.formats?.[r] ?? [];
      for (let c = 0; c < Math.max(cells.length, formats.length); c++) {
        const raw = cells[c] ?? null;
        const format = formats[c];
        if (raw === null && format === undefined) continue;
        const value = raw === null ? "" : isCellError(raw) ? raw.error : raw;
        cellOf(sheet, r, c).value = value;
        if (format !== undefined) cellOf(sheet, r, c).format = format;
      }
    }
    return sheet;
  });
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.rows[row]?.[column];
}

/** The cell, made if it was never touched. */
export function cellOf(sheet: FakeSheet, row: number, column: number): FakeCell {
  const cells = (sheet.rows[row] ??= []);
  return (cells[column] ??= { value: "", format: "General" });
}

/** The used range counting values only (`getUsedRangeOrNullObject(true)`); null for an empty sheet. */
export function usedArea(sheet: FakeSheet): CellArea | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (cell === undefined || cell.value === "") return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    })
  );
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function valuesIn(sheet: FakeSheet, area: CellArea): (string | number | boolean)[][] {
  return grid(area, (r, c) => cellAt(sheet, r, c)?.value ?? "");
}

export function formatsIn(sheet: FakeSheet, area: CellArea): string[][] {
  return grid(area, (r, c) => cellAt(sheet, r, c)?.format ?? "General");
}

function grid<T>(area: CellArea, at: (row: number, column: number) => T): T[][] {
  return Array.from({ length: area.rowCount }, (_, r) =>
    Array.from({ length: area.columnCount }, (_, c) => at(area.row + r, area.column + c))
  );
}

export function overlaps(a: CellArea, b: CellArea): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** Everything about the sheets as one comparable value: "nothing changed" is an equality. */
export function fingerprint(sheets: FakeSheet[]): string {
  return JSON.stringify(sheets, (_, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value === undefined ? null : value
  );
}
