import { CellWrite, DATE_FORMAT, WriteValue } from "../../workbook/plan";
import { jsonBytes } from "./sheetDirectory";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/**
 * A block of cells written with one `values` and one `numberFormat` assignment. A null leaves its cell
 * as it is, value and format: "specify null for all other cells in the 2-D array" (Excel add-ins:
 * blank and null values, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export interface Rectangle {
  row: number;
  column: number;
  values: (string | number | null)[][];
  formats: (string | null)[][];
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
 * Groups a sheet's writes into rectangles, so a table of changes is one range, not a range per cell.
 * Each row's writes are one run, from its first written column to its last, with null over the cells
 * between that the plan does not write (officers' columns stay as they are); consecutive rows whose
 * runs span the same columns share a rectangle. So every row of a record is written by one call: a
 * write that fails part way (Excel keeps the calls that ran, and no more; see applyPlan.ts) never
 * leaves half a row, such as a new trigger's Key without its Panel decision. When a plan names a cell
 * twice, the last write wins.
 */
export function rectanglesOf(writes: readonly CellWrite[]): Rectangle[] {
  const rows = new Map<number, Map<number, WriteValue>>();
  for (const write of writes) {
    const row = rows.get(write.row) ?? new Map<number, WriteValue>();
    row.set(write.column, write.value);
    rows.set(write.row, row);
  }
  const rectangles: Rectangle[] = [];
  let above: Rectangle | undefined;
  for (const rowIndex of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(rowIndex) ?? new Map<number, WriteValue>();
    const columns = [...cells.keys()];
    const first = Math.min(...columns);
    const width = Math.max(...columns) - first + 1;
    const values: (string | number | null)[] = [];
    const formats: (string | null)[] = [];
    for (let column = first; column < first + width; column++) {
      const value = cells.get(column);
      const written = value === undefined ? undefined : excelCellOf(value);
      values.push(written ? written.value : null);
      formats.push(written ? written.format : null);
    }
    const continues =
      above !== undefined &&
      above.row + above.values.length === rowIndex &&
      above.column === first &&
      above.values[0]?.length === width;
    if (above && continues) {
      above.values.push(values);
      above.formats.push(formats);
    } else {
      above = { row: rowIndex, column: first, values: [values], formats: [formats] };
      rectangles.push(above);
    }
  }
  return rectangles;
}

/** Request bytes of each row of a rectangle: its values and formats as JSON, in UTF-8. */
export function rowBytesOf(rectangle: Rectangle): number[] {
  return rectangle.values.map(
    (values, i) => jsonBytes(values) + jsonBytes(rectangle.formats[i] ?? [])
  );
}
