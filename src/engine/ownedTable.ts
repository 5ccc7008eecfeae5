import { Grid } from "../workbook/grid";
import { SheetDefinition } from "../workbook/definition";
import {
  BLANK_VALUE,
  CellWrite,
  changes,
  ChartPlan,
  SheetPlan,
  text,
  WriteValue,
} from "../workbook/plan";
import { newSheetLayout } from "../workbook/presentation";
import { SheetSnapshot } from "../workbook/snapshot";

/**
 * Writes a sheet that is wholly the add-in's (KPI status, Summary) as a table from A1: header row, then
 * the rows given; rows left over from a longer earlier table are cleared. Only changed cells are planned,
 * so an unchanged workbook gets no writes. A missing sheet is created, with its layout (a table,
 * drop-downs, colours); an existing sheet's look is left as it is. Charts (the Summary's) are asked for
 * either way, even with no cell to write: hosts replace them by name.
 */
export function ownedTablePlan(
  definition: SheetDefinition,
  existing: SheetSnapshot | undefined,
  sheetName: string,
  headers: readonly string[],
  rows: readonly WriteValue[][],
  charts?: ChartPlan[]
): SheetPlan {
  const grid = existing ? new Grid(existing) : undefined;
  const writes: CellWrite[] = [];
  const wanted: WriteValue[][] = [headers.map((header) => text(header)), ...rows];
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  const height = Math.max(wanted.length, grid ? grid.sheetRow(grid.rowCount) : 0);
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const value = wanted[row]?.[column] ?? BLANK_VALUE;
      const current = grid ? cellAtSheet(grid, row, column) : { kind: "blank" as const };
      if (changes(current, value)) writes.push({ row, column, value });
    }
  }
  if (existing) {
    const plan = { sheet: sheetName, create: false, definition: definition.key, writes };
    return charts ? { ...plan, layout: { dropDowns: [], highlights: [], charts } } : plan;
  }
  const layout = newSheetLayout(definition, headers, rows.length);
  return {
    sheet: sheetName,
    create: true,
    definition: definition.key,
    writes,
    layout: charts ? { ...layout, charts } : layout,
  };
}

/** The cell at a sheet position, whatever the used range's origin. */
function cellAtSheet(grid: Grid, sheetRow: number, sheetColumn: number) {
  return grid.cell(sheetRow - grid.sheetRow(0), sheetColumn - grid.sheetColumn(0));
}
