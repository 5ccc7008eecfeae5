import { CellWrite, DATE_FORMAT, WriteValue } from "../../workbook/plan";
import { jsonLength } from "./sheetDirectory";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** A block of cells written with one `values` and one `numberFormat` assignment. */
export interface Rectangle {
  row: number;
  column: number;
  values: (string | number)[][];
  formats: string[][];
}

/**
 * The value and number format a plan's value is written with. Text gets the Text format "@", set
 * before the value: Excel then keeps the string exactly as given, so `=HYPERLINK(…)`, `+1`, `-2` or
 * `@x` typed as a member's name stays that text and never becomes a formula, and `007` or `1/2` stay
 * text rather than turning into numbers or dates. A leading apostrophe would also stop a formula, but
 * Excel drops it from the value, so a text that really starts with one would lose it on the way back,
 * and the other hosts would have to learn the same escaping; the format keeps values as they are.
 */
export function excelCellOf(value: WriteValue): { value: string | number; format: string } {
  switch (value.kind) {
    case "text":
      return { value: value.text, format: TEXT_FORMAT };
    case "number":
      return { value: value.value, format: value.format ?? "General" };
    case "date":
      return { value: value.day, format: value.format ?? DATE_FORMAT };
    case "blank":
      return { value: "", format: "General" };
  }
}

/**
 * Groups a sheet's writes into rectangles, so a table of changes is one range, not a range per cell:
 * runs of adjacent cells in a row, then consecutive rows whose runs span the same columns. When a plan
 * names a cell twice, the last write wins.
 */
export function rectanglesOf(writes: readonly CellWrite[]): Rectangle[] {
  const rows = new Map<number, Map<number, WriteValue>>();
  for (const write of writes) {
    const row = rows.get(write.row) ?? new Map<number, WriteValue>();
    row.set(write.column, write.value);
    rows.set(write.row, row);
  }
  const rectangles: Rectangle[] = [];
  /** Rectangles that reached the previous row, by the columns they span. */
  let open = new Map<string, Rectangle>();
  for (const rowIndex of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(rowIndex) ?? new Map<number, WriteValue>();
    const next = new Map<string, Rectangle>();
    for (const run of runsOf([...cells.keys()].sort((a, b) => a - b))) {
      const written = run.map((column) => excelCellOf(cells.get(column) ?? { kind: "blank" }));
      const values = written.map((cell) => cell.value);
      const formats = written.map((cell) => cell.format);
      const key = `${run[0]}:${run.length}`;
      const above = open.get(key);
      if (above && above.row + above.values.length === rowIndex) {
        above.values.push(values);
        above.formats.push(formats);
        next.set(key, above);
      } else {
        const rectangle = {
          row: rowIndex,
          column: run[0] ?? 0,
          values: [values],
          formats: [formats],
        };
        rectangles.push(rectangle);
        next.set(key, rectangle);
      }
    }
    open = next;
  }
  return rectangles;
}

/** Sorted columns cut where they stop being adjacent: [1,2,3,7,8] → [[1,2,3],[7,8]]. */
function runsOf(columns: number[]): number[][] {
  const runs: number[][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

/** Request bytes of each row of a rectangle: its values and formats as JSON. */
export function rowBytesOf(rectangle: Rectangle): number[] {
  return rectangle.values.map(
    (values, i) => jsonLength(values) + jsonLength(rectangle.formats[i] ?? [])
  );
}
