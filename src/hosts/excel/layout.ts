import { CellArea, ChartPlan, Highlight, SheetLayout } from "../../workbook/plan";
import { Chart, ChartTypeName, Range, Worksheet } from "./excelApi";
import { SheetEntry } from "./sheetDirectory";

/** The panel's colours: Excel's own good / neutral / bad cell styles, readable with their text. */
export const HIGHLIGHT_COLOURS: Record<Highlight, { fill: string; font: string }> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  neutral: { fill: "#D9D9D9", font: "#000000" },
};

export const CHART_TYPES: Record<ChartPlan["kind"], ChartTypeName> = {
  stackedBar: "BarStacked",
  bar: "BarClustered",
  column: "ColumnClustered",
};

/** Excel's default table style, so the add-in's tables look like the officers' own. */
export const TABLE_STYLE = "TableStyleMedium2";

/**
 * Column widths come in characters; Excel takes points. A character of the default font (Calibri 11)
 * is 7 pixels, plus 5 pixels of padding, and a pixel is 0.75 points.
 */
export function pointsForCharacters(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** A text compared in a conditional format's formula: in quotes, its own quotes doubled. */
function formulaText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/**
 * The add-in's table on a sheet, as the directory knows it: the name the plan gives, or that name
 * followed by a number (queueLayout takes one when the name is another sheet's table's).
 */
export function addInTableOn(entry: SheetEntry, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return entry.tables.find((table) => {
    const known = table.toLowerCase();
    return (
      known === wanted || (known.startsWith(wanted) && /^\d+$/.test(known.slice(wanted.length)))
    );
  });
}

/**
 * Resizes the add-in's table on an existing sheet to the rows the plan gives it, growing or shrinking
 * (Table.resize, ExcelApi 1.13): the same table, so its name, style, filters and the officers' formulas
 * that refer to it stay. Nothing when the sheet has no such table: an officer may have removed it.
 */
export function queueTableResize(
  sheet: Worksheet,
  table: { name: string; area: CellArea },
  entry: SheetEntry
): void {
  const existing = addInTableOn(entry, table.name);
  if (existing === undefined) return;
  const { row, column, rowCount, columnCount } = table.area;
  sheet.tables
    .getItem(existing)
    .resize(sheet.getRangeByIndexes(row, column, rowCount, columnCount));
}

export interface LayoutOptions {
  /** The sheet is being created: it gets the table too (an existing one only has its table resized). */
  newSheet: boolean;
  /** Lower-cased names of every table in the workbook, which a new table must not take; updated. */
  tableNames: Set<string>;
}

/**
 * Queues a sheet's layout after its values (a table takes its headers from the first row; a chart its
 * data). Applying the same layout twice leaves one of each: a new sheet's table is added once (its name
 * made unique in the workbook, as Excel's table names must be); charts the directory knows by name are
 * updated in place (data, title, position), others added and named; drop-downs and highlights are
 * cleared before they are set. `entry` is updated with the charts and tables the sheet will have.
 */
export function queueLayout(
  sheet: Worksheet,
  layout: SheetLayout,
  entry: SheetEntry,
  options: LayoutOptions
): void {
  const rangeOf = (area: CellArea): Range =>
    sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
  const cellAt = (row: number, column: number): Range => sheet.getRangeByIndexes(row, column, 1, 1);

  if (layout.table && options.newSheet && addInTableOn(entry, layout.table.name) === undefined) {
    const name = uniqueTableName(layout.table.name, options.tableNames);
    const table = sheet.tables.add(rangeOf(layout.table.area), true);
    table.name = name;
    table.style = TABLE_STYLE;
    entry.tables = [...entry.tables, name];
  }
  for (const { area, list } of layout.dropDowns) {
    const cells = rangeOf(area);
    cells.dataValidation.clear();
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
  }
  for (const { area, rules } of layout.highlights) {
    const cells = rangeOf(area);
    cells.conditionalFormats.clearAll();
    for (const { text, highlight, match } of rules) {
      const colours = HIGHLIGHT_COLOURS[highlight];
      if (match === "beginsWith") {
        const format = cells.conditionalFormats.add("ContainsText").textComparison;
        format.format.fill.color = colours.fill;
        format.format.font.color = colours.font;
        format.rule = { operator: "BeginsWith", text };
      } else {
        const format = cells.conditionalFormats.add("CellValue").cellValue;
        format.format.fill.color = colours.fill;
        format.format.font.color = colours.font;
        format.rule = { formula1: formulaText(text), operator: "EqualTo" };
      }
    }
  }
  for (const [column, characters] of Object.entries(layout.columnWidths ?? {})) {
    cellAt(0, Number(column)).format.columnWidth = pointsForCharacters(characters);
  }
  if (layout.freezeRows !== undefined) sheet.freezePanes.freezeRows(layout.freezeRows);
  for (const plan of layout.charts) {
    // In place when it exists: deleting and adding again would leave, if the write failed between the
    // add and the naming, an unnamed chart no later scan could tell from an officer's.
    let chart: Chart;
    if (entry.charts.includes(plan.name)) {
      chart = sheet.charts.getItem(plan.name);
      chart.setData(rangeOf(plan.data), "Auto");
    } else {
      chart = sheet.charts.add(CHART_TYPES[plan.kind], rangeOf(plan.data), "Auto");
      chart.name = plan.name;
      entry.charts = [...entry.charts, plan.name];
    }
    chart.title.text = plan.title;
    const { row, column, rowCount, columnCount } = plan.position;
    chart.setPosition(cellAt(row, column), cellAt(row + rowCount - 1, column + columnCount - 1));
  }
}

/** `name`, or `name2`, `name3`… if a table of the workbook has it (names ignore case in Excel). */
function uniqueTableName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let number = 2; taken.has(unique.toLowerCase()); number++) unique = `${name}${number}`;
  taken.add(unique.toLowerCase());
  return unique;
}
