import { CellWrite } from "../../workbook/plan";
import { shiftedFormula } from "./formulaShift";
import { cellReference, columnIndex } from "./references";
import { CellAt, SheetMap } from "./sheetXml";
import { Splice, withAttributes } from "./xmlElements";

/**
 * The elements of a worksheet other than its cells that a write may need to change (ECMA-376 Part 1,
 * §18.3.1): a shared formula whose first cell is overwritten, a merge a written cell falls in, the
 * `dimension`, and the widths of the add-in's new columns. Nothing else of the sheet changes.
 */

/** Widths, in characters, of the add-in's new columns on an officers' sheet (as its own sheets have). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The first cell of a shared formula holds its text; the others only point at it (`si`). When that cell
 * is overwritten and others remain, the first remaining one takes the text, moved to its place.
 */
export function sharedFormulaSplices(map: SheetMap, overwritten: Set<CellAt>): Splice[] {
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
export function mergeSplices(xml: string, map: SheetMap, writes: readonly CellWrite[]): Splice[] {
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

export function dimensionSplices(
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
export function widthSplices(xml: string, map: SheetMap, writes: readonly CellWrite[]): Splice[] {
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
