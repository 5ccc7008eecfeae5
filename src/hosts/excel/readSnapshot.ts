import { ProgressListener } from "../../engine/host";
import { CellArea } from "../../workbook/plan";
import { parseReference } from "../../workbook/address";
import { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import {
  ChartCollection,
  ExcelContext,
  NamedItemCollection,
  Range,
  TableCollection,
} from "./excelApi";
import { ExcelSheetMissingError, isItemNotFound, isPayloadError } from "./errors";
import { bytesLeft, LargeSheet, readInBlocks } from "./readBlocks";
import {
  DEFAULT_BYTES_PER_CELL,
  estimatedBytes,
  isUnfinishedSheet,
  measuredBytesPerCell,
  newEntry,
  numberFormatOf,
  rawCellOf,
  SheetEntry,
} from "./sheetDirectory";

export interface ReadOptions {
  budget: number;
  /** False when only the directory is wanted (names, sizes, charts, tables), as before a cold write. */
  withValues: boolean;
  onProgress?: ProgressListener;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  directory: SheetEntry[];
}

const SIZE = "rowIndex,columnIndex,rowCount,columnCount";

interface SheetRead {
  entry: SheetEntry;
  used: Range;
  charts: ChartCollection;
  tables: TableCollection;
  withValues: boolean;
  /** A sheet too big for this request: its first rows, where the directory says they are. */
  head?: { range: Range; area: CellArea };
}

type MainBatch =
  | { kind: "read"; reads: SheetRead[]; definedNames?: NamedItemCollection }
  | { kind: "sheetsChanged"; names?: string[] }
  | { kind: "tooBig" };

/**
 * Reads every sheet's used range (values and number formats) in as few syncs as the payload allows:
 * cold (no directory) a sync for the sheet names, then one main batch; warm the main batch alone. Sheets
 * the main batch cannot carry are read in row blocks (readBlocks.ts). When the sheets differ from the
 * directory, the directory is dropped and the read starts again, once.
 */
export async function readExcelSnapshot(
  context: ExcelContext,
  directory: SheetEntry[] | undefined,
  options: ReadOptions
): Promise<ReadResult> {
  let syncs = 0;
  const report = (left: number): void =>
    options.onProgress?.({ stage: "reading", done: syncs, total: syncs + left });
  let entries = directory;
  let valuesInMainBatch = options.withValues;
  let startedAgain = false;
  for (;;) {
    if (entries === undefined) {
      entries = (await sheetNames(context)).map(newEntry);
      syncs += 1;
      report(1);
    }
    const batch = await mainBatch(context, entries, options.budget, {
      values: valuesInMainBatch,
      names: options.withValues,
    });
    syncs += 1;
    if (batch.kind === "read") {
      const read = await finish(context, batch.reads, options, report, () => syncs++);
      const names = namesOf(batch.definedNames);
      return names ? { ...read, snapshot: { ...read.snapshot, names } } : read;
    }
    if (batch.kind === "tooBig") {
      // Refused whole: ask for the sizes alone, then read by rows.
      valuesInMainBatch = false;
      continue;
    }
    if (startedAgain) throw new ExcelSheetMissingError();
    startedAgain = true;
    entries = batch.names?.map(newEntry);
  }
}

async function sheetNames(context: ExcelContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}

/**
 * One sync: the names again (to check the directory), every sheet's size, charts and tables, the
 * values that fit, and (`names`) the workbook's defined names, which hold the add-in's claims.
 */
async function mainBatch(
  context: ExcelContext,
  entries: SheetEntry[],
  budget: number,
  wanted: { values: boolean; names: boolean }
): Promise<MainBatch> {
  const withValues = wanted.values;
  const worksheets = context.workbook.worksheets.load("items/name");
  const definedNames = wanted.names
    ? context.workbook.names.load("items/name,items/type,items/value")
    : undefined;
  let estimate = 0;
  const reads = entries.map((entry): SheetRead => {
    const sheet = worksheets.getItem(entry.name);
    const bytes = estimatedBytes(entry);
    // An unfinished write's sheet (applyPlan.ts) is in the directory, to be deleted, but never read.
    const valuesFit = withValues && !isUnfinishedSheet(entry.name) && estimate + bytes <= budget;
    if (valuesFit) estimate += bytes;
    return {
      entry,
      used: sheet
        .getUsedRangeOrNullObject(true)
        .load(valuesFit ? `${SIZE},values,numberFormat` : SIZE),
      charts: sheet.charts.load("items/name"),
      tables: sheet.tables.load("items/name"),
      withValues: valuesFit,
    };
  });
  // The room left carries the first rows of the sheets too big to come whole, where the directory
  // says they are: a later scan then needs one request fewer (kept only if the sheet has not moved).
  for (const read of reads) {
    const { used, bytesPerCell } = read.entry;
    if (!withValues || read.withValues || !used || bytesPerCell === undefined) continue;
    if (isUnfinishedSheet(read.entry.name)) continue;
    const rows = Math.min(
      used.rowCount,
      Math.floor((budget - estimate) / (used.columnCount * bytesPerCell))
    );
    if (rows < 1) continue;
    estimate += rows * used.columnCount * bytesPerCell;
    const area = { ...used, rowCount: rows };
    read.head = {
      area,
      range: worksheets
        .getItem(read.entry.name)
        .getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount)
        .load("values,numberFormat"),
    };
  }
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return { kind: "sheetsChanged" };
    if (withValues && isPayloadError(error)) return { kind: "tooBig" };
    throw error;
  }
  const names = worksheets.items.map((sheet) => sheet.name);
  const same = names.length === entries.length && names.every((n, i) => n === entries[i]?.name);
  return same ? { kind: "read", reads, definedNames } : { kind: "sheetsChanged", names };
}

/** Each workbook-wide name, with the cell it refers to when it refers to a range (workbook/claims.ts). */
function namesOf(collection: NamedItemCollection | undefined): DefinedName[] | undefined {
  return collection?.items.map(({ name, type, value }) => {
    const refersTo =
      type === "Range" && typeof value === "string" ? parseReference(value) : undefined;
    return refersTo ? { name, refersTo } : { name };
  });
}

async function finish(
  context: ExcelContext,
  reads: SheetRead[],
  options: ReadOptions,
  report: (left: number) => void,
  countSync: () => void
): Promise<ReadResult> {
  const directory: SheetEntry[] = [];
  const large: { index: number; sheet: LargeSheet }[] = [];
  const sheets: SheetSnapshot[] = reads.map((read, index) => {
    const entry: SheetEntry = {
      name: read.entry.name,
      bytesPerCell: read.entry.bytesPerCell,
      charts: read.charts.items.map((chart) => chart.name),
      tables: read.tables.items.map((table) => table.name),
      used: null,
    };
    directory.push(entry);
    if (read.used.isNullObject) return sheetSnapshot(entry.name, { row: 0, column: 0 }, [], []);
    const used = areaOf(read.used);
    entry.used = used;
    const values = read.withValues ? read.used.values : null;
    const formats = read.withValues ? read.used.numberFormat : null;
    if (values && formats) {
      entry.bytesPerCell = measuredBytesPerCell(values, formats);
      return sheetSnapshot(entry.name, used, values, formats);
    }
    if (options.withValues && !isUnfinishedSheet(entry.name)) {
      const measured = entry.bytesPerCell !== undefined;
      const bytesPerCell = entry.bytesPerCell ?? DEFAULT_BYTES_PER_CELL;
      const sheet: LargeSheet = {
        name: entry.name,
        used,
        bytesPerCell,
        measured,
        values: [],
        formats: [],
      };
      const head = headRows(read, used);
      if (head) {
        sheet.values.push(...head.values);
        sheet.formats.push(...head.formats);
      }
      large.push({ index, sheet });
    }
    return sheetSnapshot(entry.name, used, [], []);
  });
  const largeSheets = large.map(({ sheet }) => sheet);
  const requestsLeft = (): number => Math.ceil(bytesLeft(largeSheets) / options.budget);
  report(requestsLeft());
  await readInBlocks(context, largeSheets, options.budget, () => {
    countSync();
    report(requestsLeft());
  });
  for (const { index, sheet } of large) {
    sheets[index] = sheetSnapshot(sheet.name, sheet.used, sheet.values, sheet.formats);
    const entry = directory[index];
    if (entry) entry.bytesPerCell = measuredBytesPerCell(sheet.values, sheet.formats);
  }
  // The scan never sees an unfinished write: it plans those sheets again, and the write replaces them.
  return {
    snapshot: { sheets: sheets.filter((sheet) => !isUnfinishedSheet(sheet.name)) },
    directory,
  };
}

/** The first rows read ahead, if the sheet's used range still starts where the directory said. */
function headRows(
  read: SheetRead,
  used: CellArea
): { values: unknown[][]; formats: unknown[][] } | undefined {
  const head = read.head;
  if (!head) return undefined;
  const { area } = head;
  if (area.row !== used.row || area.column !== used.column || area.columnCount !== used.columnCount)
    return undefined;
  const values = head.range.values;
  const formats = head.range.numberFormat;
  if (!values || !formats) return undefined;
  const rows = Math.min(values.length, used.rowCount);
  return { values: values.slice(0, rows), formats: formats.slice(0, rows) };
}

function areaOf(range: Range): CellArea {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

function sheetSnapshot(
  name: string,
  origin: { row: number; column: number },
  values: unknown[][],
  formats: unknown[][]
): SheetSnapshot {
  return {
    name,
    origin: { row: origin.row, column: origin.column },
    values: values.map((row) => row.map(rawCellOf)),
    numberFormats: formats.map((row) => row.map(numberFormatOf)),
  };
}
