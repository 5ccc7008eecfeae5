import { promises as fs } from "fs";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { TooManyCellsError } from "./sheetValues";
import { CELL_LIMIT, XlsxFormatError, XlsxPackage } from "./xlsxPackage";
import { XmlFormatError } from "./xmlElements";
import { ZipArchive, ZipReadError } from "./zipArchive";

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
  workbook: XlsxPackage;
  snapshot: WorkbookSnapshot;
}

const ZIP_SIGNATURE = "504b0304";
/** Compound File header: an old .xls, or an .xlsx saved with a password. */
const OLE_SIGNATURE = "d0cf11e0";

/**
 * Reads an .xlsx (or .xlsm) file: the package (to apply a plan to and save) and its snapshot. A
 * workbook of more than `cellLimit` filled cells is refused with a line that says how to split it.
 */
export async function readXlsx(path: string, cellLimit = CELL_LIMIT): Promise<XlsxWorkbook> {
  const bytes = await readBytes(path);
  const signature = bytes.subarray(0, 4).toString("hex");
  if (signature === OLE_SIGNATURE)
    throw new XlsxReadError(
      path,
      "it is an old .xls workbook or is protected by a password; save it from Excel as .xlsx without a password"
    );
  if (signature !== ZIP_SIGNATURE)
    throw new XlsxReadError(path, "it is not an .xlsx workbook (save it from Excel as .xlsx)");
  try {
    const workbook = XlsxPackage.fromArchive(await ZipArchive.open(bytes));
    if (workbook.worksheetCount === 0)
      throw new XlsxReadError(path, "it has no worksheets; is it an Excel workbook?");
    return { workbook, snapshot: await workbook.readSnapshot(cellLimit) };
  } catch (error) {
    if (error instanceof TooManyCellsError)
      throw new XlsxReadError(
        path,
        `${error.message}; tosp reads up to ${error.limit.toLocaleString("en-GB")}: keep older periods in another workbook and scan this one again`
      );
    if (error instanceof XlsxFormatError) throw new XlsxReadError(path, error.message);
    if (error instanceof ZipReadError || error instanceof XmlFormatError)
      throw new XlsxReadError(
        path,
        `the file is damaged (${error.message}); open it in Excel and save it again as .xlsx`
      );
    throw error;
  }
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
