import { SheetDefinition } from "../../workbook/definition";
import { TableLayout } from "../../workbook/grid";
import { CellWrite, text, WriteValue } from "../../workbook/plan";

/** The sheet row under a table's used range, where an action adds a row (docs/workbook.md: never over a used cell). */
export function rowUnder(layout: TableLayout<string>): number {
  return layout.grid.sheetRow(layout.grid.rowCount);
}

/**
 * Writes for cells of one sheet row, each in its column as found by header. A column the sheet lacks
 * (an optional one such as `Origin`) is added at the right of the used range, headed as the definition
 * says, so every write lands in a cell that was empty: the officers' cells are never changed.
 */
export function rowWrites<K extends string>(
  definition: SheetDefinition<K>,
  layout: TableLayout<K>,
  sheetRow: number,
  values: Partial<Record<K, WriteValue>>
): CellWrite[] {
  const { grid, headerRow } = layout;
  const writes: CellWrite[] = [];
  let nextFree = grid.sheetColumn(grid.columnCount);
  for (const column of definition.columns) {
    const value = values[column.key];
    if (value === undefined) continue;
    const found = layout.columns[column.key];
    let sheetColumn: number;
    if (found === undefined) {
      sheetColumn = nextFree++;
      writes.push({
        row: grid.sheetRow(headerRow),
        column: sheetColumn,
        value: text(column.header),
      });
    } else {
      sheetColumn = grid.sheetColumn(found);
    }
    writes.push({ row: sheetRow, column: sheetColumn, value });
  }
  return writes;
}

/** Names match as the scan matches them: case and spacing ignored (engine/members.ts personKey). */
export const sameWords = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
