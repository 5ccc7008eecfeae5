import { Cell } from "../workbook/cells";
import {
  CLAIM_NAMES,
  columnClaimName,
  namedCell,
  ownSheetOf,
  sheetClaimName,
} from "../workbook/claims";
import { ColumnDefinition, headerKey, SheetDefinition } from "../workbook/definition";
import { Grid } from "../workbook/grid";
import { NameWrite, WritePlan } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { CellReference, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

/**
 * docs/workbook.md, Kept by the add-in: "the add-in writes only those columns and its own sheets". Which
 * they are is settled here, before anything is planned: a sheet or computed column the add-in has
 * claimed (workbook/claims.ts) is its own; one of the same name without a claim is adopted when it
 * holds only the add-in's words (a workbook scanned before claims existed), and is otherwise the
 * officers': reported at its address with the fix, and nothing is written there.
 */

/** Whether a cell holds what the add-in writes in the column: its list's words, numbers for figures and dates. */
export function holdsAddInWord(cell: Cell, column: ColumnDefinition): boolean {
  if (cell.kind === "blank") return true;
  if (column.list) return cell.kind === "text" && column.list.includes(cell.text);
  switch (column.kind) {
    case "number":
    case "percent":
    case "date":
    case "month":
      // Figures and dates are written as numbers (dates as serials).
      return cell.kind === "number";
    default:
      if (column.written) return cell.kind === "text" && column.written.test(cell.text);
      return cell.kind === "text" || cell.kind === "number";
  }
}

/** Every cell under the header, in the column, holds the add-in's words (blank included). */
export function columnHoldsAddInWords(
  grid: Grid,
  headerRow: number,
  index: number,
  column: ColumnDefinition
): boolean {
  for (let row = headerRow + 1; row < grid.rowCount; row++)
    if (!holdsAddInWord(grid.cell(row, index), column)) return false;
  return true;
}

/**
 * A sheet the add-in lays out as a table from A1 (KPI status, You said, we did): empty, or its headers
 * across row 1 from A1, in order, and only the add-in's words under them. The officers' own columns
 * to the right are never written, so they do not stop the sheet being the add-in's.
 */
export function holdsAddInTable(grid: Grid, definition: SheetDefinition): boolean {
  if (isEmpty(grid)) return true;
  if (grid.sheetRow(0) !== 0 || grid.sheetColumn(0) !== 0) return false;
  return definition.columns.every((column, index) => {
    const header = grid.cell(0, index);
    return (
      header.kind === "text" &&
      headerKey(header.text) === headerKey(column.header) &&
      columnHoldsAddInWords(grid, 0, index, column)
    );
  });
}

export function isEmpty(grid: Grid): boolean {
  for (let row = 0; row < grid.rowCount; row++) if (!grid.isBlankRow(row)) return false;
  return true;
}

/** Who a sheet of the add-in's kind belongs to: the add-in (`sheet` undefined: none yet, to create), or the officers. */
export type SheetOwner =
  { owner: "add-in"; sheet?: SheetSnapshot } | { owner: "officers"; sheet: SheetSnapshot };

const SHEET_COMMENT =
  "The Tenant Scrutiny Panel add-in writes this sheet on every scan: this name tells it the sheet is its own.";
const COLUMN_COMMENT =
  "The Tenant Scrutiny Panel add-in writes this column on every scan: this name tells it the column is its own.";

interface WantedName {
  at: CellReference;
  /** A column's claim must stay in its column; a sheet's anywhere on its sheet. */
  sameColumn: boolean;
  comment: string;
}

/**
 * What the add-in owns in one workbook, decided as a scan plans, and the claims it leaves: every sheet
 * and computed column the add-in writes or keeps gets its name, referring to the sheet's A1 or the
 * column's header cell. A claim already on the right sheet (and column) is left as it is, wherever
 * Excel has moved it; one elsewhere or at `#REF!` is deleted and added again; a claim at `#REF!` that
 * nothing needs now (its sheet or column was deleted) is deleted. So a rescan of a claimed workbook
 * plans no name.
 */
export class Ownership {
  private readonly wanted = new Map<string, WantedName>();
  private readonly found: Problem[] = [];

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  /** The officers' sheets and columns found under the add-in's names, in the order they were met. */
  get problems(): readonly Problem[] {
    return this.found;
  }

  /**
   * The add-in's sheet of a kind: the claimed sheet; else a sheet of its name that holds only the
   * add-in's words (adopted); else, when a sheet of its name holds anything else, the officers', with a
   * problem saying what to do. With no sheet of its name, the add-in may create one.
   */
  sheet(definition: SheetDefinition, holdsAddInWords: (grid: Grid) => boolean): SheetOwner {
    const own = ownSheetOf(this.snapshot, definition);
    if (!own) return { owner: "add-in" };
    if (own.claimed || holdsAddInWords(new Grid(own.sheet))) return { owner: "add-in", ...own };
    this.found.push({
      sheet: own.sheet.name,
      address: own.sheet.name,
      message: `this sheet is not one the add-in wrote, so the scan left it as it is: rename your ${own.sheet.name} sheet, or delete it to let the add-in write one`,
    });
    return { owner: "officers", sheet: own.sheet };
  }

  /** The definition's sheet is the add-in's (kept or written), under this name: its claim stays or is added. */
  keepSheet(definition: SheetDefinition, sheet: string): void {
    this.wanted.set(sheetClaimName(definition), {
      at: { sheet, row: 0, column: 0 },
      sameColumn: false,
      comment: SHEET_COMMENT,
    });
  }

  /**
   * Whether the add-in may write a computed column found at `index` of the layout's grid: claimed (the
   * layout puts a claimed column where its claim is), or holding only the add-in's words (adopted);
   * otherwise the officers' column is reported and left alone. The add-in's column keeps its claim.
   */
  column(
    definition: SheetDefinition,
    column: ColumnDefinition,
    grid: Grid,
    headerRow: number,
    index: number
  ): boolean {
    const at = { sheet: grid.name, row: grid.sheetRow(headerRow), column: grid.sheetColumn(index) };
    const claim = namedCell(this.snapshot, columnClaimName(definition, column));
    const claimed = claim?.sheet === at.sheet && claim.column === at.column;
    if (!claimed && !columnHoldsAddInWords(grid, headerRow, index, column)) {
      this.found.push(officersColumnProblem(grid, headerRow, index, column));
      return false;
    }
    this.keepColumn(definition, column, at);
    return true;
  }

  /** A computed column the add-in adds, its header written at `at`. */
  keepColumn(definition: SheetDefinition, column: ColumnDefinition, at: CellReference): void {
    this.wanted.set(columnClaimName(definition, column), {
      at,
      sameColumn: true,
      comment: COLUMN_COMMENT,
    });
  }

  /** The names to delete and add, for the plan (each left out when there are none). */
  names(): Pick<WritePlan, "removeNames" | "addNames"> {
    const existing = new Map((this.snapshot.names ?? []).map((n) => [n.name.toUpperCase(), n]));
    const removeNames: string[] = [];
    const addNames: NameWrite[] = [];
    for (const [name, { at, sameColumn, comment }] of this.wanted) {
      const cell = namedCell(this.snapshot, name);
      if (cell && cell.sheet === at.sheet && (!sameColumn || cell.column === at.column)) continue;
      const current = existing.get(name.toUpperCase());
      if (current) removeNames.push(current.name);
      addNames.push({ name, ...at, comment });
    }
    const wanted = new Set([...this.wanted.keys()].map((name) => name.toUpperCase()));
    for (const [upper, named] of existing)
      if (CLAIM_NAMES.has(upper) && !wanted.has(upper) && !namedCell(this.snapshot, named.name))
        removeNames.push(named.name);
    return {
      ...(removeNames.length > 0 ? { removeNames } : {}),
      ...(addNames.length > 0 ? { addNames } : {}),
    };
  }
}

/** A computed column of the add-in's name, found without a claim and holding other words. */
function officersColumnProblem(
  grid: Grid,
  headerRow: number,
  index: number,
  column: ColumnDefinition
): Problem {
  const cell = grid.cell(headerRow, index);
  const header = cell.kind === "text" ? cell.text : column.header;
  return grid.problem(
    headerRow,
    index,
    `this column is not one the add-in wrote, so the scan left it as it is: rename your ${header} column, or delete it to let the add-in write its own`
  );
}
