import { CellArea } from "../../workbook/plan";
import { ExcelContext, Range } from "./excelApi";
import {
  ExcelPayloadError,
  ExcelSheetMissingError,
  isItemNotFound,
  isPayloadError,
} from "./errors";
import { measuredBytesPerCell } from "./sheetDirectory";

/** A sheet too big for the first request: read in row blocks, its rows gathered here. */
export interface LargeSheet {
  name: string;
  used: CellArea;
  /** The estimate packing uses; re-measured after every block, doubled after a refusal. */
  bytesPerCell: number;
  /** Whether bytesPerCell was measured on this sheet (else it is a guess, replaced by the first measurement of any sheet). */
  measured: boolean;
  values: unknown[][];
  formats: unknown[][];
}

interface Block {
  sheet: LargeSheet;
  rowCount: number;
  range: Range;
}

const rowsLeft = (sheet: LargeSheet): number => sheet.used.rowCount - sheet.values.length;
const rowBytes = (sheet: LargeSheet): number => sheet.used.columnCount * sheet.bytesPerCell;

/** Estimated bytes still to read, for the progress bar's total. */
export function bytesLeft(sheets: LargeSheet[]): number {
  return sheets.reduce((sum, sheet) => sum + rowsLeft(sheet) * rowBytes(sheet), 0);
}

/**
 * Reads the sheets' used ranges in row blocks, packing blocks of all sheets greedily into requests of
 * at most `budget` estimated bytes: one `sync` per request, so the count depends on the bytes, not on
 * how many sheets there are. A block Excel refuses for size (or sends back as null) is read again at
 * half the size, by doubling its sheet's estimate; a single row that is still too big cannot be read.
 */
export async function readInBlocks(
  context: ExcelContext,
  sheets: LargeSheet[],
  budget: number,
  afterSync: () => void
): Promise<void> {
  while (sheets.some((sheet) => rowsLeft(sheet) > 0)) {
    const blocks = queueRequest(context, sheets, budget);
    let refused = false;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized request, ceil(bytes / budget) in all
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error)) throw new ExcelSheetMissingError();
      if (!isPayloadError(error)) throw error;
      refused = true;
    }
    afterSync();
    for (const block of blocks) {
      const values = refused ? null : block.range.values;
      const formats = refused ? null : block.range.numberFormat;
      if (values && formats) {
        for (const row of values) block.sheet.values.push(row);
        for (const row of formats) block.sheet.formats.push(row);
        block.sheet.bytesPerCell = Math.max(1, measuredBytesPerCell(values, formats));
        block.sheet.measured = true;
        // Sheets of one workbook are alike: a measured one is a better guess for the rest.
        for (const other of sheets)
          if (!other.measured) other.bytesPerCell = block.sheet.bytesPerCell;
      } else {
        if (block.rowCount === 1 && blocks.length === 1)
          throw new ExcelPayloadError(block.sheet.name);
        block.sheet.bytesPerCell *= 2;
      }
    }
  }
}

/** Queues the next request: from each sheet in turn, as many rows as the room left holds. */
function queueRequest(context: ExcelContext, sheets: LargeSheet[], budget: number): Block[] {
  const blocks: Block[] = [];
  let room = budget;
  for (const sheet of sheets) {
    const left = rowsLeft(sheet);
    if (left === 0) continue;
    // Always at least one row, or a sheet whose rows are each over the budget would never be read.
    const rowCount = Math.min(left, Math.floor(room / rowBytes(sheet))) || (blocks.length ? 0 : 1);
    if (rowCount === 0) continue;
    const { row, column, columnCount } = sheet.used;
    const range = context.workbook.worksheets
      .getItem(sheet.name)
      .getRangeByIndexes(row + sheet.values.length, column, rowCount, columnCount)
      .load("values,numberFormat");
    blocks.push({ sheet, rowCount, range });
    room -= rowCount * rowBytes(sheet);
    if (room <= 0) break;
  }
  return blocks;
}
