import { CellValue, Workbook } from "exceljs";
import { MemorySheet } from "../memory/memoryHost";
import { fitColumnWidths } from "./sheetLayout";

/**
 * An exceljs workbook holding the memory host's sheets (the demo workbook): values as they are (dates
 * are serials with a date format), each cell's number format, and column widths that fit.
 */
export function workbookFromMemory(sheets: readonly MemorySheet[]): Workbook {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    let columns = 0;
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = sheet.formats?.[r]?.[c];
        if (value === null && !format) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value as CellValue;
        if (format) cell.numFmt = format;
        columns = Math.max(columns, c + 1);
      })
    );
    fitColumnWidths(
      worksheet,
      Array.from({ length: columns }, (_, i) => i + 1)
    );
  }
  return workbook;
}
