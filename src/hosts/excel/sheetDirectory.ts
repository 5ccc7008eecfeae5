import { CellArea } from "../../workbook/plan";
import { RawCell } from "../../workbook/snapshot";

/**
 * What the Excel host remembers between calls about each sheet (names, sizes, charts, tables), so a
 * warm read knows what to ask for in one request and a write needs no read first. Excel is the truth:
 * every read checks the names against it and starts again when they differ.
 */
export interface SheetEntry {
  name: string;
  /** The used range at the last read (grown by the host's own writes); null when empty, undefined when unknown. */
  used?: CellArea | null;
  /** JSON bytes per cell (value and number format) measured at the last read: sizes the next one. */
  bytesPerCell?: number;
  /** Names of the sheet's charts and tables, so a rescan replaces its own rather than adding more. */
  charts: string[];
  tables: string[];
}

/**
 * Excel on the web caps each request and response at 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
 * counted in bytes on the wire, UTF-8: stay 10% under it (the JSON around the cells, and estimates); a
 * refused block is retried at half the size.
 */
export const DEFAULT_PAYLOAD_BUDGET = 4_500_000;

/** A guess for a cell never measured: a short text and "General" as JSON. Later reads measure it. */
export const DEFAULT_BYTES_PER_CELL = 40;

/**
 * The stand-in name of a sheet the add-in is creating, until the write that creates it has finished
 * (applyPlan.ts). A sheet of that name is an unfinished write: scans do not read it, and the next write
 * deletes it. The name says so to an officer who sees one.
 */
export function unfinishedSheetName(number: number): string {
  return `TOSP unfinished write ${number}`;
}

export function isUnfinishedSheet(name: string): boolean {
  return /^TOSP unfinished write \d+$/.test(name);
}

export function newEntry(name: string): SheetEntry {
  return { name, charts: [], tables: [] };
}

/** What reading the entry's values and formats would cost; unknown sizes count as small. */
export function estimatedBytes(entry: SheetEntry): number {
  if (!entry.used) return 0;
  const cells = entry.used.rowCount * entry.used.columnCount;
  return cells * (entry.bytesPerCell ?? DEFAULT_BYTES_PER_CELL);
}

/**
 * Bytes of a text in UTF-8, as it travels: 1 for ASCII, 2 for "é" or "£", 3 for "€", 4 for an emoji
 * (a surrogate pair in JavaScript's UTF-16, so 2 bytes for each of its two code units). A lone
 * surrogate is sent as U+FFFD, 3 bytes. JavaScript's `length` counts UTF-16 code units, which
 * undercounts every text beyond ASCII.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Bytes of a value as JSON in a request or response: UTF-8, as Excel on the web counts its limit. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Bytes(json);
}

/** Bytes per cell of values and formats Excel sent back, for the next estimate. */
export function measuredBytesPerCell(values: unknown[][], formats: unknown[][]): number {
  const cells = values.reduce((count, row) => count + row.length, 0);
  return cells === 0 ? DEFAULT_BYTES_PER_CELL : (jsonBytes(values) + jsonBytes(formats)) / cells;
}

/** Excel's error values: Office.js sends them as these strings in `values`. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * A cell as the other hosts give it. An empty cell comes as "" (null here); an error as its text,
 * read back as an error: telling it from a typed "#N/A" would mean loading `valueTypes`, a third more
 * payload for a text nobody types.
 */
export function rawCellOf(value: unknown): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function numberFormatOf(format: unknown): string {
  return typeof format === "string" && format !== "" ? format : "General";
}
