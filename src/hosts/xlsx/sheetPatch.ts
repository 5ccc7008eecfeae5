import { CellWrite, DATE_FORMAT, WriteValue } from "../../workbook/plan";
import { cellReference } from "./references";
import { DATE_1904_OFFSET } from "./serials";
import { CellAt, mapSheet, RowAt, SheetMap } from "./sheetXml";
import {
  dimensionSplices,
  mergeSplices,
  sharedFormulaSplices,
  widthSplices,
} from "./sheetPatchElements";
import { textElement } from "./sharedStrings";
import { Splice, spliced, withAttributes, XmlElement } from "./xmlElements";

/**
 * A write plan carried out on one worksheet's XML by splicing: each cell the plan names is replaced or
 * inserted in its row, in column order; every other byte of the sheet stays as it was (the officers'
 * cells, formats, validations, conditional formats, drawings, comments' anchors, extensions). Only
 * what a write needs changes besides: the `dimension`, a merged range the write falls in (its value
 * would otherwise be hidden), a shared formula whose first cell is overwritten (the next cell takes
 * it on), and widths for the add-in's new columns.
 */
export interface CellStyles {
  /** The style for a value written over a cell of style `base`. */
  styleFor(value: WriteValue, base: number): number;
  /** The shared string index of a text. */
  stringIndex(text: string): number;
  date1904: boolean;
}

export interface PatchedSheet {
  xml: string;
  /** A formula was overwritten: the workbook's calculation chain names a cell that no longer has one. */
  formulaRemoved: boolean;
}

export function patchSheet(
  xml: string,
  part: string,
  writes: readonly CellWrite[],
  styles: CellStyles
): PatchedSheet {
  const map = mapSheet(xml, part);
  const splices: Splice[] = [];
  const byRow = new Map<number, CellWrite[]>();
  for (const write of writes) {
    const list = byRow.get(write.row) ?? [];
    list.push(write);
    byRow.set(write.row, list);
  }
  const rowsByNumber = new Map(map.rows.map((row) => [row.row, row]));
  const overwritten = new Set<CellAt>();
  const newRows: { row: number; text: string }[] = [];
  let lastRow = map.lastRow;
  let lastColumn = map.lastColumn;

  for (const [rowNumber, rowWrites] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    rowWrites.sort((a, b) => a.column - b.column);
    const row = rowsByNumber.get(rowNumber);
    const cellsOut: { at: number; text: string }[] = [];
    for (const write of rowWrites) {
      const existing = row?.cells.find((c) => c.column === write.column);
      const base = existing?.style ?? rowStyle(row) ?? columnStyle(map, write.column) ?? 0;
      const text = cellXml(write, base, styles);
      if (existing) {
        overwritten.add(existing);
        splices.push({ start: existing.start, end: existing.end, text });
      } else if (text !== "") {
        const next = row?.cells.find((c) => c.column > write.column);
        cellsOut.push({ at: next ? next.start : -1, text });
      }
      if (text !== "" && write.value.kind !== "blank") {
        lastRow = Math.max(lastRow, write.row);
        lastColumn = Math.max(lastColumn, write.column);
      }
    }
    if (cellsOut.length === 0) continue;
    if (!row) {
      newRows.push({
        row: rowNumber,
        text: `<row r="${rowNumber + 1}">${cellsOut.map((c) => c.text).join("")}</row>`,
      });
      continue;
    }
    if (row.selfClosing) {
      const tag = withAttributes(xml, asElement(row), {}, ["spans"]).text.replace(/\s*\/>$/, ">");
      splices.push({
        start: row.start,
        end: row.end,
        text: `${tag}${cellsOut.map((c) => c.text).join("")}</row>`,
      });
      continue;
    }
    // `spans` is only a hint (§18.3.1.73): dropped rather than left wrong.
    if (row.attributes.spans !== undefined)
      splices.push(withAttributes(xml, asElement(row), {}, ["spans"]));
    const rowEnd = xml.lastIndexOf("</", row.end - 1);
    for (const { at, text } of cellsOut)
      splices.push({ start: at < 0 ? rowEnd : at, end: at < 0 ? rowEnd : at, text });
  }

  splices.push(...newRowSplices(xml, map, newRows));
  splices.push(...sharedFormulaSplices(map, overwritten));
  splices.push(...mergeSplices(xml, map, writes));
  splices.push(...dimensionSplices(xml, map, lastRow, lastColumn));
  splices.push(...widthSplices(xml, map, writes));
  const formulaRemoved = [...overwritten].some((cell) => cell.formula !== undefined);
  return { xml: spliced(xml, splices), formulaRemoved };
}

function asElement(row: RowAt): XmlElement {
  return {
    name: "row",
    qualifiedName: "row",
    attributes: row.attributes,
    depth: 2,
    start: row.start,
    openEnd: row.openEnd,
    end: row.end,
    selfClosing: row.selfClosing,
    text: "",
  };
}

/** A row's own style applies to its cells that have none (`customFormat`, §18.3.1.73). */
function rowStyle(row: RowAt | undefined): number | undefined {
  if (!row || row.attributes.customFormat !== "1" || row.attributes.s === undefined)
    return undefined;
  return Number(row.attributes.s);
}

function columnStyle(map: SheetMap, column: number): number | undefined {
  const col = map.columns.find(
    (c) => Number(c.attributes.min) - 1 <= column && column <= Number(c.attributes.max) - 1
  );
  return col?.attributes.style === undefined ? undefined : Number(col.attributes.style);
}

/** The `<c>` element for a write; "" for a blank over nothing styled. */
export function cellXml(write: CellWrite, base: number, styles: CellStyles): string {
  const ref = cellReference(write.row, write.column);
  const value = write.value;
  if (value.kind === "blank" || (value.kind === "text" && value.text === "")) {
    const style = value.kind === "blank" && value.format ? styles.styleFor(value, base) : base;
    return style === 0 ? "" : `<c r="${ref}" s="${style}"/>`;
  }
  const style = styles.styleFor(value, base);
  const s = style === 0 ? "" : ` s="${style}"`;
  switch (value.kind) {
    case "text":
      // Always a string (shared), never a formula: text from the workbook stays text (docs/development.md).
      return `<c r="${ref}"${s} t="s"><v>${styles.stringIndex(value.text)}</v></c>`;
    case "number":
      return `<c r="${ref}"${s}><v>${numberText(value.value)}</v></c>`;
    case "date":
      return `<c r="${ref}"${s}><v>${value.day - (styles.date1904 ? DATE_1904_OFFSET : 0)}</v></c>`;
  }
}

/** A number as XML Schema's double reads it (§18.3.1.96 `v`): finite only. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} into a cell`);
  return String(value);
}

/** The number format a write sets (undefined: keep the cell's own). */
export function formatOfWrite(value: WriteValue): string | undefined {
  if (value.kind === "number" || value.kind === "blank") return value.format;
  if (value.kind === "date") return value.format ?? DATE_FORMAT;
  return undefined;
}

function newRowSplices(
  xml: string,
  map: SheetMap,
  newRows: { row: number; text: string }[]
): Splice[] {
  if (newRows.length === 0) return [];
  const sheetData = map.sheetData;
  if (!sheetData) throw new Error("A worksheet without sheetData cannot take cells");
  if (sheetData.selfClosing) {
    const tag = xml.slice(sheetData.start, sheetData.end).replace(/\s*\/>$/, ">");
    return [
      {
        start: sheetData.start,
        end: sheetData.end,
        text: `${tag}${newRows.map((r) => r.text).join("")}</${sheetData.qualifiedName}>`,
      },
    ];
  }
  const end = xml.lastIndexOf("</", sheetData.end - 1);
  return newRows.map(({ row, text }) => {
    const next = map.rows.find((r) => r.row > row);
    const at = next ? next.start : end;
    return { start: at, end: at, text };
  });
}

export { textElement };
export { excelWidth } from "./sheetPatchElements";
