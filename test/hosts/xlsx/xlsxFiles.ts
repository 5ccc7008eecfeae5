import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx, XlsxWorkbook } from "../../../src/hosts/xlsx";
import { MemorySheet } from "../../../src/workbook/memorySheet";

/** A fresh folder under the system's temporary folder; remove it with `removeFolder`. */
export function tempFolder(): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), "tosp-xlsx-"));
}

export async function removeFolder(folder: string): Promise<void> {
  await fs.chmod(folder, 0o755).catch(() => undefined);
  await fs.rm(folder, { recursive: true, force: true });
}

/** The raw XML of one worksheet of a saved .xlsx file, found by its name through workbook.xml. */
export async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = [...workbook.matchAll(/<sheet [^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${xmlEscape(sheetName)}"`));
  const id = /r:id="([^"]+)"/.exec(sheet ?? "")?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const path = /Target="([^"]+)"/.exec(target ?? "")?.[1];
  if (!path) throw new Error(`No sheet ${sheetName} in ${file}`);
  return zip.file(path.startsWith("/") ? path.slice(1) : `xl/${path}`)!.async("string");
}

/** The `<c>` element of one cell (A1 address) in a sheet's XML, or undefined when absent. */
export function cellElement(xml: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(xml)?.[0];
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
}

export async function filesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

/** Writes a workbook built with exceljs (another program's file, for the host to read). */
export async function writeWithExceljs(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await workbook.xlsx.writeFile(file);
}

/** Reads a file with exceljs alone: an independent reader of what the host wrote. */
export async function readWithExceljs(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The package the host opens from a workbook exceljs wrote (through a file, as the command line does). */
export async function openedWithHost(
  workbook: ExcelJS.Workbook,
  file: string
): Promise<XlsxWorkbook> {
  await writeWithExceljs(workbook, file);
  return readXlsx(file);
}

/**
 * The memory host's sheets as an exceljs workbook: values and each cell's number format. Tests dress it
 * as officers would (styles, formulas, merges) to stand for a workbook another program wrote.
 */
export function exceljsFromMemory(sheets: readonly MemorySheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = sheet.formats?.[r]?.[c];
        if ((value === null || value === "") && !format) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
        if (format) cell.numFmt = format;
      })
    );
  }
  return workbook;
}
