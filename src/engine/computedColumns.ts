import { Grid, TableLayout, dataRows } from "../workbook/grid";
import { SheetDefinition } from "../workbook/definition";
import { BLANK_VALUE, CellWrite, changes, SheetPlan, text, WriteValue } from "../workbook/plan";
import { Ownership } from "./ownership";

/**
 * Writes the add-in's computed columns on an officers' sheet (docs/workbook.md): found by their claim or
 * header, or added to the right of the header row when missing. Every data row gets its value (blank
 * when the row could not be read); only cells that change are planned. Officers' columns are never
 * touched, a same-named one included (ownership.ts): it is reported, and the add-in writes none of its
 * own beside it until the officers rename it.
 */
export function computedColumnsPlan<K extends string>(
  definition: SheetDefinition<K>,
  layout: TableLayout<K>,
  valuesByRow: Map<number, Partial<Record<K, WriteValue>>>,
  ownership: Ownership
): SheetPlan {
  const { grid, headerRow } = layout;
  const writes: CellWrite[] = [];
  // A missing column goes after every column used in any row, not just the header row: officers may
  // keep notes or figures under a blank header, and those cells are theirs (docs/workbook.md).
  let nextFree = Math.max(lastUsedColumn(grid, headerRow) + 1, grid.columnCount);
  for (const column of definition.columns) {
    if (!column.owned) continue;
    let index = layout.columns[column.key];
    const headerAt = (at: number) => ({
      row: grid.sheetRow(headerRow),
      column: grid.sheetColumn(at),
    });
    if (index === undefined) {
      index = nextFree++;
      writes.push({ ...headerAt(index), value: text(column.header) });
      ownership.keepColumn(definition, column, { sheet: grid.name, ...headerAt(index) });
    } else if (!ownership.column(definition, column, grid, headerRow, index)) {
      continue;
    } else if (grid.cell(headerRow, index).kind === "blank") {
      // A claimed column whose header was cleared gets it back: readers find columns by header.
      writes.push({ ...headerAt(index), value: text(column.header) });
    }
    for (const row of dataRows(layout)) {
      const value = valuesByRow.get(row)?.[column.key] ?? BLANK_VALUE;
      if (changes(grid.cell(row, index), value))
        writes.push({ row: grid.sheetRow(row), column: grid.sheetColumn(index), value });
    }
  }
  return { sheet: grid.name, create: false, definition: definition.key, writes };
}

function lastUsedColumn(grid: Grid, headerRow: number): number {
  for (let column = grid.columnCount - 1; column >= 0; column--) {
    if (grid.cell(headerRow, column).kind !== "blank") return column;
  }
  return -1;
}
