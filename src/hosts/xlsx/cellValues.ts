import type { Cell, CellValue } from "exceljs";
import { RawCell } from "../../workbook/snapshot";

/**
 * exceljs cell values ↔ the snapshot's raw cells. exceljs hands dates over as JS Dates at UTC midnight
 * (converted from the file's serials, 1900 or 1904 based); turning them back into serials by UTC
 * arithmetic keeps the day whatever the machine's time zone.
 */
const MS_PER_DAY = 86_400_000;
/** Date.UTC(1899, 11, 30): day 0 of Excel's 1900 date system. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's day 0 to the 1904 system's (01/01/1904). */
export const DATE_1904_OFFSET = 1462;

/** The 1900-system serial of an exceljs date; a time of day stays as the fraction. */
export function serialOf(date: Date): number {
  return (date.getTime() - EPOCH_MS) / MS_PER_DAY;
}

/** What a cell shows as its value: a formula's cached result, a link's or rich text's plain text. */
export function rawCellOf(cell: Cell): RawCell {
  // A merged range holds its value in the top-left cell only, as Excel reports it.
  if (cell.isMerged && cell.master !== cell) return null;
  return rawValueOf(cell.value);
}

export function rawValueOf(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  // An invalid Date is a cached result exceljs could not read (see formulaResults.ts): unreadable, not blank.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : serialOf(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return rawValueOf(value.text as CellValue);
  if ("formula" in value || "sharedFormula" in value) return rawValueOf(value.result ?? null);
  return null;
}

/** Whether a value counts towards the used range (an empty text does not, as in Excel). */
export function isUsed(value: RawCell): boolean {
  return value !== null && value !== "";
}
