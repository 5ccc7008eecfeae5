import { ProgressListener } from "../../engine/host";
import { SheetPlan, WritePlan } from "../../workbook/plan";
import { ExcelContext, Worksheet } from "./excelApi";
import { ExcelPayloadError, ExcelSheetMissingError, isItemNotFound } from "./errors";
import { queueLayout } from "./layout";
import { newEntry, SheetEntry } from "./sheetDirectory";
import { Rectangle, rectanglesOf, rowBytesOf } from "./writeRectangles";

export interface WriteOptions {
  budget: number;
  onProgress?: ProgressListener;
}

/** Part of a rectangle (whole rows) sent in one request. */
interface Piece {
  sheet: string;
  rectangle: Rectangle;
}

/**
 * What each range written costs in the request besides its values: the calls that find the sheet and
 * range and set two properties. Thousands of scattered cells add up to megabytes.
 */
const RANGE_OVERHEAD_BYTES = 400;

/** Whether carrying out the plan would change anything in Excel. */
export function hasWork(plan: WritePlan): boolean {
  return plan.sheets.some((sheet) => sheet.create || sheet.writes.length > 0 || sheet.layout);
}

/**
 * Carries out a checked plan (checkPlan.ts) in one batch: new sheets, then each sheet's rectangles
 * (number format before values, see writeRectangles.ts), then the layouts. Only a plan whose values
 * are over the payload budget is cut by rows into more batches, one sync each; the layouts go last.
 * Returns the directory as the workbook now is.
 */
export async function writePlan(
  context: ExcelContext,
  directory: readonly SheetEntry[],
  plan: WritePlan,
  options: WriteOptions
): Promise<SheetEntry[]> {
  const entries = directory.map((entry) => ({ ...entry }));
  const created = plan.sheets
    .filter((sheet) => !entries.some((entry) => entry.name === sheet.sheet))
    .map((sheet) => sheet.sheet);
  const batches = batchesOf(plan.sheets, options.budget);
  for (const [index, pieces] of batches.entries()) {
    const worksheets = context.workbook.worksheets;
    if (index === 0) for (const name of new Set(created)) worksheets.add(name);
    const sheets = new Map<string, Worksheet>();
    const sheetNamed = (name: string): Worksheet => {
      const sheet = sheets.get(name) ?? worksheets.getItem(name);
      sheets.set(name, sheet);
      return sheet;
    };
    for (const { sheet, rectangle } of pieces) {
      const { row, column, values, formats } = rectangle;
      const range = sheetNamed(sheet).getRangeByIndexes(
        row,
        column,
        values.length,
        values[0]?.length ?? 0
      );
      range.numberFormat = formats;
      range.values = values;
    }
    if (index === batches.length - 1) {
      for (const sheetPlan of plan.sheets) {
        if (!sheetPlan.layout) continue;
        queueLayout(
          sheetNamed(sheetPlan.sheet),
          sheetPlan.layout,
          entryFor(entries, sheetPlan.sheet)
        );
      }
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch: a plan under the budget is one
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error)) throw new ExcelSheetMissingError();
      throw error;
    }
    options.onProgress?.({ stage: "writing", done: index + 1, total: batches.length });
  }
  for (const sheetPlan of plan.sheets) growUsedRange(entryFor(entries, sheetPlan.sheet), sheetPlan);
  return entries;
}

function entryFor(entries: SheetEntry[], name: string): SheetEntry {
  let entry = entries.find((known) => known.name === name);
  if (!entry) {
    entry = { ...newEntry(name), used: null };
    entries.push(entry);
  }
  return entry;
}

/**
 * Packs every rectangle into batches of at most `budget` request bytes, cutting rectangles by rows
 * where a batch fills up. Always at least one batch (sheets and layouts need one even with no values).
 */
function batchesOf(sheetPlans: readonly SheetPlan[], budget: number): Piece[][] {
  const batches: Piece[][] = [[]];
  let room = budget;
  for (const sheetPlan of sheetPlans) {
    for (const rectangle of rectanglesOf(sheetPlan.writes)) {
      const rowBytes = rowBytesOf(rectangle);
      let first = 0;
      while (first < rowBytes.length) {
        let last = first;
        let bytes = RANGE_OVERHEAD_BYTES;
        while (last < rowBytes.length && bytes + (rowBytes[last] ?? 0) <= room) {
          bytes += rowBytes[last] ?? 0;
          last += 1;
        }
        if (last === first) {
          if (room === budget) throw new ExcelPayloadError(sheetPlan.sheet);
          batches.push([]);
          room = budget;
          continue;
        }
        batches[batches.length - 1]?.push({
          sheet: sheetPlan.sheet,
          rectangle: rowsOf(rectangle, first, last),
        });
        room -= bytes;
        first = last;
      }
    }
  }
  return batches;
}

function rowsOf(rectangle: Rectangle, first: number, last: number): Rectangle {
  if (first === 0 && last === rectangle.values.length) return rectangle;
  return {
    row: rectangle.row + first,
    column: rectangle.column,
    values: rectangle.values.slice(first, last),
    formats: rectangle.formats.slice(first, last),
  };
}

/** The used range after the plan: the old one and every cell given a value (a blank never shrinks it: it only sizes reads). */
function growUsedRange(entry: SheetEntry, sheetPlan: SheetPlan): void {
  if (entry.used === undefined) return;
  let area = entry.used;
  for (const { row, column, value } of sheetPlan.writes) {
    if (value.kind === "blank" || (value.kind === "text" && value.text === "")) continue;
    if (area === null) {
      area = { row, column, rowCount: 1, columnCount: 1 };
      continue;
    }
    const top = Math.min(area.row, row);
    const left = Math.min(area.column, column);
    const bottom = Math.max(area.row + area.rowCount - 1, row);
    const right = Math.max(area.column + area.columnCount - 1, column);
    area = { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
  entry.used = area;
}
