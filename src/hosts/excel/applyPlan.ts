import { ProgressListener } from "../../engine/host";
import { SheetPlan, WritePlan } from "../../workbook/plan";
import { ExcelContext, Worksheet } from "./excelApi";
import { ExcelPayloadError, ExcelSheetMissingError, isItemNotFound } from "./errors";
import { queueLayout, queueTableResize } from "./layout";
import { isUnfinishedSheet, newEntry, SheetEntry, unfinishedSheetName } from "./sheetDirectory";
import { Rectangle, rectanglesOf, rowBytesOf } from "./writeRectangles";

export interface WriteOptions {
  budget: number;
  onProgress?: ProgressListener;
  /** ExcelApi 1.8 is there: Excel's events are turned off while the add-in writes (see writePlan). */
  quietEvents: boolean;
  /** ExcelApi 1.13 is there: the add-in's tables can be resized (Table.resize). */
  resizeTables: boolean;
  /** Turning events back on failed after a failed write: the host must do it at its next request. */
  onEventsLeftOff?: () => void;
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
  return (
    plan.sheets.some((sheet) => sheet.create || sheet.writes.length > 0 || sheet.layout) ||
    (plan.removeNames?.length ?? 0) > 0 ||
    (plan.addNames?.length ?? 0) > 0
  );
}

/**
 * Carries out a checked plan (checkPlan.ts) in one batch, or in as many as its values need under the
 * payload budget (cut by whole rows, one sync each). Returns the directory as the workbook now is.
 *
 * A failed sync keeps the calls that ran before the failing one and runs none after it; Excel rolls
 * nothing back (OfficeExtension.Error, "Trace message instrumentation",
 * learn.microsoft.com/javascript/api/office/officeextension.error). So the calls are ordered to leave
 * the workbook, at every point, in a state the next scan reads correctly and finishes:
 * 1. first request: events off; the unfinished sheets of an earlier failed write deleted; each sheet the
 *    plan creates added under a stand-in name (`TOSP unfinished write 1`…), which scans do not read;
 *    the add-in's tables on existing sheets resized to their rows (before the rows they cover are
 *    written, so a later failure leaves cells to write, which the next scan plans again);
 * 2. the values, a whole row per call (writeRectangles.ts): never half a record;
 * 3. last request: layouts (the new sheets' tables, drop-downs, colours, charts; the Summary's charts
 *    updated in place), then each new sheet renamed to its own name, then the add-in's claims (names
 *    deleted, then added: workbook/claims.ts), then events on.
 * A new sheet therefore appears under its name only complete, and until then the next scan plans it
 * again; a change to an existing sheet is either done or planned again; a claim not yet added is
 * added by the next scan, which adopts the sheet or column it wrote (engine/ownership.ts).
 *
 * Events: the add-in's own changes must not look like the officers' to `worksheets.onChanged`
 * (changeEvents.ts). "The enableEvents property determines if events are fired and their handlers are
 * activated" (excel-add-ins-events, "Enable and disable events"); so events are off from the first call
 * of the write to its last, and turned back on in a request of their own if the write fails. An
 * officer's edit made during those seconds is not reported: the next scan still reads it.
 */
export async function writePlan(
  context: ExcelContext,
  directory: readonly SheetEntry[],
  plan: WritePlan,
  options: WriteOptions
): Promise<SheetEntry[]> {
  const unfinished = directory.filter((entry) => isUnfinishedSheet(entry.name));
  const entries = directory
    .filter((entry) => !isUnfinishedSheet(entry.name))
    .map((entry) => ({ ...entry }));
  const standIns = standInNames(plan, directory, entries);
  // The new sheets come last, in the order they are added: the directory lists them so, for warm reads.
  for (const name of standIns.keys()) entryFor(entries, name);
  // Table names are the workbook's, not the sheet's: those the unfinished sheets held are freed here.
  const tableNames = new Set(entries.flatMap((entry) => entry.tables.map(lowerCase)));
  const batches = batchesOf(plan.sheets, options.budget);
  let eventsOff = false;
  try {
    for (const [index, pieces] of batches.entries()) {
      const first = index === 0;
      const last = index === batches.length - 1;
      const worksheets = context.workbook.worksheets;
      const sheets = new Map<string, Worksheet>();
      const sheetNamed = (name: string): Worksheet => {
        const sheet = sheets.get(name) ?? worksheets.getItem(standIns.get(name) ?? name);
        sheets.set(name, sheet);
        return sheet;
      };
      if (first) {
        if (options.quietEvents) {
          context.runtime.enableEvents = false;
          eventsOff = true;
        }
        for (const entry of unfinished) worksheets.getItem(entry.name).delete();
        for (const [name, standIn] of standIns) sheets.set(name, worksheets.add(standIn));
        if (options.resizeTables)
          for (const sheetPlan of plan.sheets) {
            const table = sheetPlan.layout?.table;
            if (!table || standIns.has(sheetPlan.sheet)) continue;
            queueTableResize(
              sheetNamed(sheetPlan.sheet),
              table,
              entryFor(entries, sheetPlan.sheet)
            );
          }
      }
      for (const { sheet, rectangle } of pieces) {
        const { row, column, values, formats } = rectangle;
        const range = sheetNamed(sheet).getRangeByIndexes(
          row,
          column,
          values.length,
          values[0]?.length ?? 0
        );
        // Number format before value: text set as Text ("@") is kept as typed (writeRectangles.ts).
        range.numberFormat = formats;
        range.values = values;
      }
      if (last) {
        for (const sheetPlan of plan.sheets) {
          if (!sheetPlan.layout) continue;
          queueLayout(
            sheetNamed(sheetPlan.sheet),
            sheetPlan.layout,
            entryFor(entries, sheetPlan.sheet),
            {
              newSheet: standIns.has(sheetPlan.sheet) || sheetPlan.create,
              tableNames,
            }
          );
        }
        for (const name of standIns.keys()) sheetNamed(name).name = name;
        // NamedItem.delete and NamedItemCollection.add are ExcelApi 1.4, under the manifest's 1.9.
        const names = context.workbook.names;
        for (const name of plan.removeNames ?? []) names.getItem(name).delete();
        for (const { name, sheet, row, column, comment } of plan.addNames ?? [])
          names.add(name, sheetNamed(sheet).getRangeByIndexes(row, column, 1, 1), comment);
        if (eventsOff) context.runtime.enableEvents = true;
      }
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch: a plan under the budget is one
        await context.sync();
      } catch (error) {
        if (isItemNotFound(error)) throw new ExcelSheetMissingError();
        throw error;
      }
      if (last) eventsOff = false;
      options.onProgress?.({ stage: "writing", done: index + 1, total: batches.length });
    }
  } catch (error) {
    if (eventsOff) await turnEventsOn(context, options);
    throw error;
  }
  for (const sheetPlan of plan.sheets) growUsedRange(entryFor(entries, sheetPlan.sheet), sheetPlan);
  return entries;
}

/** The stand-in name each sheet the plan creates is written under, none of them taken. */
function standInNames(
  plan: WritePlan,
  directory: readonly SheetEntry[],
  entries: readonly SheetEntry[]
): Map<string, string> {
  const taken = new Set(directory.map((entry) => lowerCase(entry.name)));
  const standIns = new Map<string, string>();
  let number = 1;
  for (const { sheet } of plan.sheets) {
    if (standIns.has(sheet) || entries.some((entry) => entry.name === sheet)) continue;
    while (taken.has(lowerCase(unfinishedSheetName(number)))) number += 1;
    standIns.set(sheet, unfinishedSheetName(number));
    number += 1;
  }
  return standIns;
}

/** Events back on after a failed write; if even that fails, the host tries again at its next request. */
async function turnEventsOn(context: ExcelContext, options: WriteOptions): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    options.onEventsLeftOff?.();
  }
}

function lowerCase(name: string): string {
  return name.toLowerCase();
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
