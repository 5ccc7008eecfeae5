import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { XlsxPackage } from "./xlsxPackage";
import { writeZip } from "./zipArchive";

/**
 * Saves the package to `outPath` through a temporary file in the same folder, renamed over the target
 * only once it is complete and on disk: a failed write never leaves half a workbook behind.
 */
export async function saveXlsx(workbook: XlsxPackage, outPath: string): Promise<void> {
  const temporary = join(
    dirname(outPath),
    `.${basename(outPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    const bytes = xlsxBytes(workbook);
    const file = await fs.open(temporary, "wx");
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, outPath);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The package as the bytes of an .xlsx file. */
export function xlsxBytes(workbook: XlsxPackage): Buffer {
  const chunks: Uint8Array[] = [];
  writeZip(workbook.parts(), (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}
