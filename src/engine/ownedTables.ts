import { applyPlanToSnapshot } from "../workbook/applyToSnapshot";
import { SheetDefinition } from "../workbook/definition";
import { Grid, locateTable } from "../workbook/grid";
import { CellArea, SheetPlan, WritePlan } from "../workbook/plan";
import { tableNameOf } from "../workbook/presentation";
import * as sheets from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";

/** The sheets wholly the add-in's that hold a table of its own: KPI status, Triggers, You said, we did. */
const OWNED_TABLES: SheetDefinition[] = (Object.values(sheets) as unknown[]).filter(
  (value): value is SheetDefinition =>
    typeof value === "object" &&
    value !== null &&
    "ownedSheet" in value &&
    value.ownedSheet === true &&
    "columns" in value &&
    Array.isArray(value.columns) &&
    value.columns.length > 0
);

/**
 * The add-in's own tables grow and shrink with their rows on every write: a plan that
 * writes an existing sheet of the add-in's (KPI status, Triggers, You said, we did) says where its
 * table is once the plan is written, from the header row to the last row holding anything in the
 * table's columns, at least one row under the headers (an Excel table always has one). Only the table
 * is given: an existing sheet keeps its look otherwise. Hosts that draw tables (Excel) resize theirs;
 * the others ignore it. A plan that writes nothing there leaves the table as it is.
 */
export function withOwnedTables(snapshot: WorkbookSnapshot, plan: WritePlan): WritePlan {
  return { ...plan, sheets: plan.sheets.map((sheetPlan) => withOwnedTable(snapshot, sheetPlan)) };
}

function withOwnedTable(snapshot: WorkbookSnapshot, sheetPlan: SheetPlan): SheetPlan {
  const definition = OWNED_TABLES.find((owned) => owned.key === sheetPlan.definition);
  if (!definition || sheetPlan.create || sheetPlan.writes.length === 0) return sheetPlan;
  if (sheetPlan.layout?.table) return sheetPlan;
  const existing = snapshot.sheets.find((sheet) => sheet.name === sheetPlan.sheet);
  if (!existing) return sheetPlan;
  const [after] = applyPlanToSnapshot({ sheets: [existing] }, { sheets: [sheetPlan] }).sheets;
  const area = after && tableArea(new Grid(after), definition);
  if (!area) return sheetPlan;
  const layout = sheetPlan.layout ?? { dropDowns: [], highlights: [], charts: [] };
  return { ...sheetPlan, layout: { ...layout, table: { name: tableNameOf(definition), area } } };
}

/** The definition's header row and columns as found, down to the last row with anything in them. */
function tableArea(grid: Grid, definition: SheetDefinition): CellArea | undefined {
  const table = locateTable(grid, definition);
  if (!table) return undefined;
  const columns = Object.values(table.columns).filter(
    (column): column is number => column !== undefined
  );
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  let lastRow = table.headerRow;
  for (let row = table.headerRow + 1; row < grid.rowCount; row++)
    if (!grid.isBlankRow(row, span)) lastRow = row;
  return {
    row: grid.sheetRow(table.headerRow),
    column: grid.sheetColumn(first),
    rowCount: 1 + Math.max(lastRow - table.headerRow, 1),
    columnCount: last - first + 1,
  };
}
