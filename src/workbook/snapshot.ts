/**
 * What a host reads from a workbook, before any meaning is given to it: each sheet's used range as
 * values and number formats, and the workbook's defined names. Hosts fill this (Office.js, the .xlsx file, plain arrays); readers in this folder
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

/** A cell of a sheet, 0-based. */
export interface CellReference {
  sheet: string;
  row: number;
  column: number;
}

/**
 * A workbook-wide defined name, as the add-in's claims are kept (workbook/claims.ts). `refersTo` is the
 * cell it refers to (the top-left one of a range); it is absent when the name refers to no cell: `#REF!`
 * once its sheet or cells were deleted, a constant, a formula, another workbook. Names scoped to one
 * sheet are not read.
 */
export interface DefinedName {
  name: string;
  refersTo?: CellReference;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Every workbook-wide defined name; hosts that read none leave it out (then no sheet is claimed). */
  names?: DefinedName[];
}

export function isCellError(value: RawCell): value is CellErrorValue {
  return typeof value === "object" && value !== null;
}
