import { Cell, Workbook } from "exceljs";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { FakeSheet } from "../hosts/excel/fakeWorkbook";

/**
 * What an officer would notice about a cell, as each host holds it: its value (a formula's result for
 * a formula), its formula, its number format and (in a file) its note. A workbook is its sheets in
 * order, each a map from "row,column" (0-based) to the cells that hold anything.
 */
export interface CellState {
  value: unknown;
  format: string;
  formula?: string;
  note?: unknown;
}

export interface SheetState {
  name: string;
  cells: Map<string, CellState>;
}

export const at = (row: number, column: number): string => `${row},${column}`;

export function positionOf(key: string): { row: number; column: number } {
  const [row, column] = key.split(",").map(Number);
  return { row: row ?? 0, column: column ?? 0 };
}

function isEmpty(state: CellState): boolean {
  return (
    (state.value === null || state.value === undefined || state.value === "") &&
    state.format === "General" &&
    state.formula === undefined &&
    state.note === undefined
  );
}

function put(cells: Map<string, CellState>, row: number, column: number, state: CellState): void {
  if (!isEmpty(state)) cells.set(at(row, column), state);
}

/** The memory host's sheets (values and number formats). */
export function memoryState(sheets: readonly MemorySheet[]): SheetState[] {
  return sheets.map((sheet) => {
    const cells = new Map<string, CellState>();
    const rows = Math.max(sheet.cells.length, sheet.formats?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const values = sheet.cells[r] ?? [];
      const formats = sheet.formats?.[r] ?? [];
      for (let c = 0; c < Math.max(values.length, formats.length); c++)
        put(cells, r, c, { value: values[c] ?? null, format: formats[c] ?? "General" });
    }
    return { name: sheet.name, cells };
  });
}

/** The fake Excel's sheets: values, number formats and formulas, copied. */
export function fakeState(sheets: readonly FakeSheet[]): SheetState[] {
  return sheets.map((sheet) => {
    const cells = new Map<string, CellState>();
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) put(cells, r, c, { ...cell });
      })
    );
    return { name: sheet.name, cells };
  });
}

/** An .xlsx workbook as exceljs reads it: values, formulas, number formats and notes. */
export function xlsxState(workbook: Workbook): SheetState[] {
  return workbook.worksheets.map((worksheet) => {
    const cells = new Map<string, CellState>();
    worksheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => put(cells, r - 1, c - 1, xlsxCell(cell)))
    );
    return { name: worksheet.name, cells };
  });
}

function xlsxCell(cell: Cell): CellState {
  const formula = cell.formula || undefined;
  return {
    // A shared formula's cells may be given their own copy of it (hosts/xlsx/applyPlan.ts): the
    // formula and its result are what the officer sees, not exceljs's way of storing them.
    value: formula === undefined ? (cell.value ?? null) : (cell.result ?? null),
    format: cell.numFmt || "General",
    ...(formula === undefined ? {} : { formula }),
    ...(cell.note === undefined ? {} : { note: cell.note }),
  };
}

/** A cell's text, for finding headers: plain text or rich text's runs. */
export function textOf(state: CellState | undefined): string | undefined {
  const value = state?.value;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value) {
    const runs = (value as { richText: { text: string }[] }).richText;
    return runs.map((run) => run.text).join("");
  }
  return undefined;
}
