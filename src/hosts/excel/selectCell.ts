import { ExcelContext } from "./excelApi";
import { ExcelSheetMissingError, isItemNotFound } from "./errors";

/** Shows the officer a cell (a problem's): activates its sheet and selects it, in one sync. */
export async function selectCell(
  context: ExcelContext,
  sheet: string,
  row: number,
  column: number
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRangeByIndexes(row, column, 1, 1).select();
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) throw new ExcelSheetMissingError(sheet);
    throw error;
  }
}
