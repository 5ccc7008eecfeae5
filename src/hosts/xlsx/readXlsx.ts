import { recoverFormulaResults } from "./formulaResults";
import { promises as fs } from "fs";
import { Buffer as ExcelBuffer, Workbook, Worksheet } from "exceljs";
import { RawCell, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { isUsed, rawCellOf } from "./cellValues";

/** The file is missing, not an .xlsx workbook, or could not be opened: one plain line says which. */
export class XlsxReadError extends Error {
  constructor(
    readonly path: string,
    reason: string
  ) {
    super(`Cannot read ${path}: ${reason}`);
    this.name = "XlsxReadError";
  }
}

export interface XlsxWorkbook {
  workbook: Workbook;
  snapshot: WorkbookSnapshot;
}

const ZIP_SIGNATURE = "504b0304";
/** Compound File header: an old .xls, or an .xlsx saved with a password. */
const OLE_SIGNATURE = "d0cf11e0";

/** Reads an .xlsx file: the exceljs workbook (to apply a plan to and save) and its snapshot. */
export async function readXlsx(path: string): Promise<XlsxWorkbook> {
  const buffer = await readBytes(path);
  const signature = buffer.subarray(0, 4).toString("hex");
  if (signature === OLE_SIGNATURE)
    throw new XlsxReadError(
      path,
      "it is an old .xls workbook or is protected by a password; save it from Excel as .xlsx without a password"
    );
  if (signature !== ZIP_SIGNATURE)
    throw new XlsxReadError(path, "it is not an .xlsx workbook (save it from Excel as .xlsx)");
  const workbook = new Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelBuffer);
  } catch (error) {
    throw new XlsxReadError(
      path,
      `it is not a workbook exceljs can open (${oneLine(error)}); open it in Excel and save it as .xlsx`
    );
  }
  if (workbook.worksheets.length === 0)
    throw new XlsxReadError(path, "it has no worksheets; is it an Excel workbook?");
  await recoverFormulaResults(buffer, workbook);
  return { workbook, snapshot: snapshotOf(workbook) };
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : oneLine(error);
    throw new XlsxReadError(path, reason);
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? "unknown error";
}

/** Every worksheet from A1 to its last used cell: values, and number formats (General when none). */
export function snapshotOf(workbook: Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetSnapshotOf) };
}

function sheetSnapshotOf(worksheet: Worksheet): SheetSnapshot {
  const { lastRow, lastColumn } = usedExtent(worksheet);
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = worksheet.findRow(r);
    const rowValues: RawCell[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row?.findCell(c);
      rowValues.push(cell ? rawCellOf(cell) : null);
      rowFormats.push(cell?.numFmt || "General");
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { name: worksheet.name, origin: { row: 0, column: 0 }, values, numberFormats };
}

/** 1-based last row and column holding a value (0 when the sheet is empty); styled blanks don't count. */
export function usedExtent(worksheet: Worksheet): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (isUsed(rawCellOf(cell))) {
        lastRow = Math.max(lastRow, rowNumber);
        lastColumn = Math.max(lastColumn, columnNumber);
      }
    });
  });
  return { lastRow, lastColumn };
}
