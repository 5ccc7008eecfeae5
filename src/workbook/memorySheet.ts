import { RawCell, SheetSnapshot } from "./snapshot";

/**
 * A sheet as plain arrays: the sample workbook (src/demo/) is made of these, the memory host
 * (src/hosts/memory/) holds them, and the .xlsx host can write them into a new package.
 */
export interface MemorySheet {
  name: string;
  /** Row-major cells from A1. */
  cells: RawCell[][];
  /** Number formats, same shape (missing = General). */
  formats?: (string | undefined)[][];
}

/**
 * A sheet's snapshot as a host reads it: its used range, from A1 to the last row and column holding
 * anything, with every format (a missing one is `General`).
 */
export function snapshotOfMemorySheet(sheet: MemorySheet): SheetSnapshot {
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
