import { findsSheet, headerKey, headersOf, SheetDefinition } from "../../src/workbook/definition";
import * as SHEETS from "../../src/workbook/sheets";
import type { OfficersOwn } from "./fixtures";
import { at, CellState, positionOf, SheetState, textOf } from "./workbookState";

/**
 * docs/development.md, "The officers' cells are theirs", worked out from the sheet definitions alone (not from
 * any plan): the add-in owns whole sheets (`ownedSheet`, apart from their `panels` columns) and, on
 * the officers' sheets, the columns marked `owned`, from their header down. Every other cell is the
 * officers'. A computed column the add-in adds is the add-in's only where the column held nothing.
 */
const DEFINITIONS = (Object.values(SHEETS) as unknown[]).filter(
  (value): value is SheetDefinition =>
    typeof value === "object" && value !== null && "columns" in value && "key" in value
);

/** Headers are looked for in the first 10 rows (docs/workbook.md). */
const HEADER_ROWS = 10;

/** The sheets the add-in may create: its own (`ownedSheet`), and Settings (created with defaults). */
export const ADDED_SHEETS: SheetDefinition[] = [
  ...DEFINITIONS.filter((definition) => definition.ownedSheet),
  SHEETS.SETTINGS,
];

export interface Difference {
  sheet: string;
  cell: string;
  before: CellState | undefined;
  after: CellState | undefined;
}

export interface Comparison {
  differences: Difference[];
  /** Cells compared (held something before or after), for checking the comparison saw the workbook. */
  compared: number;
  /** Sheets compared cell by cell. */
  sheets: string[];
}

const definitionOf = (name: string): SheetDefinition | undefined =>
  DEFINITIONS.find((definition) => findsSheet(definition, name));

/** Columns whose header (in the first rows) is one of `columns`: column → header row. */
function columnsHeaded(
  sheet: SheetState | undefined,
  columns: SheetDefinition["columns"]
): Map<number, number> {
  const keys = new Set(columns.flatMap((column) => headersOf(column).map(headerKey)));
  const found = new Map<number, number>();
  for (const [key, state] of sheet?.cells ?? []) {
    const { row, column } = positionOf(key);
    const text = textOf(state);
    if (row >= HEADER_ROWS || text === undefined || !keys.has(headerKey(text))) continue;
    found.set(column, Math.min(row, found.get(column) ?? row));
  }
  return found;
}

/** Whether the sheet held nothing in `column` from `row` down. */
function emptyBelow(sheet: SheetState, column: number, row: number): boolean {
  return [...sheet.cells.keys()].every((key) => {
    const cell = positionOf(key);
    return cell.column !== column || cell.row < row;
  });
}

/**
 * The add-in's cells on an officers' sheet (computed columns), as a test on "row,column". A column
 * headed `officersHeaders` before the scan is the officers' own, whatever its header says.
 */
function ownedColumns(
  definition: SheetDefinition,
  before: SheetState,
  after: SheetState,
  officersHeaders: readonly string[]
): (row: number, column: number) => boolean {
  const owned = definition.columns.filter((column) => column.owned);
  const headed = columnsHeaded(before, owned);
  for (const [column, row] of headed) {
    const header = textOf(before.cells.get(at(row, column)));
    if (header !== undefined && officersHeaders.includes(header)) headed.delete(column);
  }
  for (const [column, row] of columnsHeaded(after, owned))
    if (!headed.has(column) && emptyBelow(before, column, row)) headed.set(column, row);
  return (row, column) => row >= (headed.get(column) ?? Infinity);
}

function compareCells(
  sheet: string,
  before: SheetState,
  after: SheetState,
  skip: (row: number, column: number) => boolean,
  into: Comparison
): void {
  for (const key of new Set([...before.cells.keys(), ...after.cells.keys()])) {
    const { row, column } = positionOf(key);
    if (skip(row, column)) continue;
    into.compared++;
    const [was, is] = [before.cells.get(key), after.cells.get(key)];
    if (!sameCell(was, is)) into.differences.push({ sheet, cell: key, before: was, after: is });
  }
}

function sameCell(a: CellState | undefined, b: CellState | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Every cell of the officers, before and after: values, formulas, number formats, notes. On the
 * add-in's own sheets only the panel's columns are compared, and only the cells the panel had filled
 * (a new trigger's row gets `New` there). The officers' own sheets and columns of the add-in's names
 * (`officers`) are theirs, compared cell by cell.
 */
export function compareOfficersCells(
  before: SheetState[],
  after: SheetState[],
  officers?: OfficersOwn
): Comparison {
  const comparison: Comparison = { differences: [], compared: 0, sheets: [] };
  for (const was of before) {
    const is = after.find((sheet) => sheet.name === was.name) ?? {
      name: was.name,
      cells: new Map(),
    };
    const officersSheet = officers?.sheets.includes(was.name) ?? false;
    const definition = officersSheet ? undefined : definitionOf(was.name);
    if (definition?.ownedSheet) {
      const panels = columnsHeaded(
        was,
        definition.columns.filter((column) => column.panels)
      );
      const filled = (row: number, column: number): boolean =>
        row >= (panels.get(column) ?? Infinity) && was.cells.has(at(row, column));
      compareCells(was.name, was, is, (row, column) => !filled(row, column), comparison);
      continue;
    }
    const officersHeaders = (officers?.columns ?? [])
      .filter((column) => column.sheet === was.name)
      .map((column) => column.header);
    const owned = definition ? ownedColumns(definition, was, is, officersHeaders) : () => false;
    compareCells(was.name, was, is, owned, comparison);
    comparison.sheets.push(was.name);
  }
  return comparison;
}

/** The sheets after: every sheet before, in its place, then only sheets the add-in may create. */
export function sheetsAdded(before: SheetState[], after: SheetState[]): string[] {
  const names = after.map((sheet) => sheet.name);
  expect(names.slice(0, before.length)).toEqual(before.map((sheet) => sheet.name));
  const added = names.slice(before.length);
  const allowed = ADDED_SHEETS.map((definition) => definition.name);
  expect(added.filter((name) => !allowed.includes(name))).toEqual([]);
  return added;
}

/** A difference as one line, for a failing test's message. */
export function describeDifference({ sheet, cell, before, after }: Difference): string {
  const { row, column } = positionOf(cell);
  return `${sheet} row ${row + 1} column ${column + 1}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;
}
