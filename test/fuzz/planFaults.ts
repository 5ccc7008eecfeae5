import { isDay } from "../../src/domain/calendar/days";
import { findsSheet, SheetDefinition } from "../../src/workbook/definition";
import { Grid, TableLayout } from "../../src/workbook/grid";
import { CellWrite, SheetPlan, WritePlan } from "../../src/workbook/plan";
import { PanelWorkbook } from "../../src/workbook/readWorkbook";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { REGISTERS } from "./registers";
import { LAST_COLUMN, LAST_ROW } from "./problemFaults";

/**
 * docs/workbook.md, "Kept by the add-in": a plan writes only the add-in's sheets and the computed columns of
 * the officers' sheets; on Triggers the panel's columns of existing rows are never written; new sheets
 * do not clash with existing names; every write is one Excel can carry out. Returns what is wrong.
 */

function isLayout(value: unknown): value is TableLayout<string> {
  return (
    typeof value === "object" && value !== null && "grid" in value && value.grid instanceof Grid
  );
}

/** The layout readWorkbook read a sheet with (`members.layout`, `settingsSheet`, …), if it read it. */
function layoutRead(workbook: PanelWorkbook, sheetName: string): TableLayout<string> | undefined {
  for (const value of Object.values(workbook) as unknown[]) {
    const inside = typeof value === "object" && value !== null && "layout" in value;
    const layout = inside ? value.layout : value;
    if (isLayout(layout) && layout.grid.name === sheetName) return layout;
  }
  return undefined;
}

/** A write Excel could not carry out: no such cell, or a value no cell can hold. */
function writeFault({ row, column, value }: CellWrite): string | undefined {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0)
    return "a write at no cell";
  if (row > LAST_ROW || column > LAST_COLUMN) return "a write beyond the sheet's edge";
  if (value.kind === "number" && !Number.isFinite(value.value)) return "a number no cell can hold";
  if (value.kind === "date" && !isDay(value.day)) return "a date no cell can hold";
  return undefined;
}

export function planFaults(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  workbook: PanelWorkbook
): string[] {
  return plan.sheets.flatMap((sheetPlan) => {
    const faults = sheetPlan.writes.flatMap((write) => {
      const fault = writeFault(write);
      return fault ? [`${sheetPlan.sheet}: ${fault}: ${JSON.stringify(write)}`] : [];
    });
    const existing = snapshot.sheets.find((s) => s.name === sheetPlan.sheet);
    if (sheetPlan.create) {
      const clash = snapshot.sheets.find(
        (s) => s.name.toLowerCase() === sheetPlan.sheet.toLowerCase()
      );
      if (clash) faults.push(`creates "${sheetPlan.sheet}", but "${clash.name}" exists`);
    } else if (!existing) {
      faults.push(`writes to "${sheetPlan.sheet}", which does not exist`);
    } else {
      faults.push(...sheetWriteFaults(sheetPlan, existing, workbook));
    }
    return faults;
  });
}

function sheetWriteFaults(
  sheetPlan: SheetPlan,
  sheet: SheetSnapshot,
  workbook: PanelWorkbook
): string[] {
  if (sheetPlan.writes.length === 0) return [];
  const definition = REGISTERS.find((d) => findsSheet(d, sheet.name));
  if (definition === undefined)
    return [`writes to "${sheet.name}", an officers' sheet (KPI or other)`];
  const layout = layoutRead(workbook, sheet.name);
  if (definition.ownedSheet) return layout ? panelColumnFaults(sheetPlan, definition, layout) : [];
  if (!layout) return [`writes to "${sheet.name}", which was not read as ${definition.name}`];
  return computedColumnFaults(sheetPlan, definition, layout);
}

/** §11.3: the panel's columns (Triggers' decision and notes) on existing rows, and their headers, survive every rescan. */
function panelColumnFaults(
  sheetPlan: SheetPlan,
  definition: SheetDefinition,
  layout: TableLayout<string>
): string[] {
  const { grid } = layout;
  const panels = new Set(
    definition.columns.flatMap((column) => {
      const index = layout.columns[column.key];
      return column.panels && index !== undefined ? [grid.sheetColumn(index)] : [];
    })
  );
  const first = grid.sheetRow(layout.headerRow);
  const last = grid.sheetRow(grid.rowCount - 1);
  return sheetPlan.writes
    .filter((w) => panels.has(w.column) && w.row >= first && w.row <= last)
    .map((w) => `${sheetPlan.sheet}: writes over the panel's own cell ${JSON.stringify(w)}`);
}

/**
 * A computed column found by its header, without a claim, that holds anything the
 * add-in never writes there (a word off its list, text where it writes figures or dates) is the
 * officers' own. Worked out here from the definitions alone; text columns without a list are left out.
 */
function officersOwnColumns(definition: SheetDefinition, layout: TableLayout<string>): Set<number> {
  const { grid } = layout;
  const figures = ["number", "percent", "date", "month"];
  const foreign = (column: SheetDefinition["columns"][number], index: number): boolean => {
    for (let row = layout.headerRow + 1; row < grid.rowCount; row++) {
      const cell = grid.cell(row, index);
      if (cell.kind === "blank") continue;
      if (column.list) {
        if (cell.kind !== "text" || !column.list.includes(cell.text)) return true;
      } else if (figures.includes(column.kind) && cell.kind !== "number") return true;
    }
    return false;
  };
  return new Set(
    definition.columns.flatMap((column) => {
      const index = layout.columns[column.key];
      return column.owned && index !== undefined && foreign(column, index)
        ? [grid.sheetColumn(index)]
        : [];
    })
  );
}

/**
 * Only the definition's owned columns: found by their header, or added where the header row is
 * blank (with a header write). Never an officers' column, whether defined or extra, nor above the
 * header, nor one of the add-in's names that holds the officers' words.
 */
function computedColumnFaults(
  sheetPlan: SheetPlan,
  definition: SheetDefinition,
  layout: TableLayout<string>
): string[] {
  const { grid } = layout;
  const keyAt = new Map(
    Object.entries(layout.columns).map(([key, index]) => [grid.sheetColumn(index as number), key])
  );
  const owned = new Set(definition.columns.filter((c) => c.owned).map((c) => c.key));
  const extra = new Set(layout.otherColumns.map(({ column }) => grid.sheetColumn(column)));
  const headerRow = grid.sheetRow(layout.headerRow);
  const officers = officersOwnColumns(definition, layout);
  const added = new Set(
    sheetPlan.writes
      .filter((w) => w.row === headerRow && !keyAt.has(w.column) && !extra.has(w.column))
      .map((w) => w.column)
  );
  return sheetPlan.writes.flatMap((write) => {
    const key = keyAt.get(write.column);
    const fault =
      write.row < headerRow
        ? "writes above the header row"
        : key !== undefined && !owned.has(key)
          ? `writes in the officers' column "${key}"`
          : extra.has(write.column)
            ? "writes in an officers' extra column"
            : officers.has(write.column)
              ? "writes in an officers' column of the add-in's name"
              : key === undefined && !added.has(write.column)
                ? "writes in a column it did not add"
                : undefined;
    return fault ? [`${sheetPlan.sheet}: ${fault}: ${JSON.stringify(write)}`] : [];
  });
}
