import { Cell, FormulaType, Workbook, Worksheet } from "exceljs";
import { DATE_FORMAT, SheetPlan, WritePlan, WriteValue } from "../../workbook/plan";
import { DATE_1904_OFFSET } from "./cellValues";
import { fitColumnWidths, layOutNewSheet } from "./sheetLayout";
import { usedExtent } from "./readXlsx";

/**
 * Carries out a write plan on an exceljs workbook (DESIGN.md: the engine decides, hosts only write).
 * Text is always a plain string cell, never a formula; dates are serials with a date format; every
 * cell the plan does not name keeps its value, style and formula.
 */
export function applyPlan(workbook: Workbook, plan: WritePlan): void {
  const date1904 = workbook.properties.date1904 === true;
  for (const sheetPlan of plan.sheets) {
    let worksheet = workbook.getWorksheet(sheetPlan.sheet);
    const creating = worksheet === undefined;
    if (worksheet === undefined) {
      if (!sheetPlan.create)
        throw new Error(`The plan writes to a sheet that does not exist: ${sheetPlan.sheet}`);
      worksheet = workbook.addWorksheet(sheetPlan.sheet);
    }
    const columnsBefore = usedExtent(worksheet).lastColumn;
    for (const write of sheetPlan.writes)
      writeCell(worksheet, write.row + 1, write.column + 1, write.value, date1904);
    if (creating) layOutNewSheet(worksheet, sheetPlan.definition);
    else fitColumnWidths(worksheet, newColumns(sheetPlan, columnsBefore));
  }
}

/** Columns the plan adds to the right of the officers' own (computed columns): 1-based. */
function newColumns(sheetPlan: SheetPlan, columnsBefore: number): number[] {
  const columns = new Set(sheetPlan.writes.map((w) => w.column + 1));
  return [...columns].filter((c) => c > columnsBefore);
}

function writeCell(
  worksheet: Worksheet,
  row: number,
  column: number,
  value: WriteValue,
  date1904: boolean
): void {
  if (value.kind === "blank" && worksheet.findCell(row, column) === undefined) return;
  const cell = worksheet.getCell(row, column);
  // A merged cell would pass the value on to the range's top-left cell, an officers' cell.
  if (cell.isMerged) worksheet.unMergeCells(cell.address);
  if (cell.formulaType === FormulaType.Master) keepSharedFormulaClones(worksheet, cell);
  switch (value.kind) {
    case "blank":
      cell.value = null;
      break;
    case "text":
      // A plain string: exceljs never reads `=…` in a string as a formula (saveXlsx writes it as text).
      cell.value = value.text === "" ? null : value.text;
      break;
    case "number":
      cell.value = value.value;
      if (value.format) setNumberFormat(cell, value.format);
      break;
    case "date":
      cell.value = date1904 ? value.day - DATE_1904_OFFSET : value.day;
      setNumberFormat(cell, value.format ?? DATE_FORMAT);
      break;
  }
}

/**
 * exceljs shares one style object between cells read with the same style: give this cell its own
 * copy, or setting its format would change every cell that shares it.
 */
function setNumberFormat(cell: Cell, format: string): void {
  cell.style = { ...cell.style, numFmt: format };
}

/**
 * A shared formula's other cells refer to the cell that holds it: before that cell is overwritten,
 * give each of them its own copy of the formula, so the officers' formulas elsewhere survive.
 */
function keepSharedFormulaClones(worksheet: Worksheet, master: Cell): void {
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value;
      if (
        typeof value === "object" &&
        value !== null &&
        "sharedFormula" in value &&
        value.sharedFormula === master.address
      ) {
        cell.value = { formula: cell.formula, result: value.result };
      }
    })
  );
}
