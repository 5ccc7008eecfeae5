import { cellAddress, columnLetters } from "./address";
import { Cell, Reading, toCell } from "./cells";
import { ColumnDefinition, headerKey, headersOf, SheetDefinition } from "./definition";
import { Problem } from "./problems";
import { SheetSnapshot } from "./snapshot";

/**
 * A sheet's used range, typed cell by cell on demand, with addresses. Row and column indexes here are
 * into the snapshot's values (0-based from the used range's top-left); addresses are the sheet's.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rowCount = sheet.values.length;
    this.columnCount = sheet.values.reduce((most, row) => Math.max(most, row.length), 0);
  }

  cell(row: number, column: number): Cell {
    return toCell(this.sheet.values[row]?.[column], this.sheet.numberFormats?.[row]?.[column]);
  }

  /** The sheet's own 0-based row and column of a cell, for writers. */
  sheetRow(row: number): number {
    return this.sheet.origin.row + row;
  }

  sheetColumn(column: number): number {
    return this.sheet.origin.column + column;
  }

  address(row: number, column: number): string {
    return cellAddress(this.name, this.sheetRow(row), this.sheetColumn(column));
  }

  isBlankRow(row: number, columns?: readonly number[]): boolean {
    if (columns) return columns.every((column) => this.cell(row, column).kind === "blank");
    // Only the cells the row holds: rows of a sparse sheet may be shorter than the widest (a value in
    // XFD1048576 must not make every row 16,384 cells to look at).
    const length = this.sheet.values[row]?.length ?? 0;
    for (let column = 0; column < length; column++)
      if (this.cell(row, column).kind !== "blank") return false;
    return true;
  }

  /** A problem at a cell: `'Sheet'!D7: message`. */
  problem(row: number, column: number, message: string): Problem {
    return {
      sheet: this.name,
      address: this.address(row, column),
      message,
      cell: { row: this.sheetRow(row), column: this.sheetColumn(column) },
    };
  }

  /**
   * Reads a cell that must be filled in: a blank gets `whenBlank` as its problem, an unreadable cell its
   * reader's problem (one problem a cell, never two).
   */
  required<T>(
    row: number,
    column: number,
    reader: (cell: Cell) => Reading<T>,
    problems: Problem[],
    whenBlank: string
  ): T | undefined {
    const reading = reader(this.cell(row, column));
    if ("value" in reading) return reading.value;
    problems.push(this.problem(row, column, "problem" in reading ? reading.problem : whenBlank));
    return undefined;
  }

  /** Reads a cell with a reader from cells.ts; a problem is recorded and the value left undefined. */
  read<T>(
    row: number,
    column: number | undefined,
    reader: (cell: Cell) => Reading<T>,
    problems: Problem[]
  ): T | undefined {
    if (column === undefined) return undefined;
    const reading = reader(this.cell(row, column));
    if ("value" in reading) return reading.value;
    if ("problem" in reading) problems.push(this.problem(row, column, reading.problem));
    return undefined;
  }
}

/** Where a defined table sits on a sheet: its header row and the column of each header found. */
export interface TableLayout<K extends string> {
  grid: Grid;
  headerRow: number;
  columns: Partial<Record<K, number>>;
  /** Columns of the header row that no definition claims, with their header text (extra columns are kept untouched). */
  otherColumns: { column: number; header: string }[];
  /**
   * Columns whose header means a column found further left (`Name` and `NAME`, `Date` and `Meeting
   * date`): the first is used; these are among `otherColumns`, kept untouched, and reported.
   */
  repeatedColumns: RepeatedColumn[];
}

export interface RepeatedColumn {
  column: number;
  header: string;
  /** The column used instead, and the definition's header for what both mean. */
  first: number;
  means: string;
}

/** docs/workbook.md: the header row is the first row, within the first 10, that has the required headers. */
export const HEADER_SEARCH_ROWS = 10;

function headerTexts(grid: Grid, row: number): (string | undefined)[] {
  return Array.from({ length: grid.columnCount }, (_, column) => {
    const cell = grid.cell(row, column);
    if (cell.kind === "text") return cell.text;
    if (cell.kind === "number") return String(cell.value);
    return undefined;
  });
}

function matchColumns<K extends string>(
  texts: (string | undefined)[],
  columns: readonly ColumnDefinition<K>[]
): { found: Partial<Record<K, number>>; claimed: Set<number>; repeated: RepeatedColumn[] } {
  const keys = texts.map((text) => (text === undefined ? undefined : headerKey(text)));
  const found: Partial<Record<K, number>> = {};
  const claimed = new Set<number>();
  const later: { column: number; first: number; means: string }[] = [];
  for (const definition of columns) {
    const wanted = new Set(headersOf(definition).map(headerKey));
    const matching = keys.flatMap((key, index) =>
      key !== undefined && wanted.has(key) && !claimed.has(index) ? [index] : []
    );
    const [column, ...others] = matching;
    if (column === undefined) continue;
    found[definition.key] = column;
    claimed.add(column);
    for (const other of others)
      later.push({ column: other, first: column, means: definition.header });
  }
  // A later column another definition claimed (none do today) is that definition's, not a repeat.
  const repeated = later
    .filter(({ column }) => !claimed.has(column))
    .map((entry) => ({ ...entry, header: texts[entry.column] as string }));
  return { found, claimed, repeated };
}

/**
 * Finds the table of a definition on a sheet. Returns undefined when no row in the first 10 has every
 * required header (the caller decides whether that is a problem).
 */
export function locateTable<K extends string>(
  grid: Grid,
  definition: SheetDefinition<K>
): TableLayout<K> | undefined {
  const required = definition.columns.filter((column) => column.required);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.rowCount);
  for (let row = 0; row < rows; row++) {
    const texts = headerTexts(grid, row);
    const { found, claimed, repeated } = matchColumns(texts, definition.columns);
    if (required.every((column) => found[column.key] !== undefined)) {
      const otherColumns = texts.flatMap((header, column) =>
        header !== undefined && !claimed.has(column) ? [{ column, header }] : []
      );
      return { grid, headerRow: row, columns: found, otherColumns, repeatedColumns: repeated };
    }
  }
  return undefined;
}

/** The rows below the header that have anything in them; blank rows are skipped, not the end (docs/workbook.md). */
export function* dataRows(layout: TableLayout<string>): Generator<number> {
  for (let row = layout.headerRow + 1; row < layout.grid.rowCount; row++) {
    if (!layout.grid.isBlankRow(row)) yield row;
  }
}

/**
 * Two columns meaning the same (a copied column, `Date` beside `Meeting date`): the first is used and
 * the later one is reported, never silently passed over (docs/workbook.md: nothing is guessed silently).
 */
export function repeatedColumnProblems(layout: TableLayout<string>): Problem[] {
  const { grid, headerRow } = layout;
  return layout.repeatedColumns.map(({ column, header, first, means }) => {
    const firstLetters = columnLetters(grid.sheetColumn(first));
    return grid.problem(
      headerRow,
      column,
      `this column is headed "${header.replace(/\s+/g, " ")}", which means ${means}, as column ${firstLetters} does: only column ${firstLetters} is used; rename or remove this one`
    );
  });
}
