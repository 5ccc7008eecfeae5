import { CellArea, WritePlan } from "../../workbook/plan";
import { ExcelPlanError } from "./errors";
import { SheetEntry } from "./sheetDirectory";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's limits on a sheet's name. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;
/** An in-cell list's source, joined with commas, may be at most 255 characters. */
const MAX_LIST_SOURCE = 255;

/**
 * Checks a whole plan before anything is written, so a bad plan writes nothing (WorkbookHost's all or
 * nothing): legal sheet names, every cell and area inside the grid, lists Excel can hold, names Excel
 * takes (each once, ignoring case, once those to delete are gone).
 */
export function checkPlan(plan: WritePlan): void {
  const named = new Set<string>();
  for (const { name, sheet, row, column } of plan.addNames ?? []) {
    if (!isLegalName(name)) throw new ExcelPlanError(`"${name}" cannot be a defined name`);
    if (named.has(name.toUpperCase()))
      throw new ExcelPlanError(`the plan adds the name "${name}" twice`);
    named.add(name.toUpperCase());
    checkSheetName(sheet);
    checkCell(sheet, row, column);
  }
  for (const sheetPlan of plan.sheets) {
    const name = sheetPlan.sheet;
    checkSheetName(name);
    for (const write of sheetPlan.writes) checkCell(name, write.row, write.column);
    const layout = sheetPlan.layout;
    if (!layout) continue;
    const areas: CellArea[] = [
      ...(layout.table ? [layout.table.area] : []),
      ...layout.dropDowns.map((dropDown) => dropDown.area),
      ...layout.highlights.map((highlight) => highlight.area),
      ...layout.charts.flatMap((chart) => [chart.data, chart.position]),
    ];
    for (const area of areas) checkArea(name, area);
    for (const column of Object.keys(layout.columnWidths ?? {})) checkCell(name, 0, Number(column));
    if (layout.freezeRows !== undefined) checkCell(name, layout.freezeRows, 0);
    for (const { list } of layout.dropDowns) {
      // Excel splits an in-cell list at commas: an item with one would become two.
      if (list.some((item) => item.includes(",")) || list.join(",").length > MAX_LIST_SOURCE)
        throw new ExcelPlanError(
          `a drop-down list on "${name}" has a comma in an item or is too long`
        );
    }
  }
}

/** Every sheet the plan writes to, or names a cell of, exists, or the plan creates it. */
export function checkSheetsExist(plan: WritePlan, directory: readonly SheetEntry[]): void {
  for (const sheetPlan of plan.sheets) {
    if (!sheetPlan.create && !directory.some((entry) => entry.name === sheetPlan.sheet))
      throw new ExcelPlanError(
        `the sheet "${sheetPlan.sheet}" does not exist and the plan does not create it`
      );
  }
  for (const { name, sheet } of plan.addNames ?? []) {
    const created = plan.sheets.some((sheetPlan) => sheetPlan.create && sheetPlan.sheet === sheet);
    if (!created && !directory.some((entry) => entry.name === sheet))
      throw new ExcelPlanError(`the name "${name}" refers to "${sheet}", which does not exist`);
  }
}

/**
 * A name Excel takes (ECMA-376, SpreadsheetML formulas, "Names"; Microsoft Support, "Names in formulas"): a
 * letter, `_` or `\` first, then letters, digits, `_` and `.`; at most 255 characters; not TRUE or
 * FALSE, and nothing Excel would read as a cell (`A1`, `R1C1`, `R`, `C`).
 */
function isLegalName(name: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) &&
    name.length <= 255 &&
    !/^(TRUE|FALSE)$/i.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]\d*$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

function checkSheetName(name: string): void {
  const legal =
    name.trim() !== "" &&
    name.length <= MAX_SHEET_NAME &&
    !FORBIDDEN_IN_SHEET_NAME.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'");
  if (!legal)
    throw new ExcelPlanError(
      `"${name}" cannot be a sheet name: at most 31 characters, none of [ ] : * ? / \\, not starting or ending with '`
    );
}

function checkCell(sheet: string, row: number, column: number): void {
  const inside =
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    row >= 0 &&
    column >= 0 &&
    row < MAX_ROWS &&
    column < MAX_COLUMNS;
  if (!inside)
    throw new ExcelPlanError(
      `row ${row + 1}, column ${column + 1} of "${sheet}" is not in a sheet`
    );
}

function checkArea(sheet: string, area: CellArea): void {
  if (!(area.rowCount >= 1 && area.columnCount >= 1))
    throw new ExcelPlanError(`an area on "${sheet}" has no cells`);
  checkCell(sheet, area.row, area.column);
  checkCell(sheet, area.row + area.rowCount - 1, area.column + area.columnCount - 1);
}
