import { Readable } from "stream";
import { SaxesParser } from "saxes";
import { formatKind } from "../../workbook/numberFormats";
import { RawCell, SheetSnapshot } from "../../workbook/snapshot";
import { decodeExcelText } from "./excelText";
import { DATE_1904_OFFSET, serialOfIsoDate } from "./serials";
import { StylesPart } from "./styles";
import { localName, XmlFormatError } from "./xmlElements";

/**
 * One worksheet's cells, read as its XML streams out of the zip (ECMA-376 Part 1, §18.3.1.4 `c`): a
 * value or a formula's cached result, and the number format of its style. Only cells that are in the
 * file cost anything: a sheet whose last cell is XFD1048576 costs what its few cells cost, and a
 * 1,000,000-row sheet is never held as XML, only as values.
 */
export interface SheetReading {
  strings: readonly string[];
  styles: StylesPart | undefined;
  date1904: boolean;
  /** Filled cells the workbook may still hold before it is refused (counts down across sheets). */
  budget: { cells: number; limit: number };
}

/**
 * A workbook with more filled cells than the limit: refused while it is read, before it fills memory
 * (a scan of 3,000,000 cells takes about 750 MB; `npm run bench`).
 */
export class TooManyCellsError extends Error {
  constructor(
    readonly sheet: string,
    readonly limit: number
  ) {
    super(
      `it holds more than ${limit.toLocaleString("en-GB")} filled cells ("${sheet}" reaches the limit)`
    );
    this.name = "TooManyCellsError";
  }
}

/** Rows at most this wide are filled out to the sheet's width, as Excel's used range is; wider ones stay as written. */
const DENSE_WIDTH = 256;
const EMPTY_ROW: RawCell[] = Object.freeze([]) as unknown as RawCell[];
const NO_FORMATS: string[] = Object.freeze([]) as unknown as string[];

interface CellBeingRead {
  column: number;
  type: string;
  style: number;
  value: string;
  inline: string;
  hasValue: boolean;
}

export async function readSheetValues(
  name: string,
  part: string,
  xml: Readable,
  reading: SheetReading
): Promise<SheetSnapshot> {
  // Rows by number: a sheet whose last cell is row 1,048,576 costs its rows, not a million slots.
  const values = new Map<number, RawCell[]>();
  const formats = new Map<number, string[]>();
  let lastRow = -1;
  let lastColumn = -1;
  let row = -1;
  let column = -1;
  let cell: CellBeingRead | undefined;
  let inSheetData = false;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;

  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => {
    const tagName = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (!inSheetData) {
      if (tagName === "sheetData") inSheetData = !tag.isSelfClosing;
      return;
    }
    switch (tagName) {
      case "row": {
        const r = attributes.r;
        row = r === undefined ? row + 1 : Number(r) - 1;
        column = -1;
        break;
      }
      case "c": {
        const ref = attributes.r;
        column = ref === undefined ? column + 1 : columnOf(ref);
        if (ref !== undefined) {
          const cellRow = rowOf(ref);
          if (cellRow >= 0) row = cellRow;
        }
        cell = {
          column,
          type: attributes.t ?? "n",
          style: attributes.s === undefined ? 0 : Number(attributes.s),
          value: "",
          inline: "",
          hasValue: false,
        };
        break;
      }
      case "v":
        inValue = cell !== undefined;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        inInlineText = cell !== undefined && phonetic === 0 && !tag.isSelfClosing;
        if (cell) cell.hasValue = true;
        break;
    }
  });
  const onText = (text: string): void => {
    if (!cell) return;
    if (inValue) {
      cell.value += text;
      cell.hasValue = true;
    } else if (inInlineText) cell.inline += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (!inSheetData) return;
    const tagName = localName(tag.name);
    if (tagName === "v") inValue = false;
    else if (tagName === "t") inInlineText = false;
    else if (tagName === "rPh") phonetic--;
    else if (tagName === "sheetData") inSheetData = false;
    else if (tagName === "c" && cell) {
      const format = reading.styles?.formatOf(cell.style) ?? "General";
      const value = valueOf(cell, format, reading);
      if (row >= 0 && cell.column >= 0) {
        let rowValues = values.get(row);
        let rowFormats = formats.get(row);
        if (!rowValues || !rowFormats) {
          rowValues = [];
          rowFormats = [];
          values.set(row, rowValues);
          formats.set(row, rowFormats);
        }
        while (rowValues.length < cell.column) {
          rowValues.push(null);
          rowFormats.push("General");
        }
        rowValues[cell.column] = value;
        rowFormats[cell.column] = format;
        if (value !== null && value !== "") {
          if (--reading.budget.cells < 0) throw new TooManyCellsError(name, reading.budget.limit);
          lastRow = Math.max(lastRow, row);
          lastColumn = Math.max(lastColumn, cell.column);
        }
      }
      cell = undefined;
    }
  });
  parser.on("error", (error) => {
    throw new XmlFormatError(part, error.message);
  });

  const decoder = new TextDecoder("utf-8");
  for await (const chunk of xml) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.write(decoder.decode()).close();

  return {
    name,
    origin: { row: 0, column: 0 },
    ...usedRange(values, formats, lastRow, lastColumn),
  };
}

/** The cells from A1 to the last one holding a value (styled blanks don't count, as in Excel). */
function usedRange(
  rows: Map<number, RawCell[]>,
  rowFormats: Map<number, string[]>,
  lastRow: number,
  lastColumn: number
): { values: RawCell[][]; numberFormats: string[][] } {
  const width = lastColumn + 1;
  const dense = width <= DENSE_WIDTH;
  const values: RawCell[][] = new Array<RawCell[]>(lastRow + 1).fill(EMPTY_ROW);
  const formats: string[][] = new Array<string[]>(lastRow + 1).fill(NO_FORMATS);
  for (let r = 0; r <= lastRow; r++) {
    const rowValues = rows.get(r);
    const formatsOfRow = rowFormats.get(r);
    if (!rowValues || !formatsOfRow) {
      if (dense) {
        values[r] = new Array<RawCell>(width).fill(null);
        formats[r] = new Array<string>(width).fill("General");
      }
      continue;
    }
    if (rowValues.length > width) {
      rowValues.length = width;
      formatsOfRow.length = width;
    }
    if (dense)
      while (rowValues.length < width) {
        rowValues.push(null);
        formatsOfRow.push("General");
      }
    values[r] = rowValues;
    formats[r] = formatsOfRow;
  }
  return { values, numberFormats: formats };
}

function valueOf(cell: CellBeingRead, format: string, reading: SheetReading): RawCell {
  const { type, value } = cell;
  switch (type) {
    case "s": {
      if (!cell.hasValue) return null;
      const text = reading.strings[Number(value)];
      return text === undefined ? { error: "#REF!" } : text;
    }
    case "inlineStr":
      return decodeExcelText(cell.inline);
    case "str":
      return cell.hasValue ? decodeExcelText(value) : null;
    case "b":
      return cell.hasValue ? value === "1" || value.toLowerCase() === "true" : null;
    case "e":
      return cell.hasValue ? { error: value } : null;
    case "d": {
      const serial = serialOfIsoDate(value);
      return serial === undefined ? { error: "#VALUE!" } : serial;
    }
    default: {
      if (!cell.hasValue || value === "") return null;
      const number = Number(value);
      if (!Number.isFinite(number)) return { error: "#NUM!" };
      // A 1904-based workbook stores dates 1,462 days lower; the snapshot holds 1900-based serials.
      return reading.date1904 && formatKind(format) === "date" ? number + DATE_1904_OFFSET : number;
    }
  }
}

/** 0-based column of an A1 reference: `AB12` → 27. */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else if (code !== 36) break; // `$`
  }
  return column - 1;
}

/** 0-based row of an A1 reference: `AB12` → 11. */
export function rowOf(ref: string): number {
  const digits = /(\d+)$/.exec(ref);
  return digits ? Number(digits[1]) - 1 : -1;
}
