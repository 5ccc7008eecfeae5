import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { Cell, ValueType, Workbook } from "exceljs";

/**
 * Saves the workbook to `outPath` through a temporary file in the same folder, renamed over the
 * target only once it is complete: a failed write never leaves half a workbook behind.
 */
export async function saveXlsx(workbook: Workbook, outPath: string): Promise<void> {
  const temporary = join(
    dirname(outPath),
    `.${basename(outPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    // Streamed straight to the file: exceljs's writeBuffer gathers the zip in memory first and took
    // half a second more on a 100,000-row workbook (npm run bench, "tosp scan / floor").
    await withTextEscaped(workbook, () => workbook.xlsx.writeFile(temporary));
    const file = await fs.open(temporary, "r+");
    try {
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

/**
 * Excel stores characters XML cannot hold (carriage return, other control characters) as `_xHHHH_`,
 * and a text that really contains `_xHHHH_` with its underscore escaped. exceljs decodes these on
 * reading but does not encode on writing, so text such as "\rx" would come back as "\nx". Encode
 * every text cell for the write, then put the workbook's values back as they were.
 */
async function withTextEscaped<T>(workbook: Workbook, write: () => Promise<T>): Promise<T> {
  const changed: [Cell, string][] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ValueType.String || typeof cell.value !== "string") return;
        if (!NEEDS_ESCAPE.test(cell.value)) return;
        const escaped = escapeText(cell.value);
        if (escaped !== cell.value) {
          changed.push([cell, cell.value]);
          cell.value = escaped;
        }
      })
    );
  }
  try {
    return await write();
  } finally {
    for (const [cell, value] of changed) cell.value = value;
  }
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B-\x1F]/;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

export function escapeText(text: string): string {
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
      .replace(/[\x00-\x08\x0B-\x1F]/g, (c) => `_x${hex4(c.charCodeAt(0))}_`)
  );
}
