/**
 * What a host reads from a workbook, before any meaning is given to it: each sheet's used range as
 * values and number formats. Hosts fill this (Office.js, the .xlsx file, plain arrays); readers in this folder
 * turn it into typed records, once, in cells.ts.
 */

/** An Excel error value in a cell, such as `#N/A` or `#DIV/0!`. */
export interface CellErrorValue {
  error: string;
}

/** A cell as a host reads it. Dates are serial numbers, told apart by their number format. */
export type RawCell = string | number | boolean | null | CellErrorValue;

export interface SheetSnapshot {
  name: string;
  /** 0-based row and column, in the sheet, of values[0][0] (the top-left of the used range). */
  origin: { row: number; column: number };
  values: RawCell[][];
  /** Number formats, the same shape as values; missing rows or cells mean `General`. */
  numberFormats?: string[][];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(value: RawCell): value is CellErrorValue {
  return typeof value === "object" && value !== null;
}
