import { CellWrite, DATE_FORMAT, WriteValue } from "../../workbook/plan";
import { columnIndex, columnLetters, shiftedFormula } from "./formulaShift";
import { DATE_1904_OFFSET } from "./serials";
import { CellAt, mapSheet, RowAt, SheetMap } from "./sheetXml";
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

/** Widths, in characters, of the add-in's new columns on an officers' sheet (as its own sheets have). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

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

export function cellReference(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
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
      // Always a string (shared), never a formula: text from the workbook stays text (DESIGN.md).
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

/**
 * The first cell of a shared formula holds its text; the others only point at it (`si`). When that cell
 * is overwritten and others remain, the first remaining one takes the text, moved to its place.
 */
function sharedFormulaSplices(map: SheetMap, overwritten: Set<CellAt>): Splice[] {
  const splices: Splice[] = [];
  const cells = map.rows.flatMap((row) => row.cells);
  for (const master of overwritten) {
    const f = master.formula;
    if (!f || f.attributes.t !== "shared" || f.attributes.ref === undefined || f.text === "")
      continue;
    const si = f.attributes.si;
    const others = cells.filter(
      (c) =>
        !overwritten.has(c) &&
        c.formula?.attributes.t === "shared" &&
        c.formula.attributes.si === si &&
        c !== master
    );
    const heir = others[0];
    if (!heir?.formula) continue;
    const last = {
      row: Math.max(...others.map((c) => c.row)),
      column: Math.max(...others.map((c) => c.column)),
    };
    const first = {
      row: Math.min(...others.map((c) => c.row)),
      column: Math.min(...others.map((c) => c.column)),
    };
    const ref = `${cellReference(first.row, first.column)}:${cellReference(last.row, last.column)}`;
    const text = shiftedFormula(f.text, heir.row - master.row, heir.column - master.column);
    splices.push({
      start: heir.formula.start,
      end: heir.formula.end,
      text: `<f t="shared" ref="${ref}" si="${si}">${escapeFormula(text)}</f>`,
    });
  }
  return splices;
}

function escapeFormula(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A merged range one of the writes falls in is unmerged: a merge shows only its top-left cell's value. */
function mergeSplices(xml: string, map: SheetMap, writes: readonly CellWrite[]): Splice[] {
  const hit = map.mergeCells.filter((merge) => {
    const area = areaOf(merge.attributes.ref ?? "");
    return (
      area &&
      writes.some(
        (w) =>
          w.row >= area.top &&
          w.row <= area.bottom &&
          w.column >= area.left &&
          w.column <= area.right
      )
    );
  });
  if (hit.length === 0) return [];
  const section = map.sections.find((s) => s.name === "mergeCells");
  if (!section) return [];
  if (hit.length === map.mergeCells.length)
    return [{ start: section.start, end: section.end, text: "" }];
  return [
    withAttributes(xml, section, { count: String(map.mergeCells.length - hit.length) }),
    ...hit.map((merge) => ({ start: merge.start, end: merge.end, text: "" })),
  ];
}

function areaOf(
  ref: string
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = ref.split(":");
  if (!from || !to) return undefined;
  const parse = (a: string) => ({
    row: Number(/\d+$/.exec(a)?.[0] ?? NaN) - 1,
    column: columnIndex(a.replace(/[\d$]/g, "")),
  });
  const a = parse(from);
  const b = parse(to);
  if ([a.row, a.column, b.row, b.column].some((n) => !Number.isFinite(n))) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function dimensionSplices(
  xml: string,
  map: SheetMap,
  lastRow: number,
  lastColumn: number
): Splice[] {
  const dimension = map.sections.find((s) => s.name === "dimension");
  if (!dimension || lastRow < 0 || lastColumn < 0) return [];
  const current = areaOf(dimension.attributes.ref ?? "");
  const top = Math.min(current?.top ?? 0, 0);
  const left = Math.min(current?.left ?? 0, 0);
  const bottom = Math.max(current?.bottom ?? 0, lastRow);
  const right = Math.max(current?.right ?? 0, lastColumn);
  const ref = `${cellReference(top, left)}:${cellReference(bottom, right)}`;
  return ref === dimension.attributes.ref ? [] : [withAttributes(xml, dimension, { ref })];
}

/** Widths that fit the text of columns the plan adds beyond the sheet's last column; set widths stay. */
function widthSplices(xml: string, map: SheetMap, writes: readonly CellWrite[]): Splice[] {
  const widths = new Map<number, number>();
  for (const write of writes) {
    if (write.column <= map.lastColumn) continue;
    const length =
      write.value.kind === "text" ? write.value.text.length : write.value.kind === "blank" ? 0 : 10;
    widths.set(write.column, Math.max(widths.get(write.column) ?? 0, length));
  }
  const covered = (column: number): boolean =>
    map.columns.some(
      (c) => Number(c.attributes.min) - 1 <= column && column <= Number(c.attributes.max) - 1
    );
  const added = [...widths.entries()]
    .filter(([column]) => !covered(column))
    .sort((a, b) => a[0] - b[0])
    .map(([column, length]) => ({
      column,
      text: `<col min="${column + 1}" max="${column + 1}" width="${excelWidth(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2)))}" customWidth="1"/>`,
    }));
  if (added.length === 0) return [];
  const cols = map.sections.find((s) => s.name === "cols");
  if (cols && !cols.selfClosing) {
    const end = xml.lastIndexOf("</", cols.end - 1);
    return added.map(({ column, text }) => {
      const next = map.columns.find((c) => Number(c.attributes.min) - 1 > column);
      const at = next ? next.start : end;
      return { start: at, end: at, text };
    });
  }
  const sheetData = map.sheetData;
  if (!sheetData) return [];
  const text = `<cols>${added.map((a) => a.text).join("")}</cols>`;
  return cols
    ? [{ start: cols.start, end: cols.end, text }]
    : [{ start: sheetData.start, end: sheetData.start, text }];
}

/**
 * A width in characters as Excel stores it (§18.3.1.13): the characters of the default font's widest
 * digit plus 5 pixels of padding, at 7 pixels a character for Calibri 11.
 */
export function excelWidth(characters: number): number {
  return Math.round((characters + 5 / 7) * 256) / 256;
}

export { textElement };
