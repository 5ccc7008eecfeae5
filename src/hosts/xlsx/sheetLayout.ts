import type { Cell, DataValidation, Worksheet } from "exceljs";
import { headerKey, headersOf, SheetDefinition } from "../../workbook/definition";
import * as sheets from "../../workbook/sheets";

/** Column widths, in characters, for the add-in's own columns. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Drop-downs reach this far down a new sheet, so rows added by later scans have them too. */
const DROP_DOWN_ROWS = 1000;

/** Every sheet definition in workbook/sheets (which also exports its drop-down lists). */
const DEFINITIONS: SheetDefinition[] = (Object.values(sheets) as unknown[]).filter(
  (value): value is SheetDefinition =>
    typeof value === "object" && value !== null && "key" in value && "columns" in value
);

export function definitionOf(key: string): SheetDefinition | undefined {
  return DEFINITIONS.find((definition) => definition.key === key);
}

/**
 * A sheet the add-in has just created (KPI status, Triggers): bold header row, frozen under it, widths
 * that fit, and a drop-down on each column the panel fills in from a list (Triggers' Panel decision).
 */
export function layOutNewSheet(worksheet: Worksheet, definitionKey: string): void {
  const header = worksheet.getRow(1);
  header.eachCell({ includeEmpty: false }, (cell) => {
    cell.style = { ...cell.style, font: { ...cell.style.font, bold: true } };
  });
  worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  fitColumnWidths(
    worksheet,
    Array.from({ length: worksheet.columnCount }, (_, i) => i + 1)
  );
  const definition = definitionOf(definitionKey);
  if (definition) addDropDowns(worksheet, definition);
}

/** Sets widths that fit the text of the given (1-based) columns, leaving any width already set. */
export function fitColumnWidths(worksheet: Worksheet, columns: number[]): void {
  for (const columnNumber of columns) {
    const column = worksheet.getColumn(columnNumber);
    if (column.width !== undefined) continue;
    let longest = 0;
    column.eachCell({ includeEmpty: false }, (cell) => {
      longest = Math.max(longest, displayLength(cell));
    });
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  }
}

function displayLength(cell: Cell): number {
  const value = cell.value;
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return cell.numFmt ? Math.max(10, String(value).length) : 10;
  return 0;
}

/** Only the panel's own columns get a drop-down: the add-in's columns are rewritten on every scan. */
function addDropDowns(worksheet: Worksheet, definition: SheetDefinition): void {
  const headers = new Map<string, number>();
  worksheet.getRow(1).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    if (typeof cell.value === "string") headers.set(headerKey(cell.value), columnNumber);
  });
  for (const column of definition.columns) {
    if (column.owned || !column.list || !listFits(column.list)) continue;
    const columnNumber = headersOf(column)
      .map((name) => headers.get(headerKey(name)))
      .find((n) => n !== undefined);
    if (columnNumber === undefined) continue;
    const letter = worksheet.getColumn(columnNumber).letter;
    const last = Math.max(DROP_DOWN_ROWS, worksheet.rowCount + DROP_DOWN_ROWS / 2);
    dataValidationsOf(worksheet).add(`${letter}2:${letter}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${column.list.join(",")}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Choose one of: ${column.list.join(", ")}`,
    });
  }
}

/** Excel's in-cell lists are comma-separated, in quotes, at most 255 characters. */
function listFits(list: readonly string[]): boolean {
  return list.every((item) => !/[,"]/.test(item)) && list.join(",").length <= 255;
}

/** exceljs 4.4 has range data validations (`dataValidations.add`) but leaves them out of its types. */
function dataValidationsOf(worksheet: Worksheet): {
  add(range: string, validation: DataValidation): void;
} {
  return (worksheet as unknown as { dataValidations: ReturnType<typeof dataValidationsOf> })
    .dataValidations;
}
