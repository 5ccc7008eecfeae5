import { CellArea, ChartPlan, Highlight, SheetLayout } from "../../workbook/plan";
import { ChartTypeName, Range, Worksheet } from "./excelApi";
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
 * Queues a sheet's layout after its values (a table takes its headers from the first row; a chart
 * its data). Applying the same layout twice leaves one of each: the table and charts the directory
 * knows by name are replaced, and drop-downs and highlights cleared before they are set. `entry` is
 * updated with the charts and tables the sheet will have.
 */
export function queueLayout(sheet: Worksheet, layout: SheetLayout, entry: SheetEntry): void {
  const rangeOf = (area: CellArea): Range =>
    sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
  const cellAt = (row: number, column: number): Range => sheet.getRangeByIndexes(row, column, 1, 1);

  if (layout.table) {
    const { name, area } = layout.table;
    if (entry.tables.includes(name)) sheet.tables.getItem(name).convertToRange();
    const table = sheet.tables.add(rangeOf(area), true);
    table.name = name;
    table.style = TABLE_STYLE;
    entry.tables = [...entry.tables.filter((known) => known !== name), name];
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
    if (entry.charts.includes(plan.name)) sheet.charts.getItem(plan.name).delete();
    const chart = sheet.charts.add(CHART_TYPES[plan.kind], rangeOf(plan.data), "Auto");
    chart.name = plan.name;
    chart.title.text = plan.title;
    const { row, column, rowCount, columnCount } = plan.position;
    chart.setPosition(cellAt(row, column), cellAt(row + rowCount - 1, column + columnCount - 1));
    entry.charts = [...entry.charts.filter((known) => known !== plan.name), plan.name];
  }
}
