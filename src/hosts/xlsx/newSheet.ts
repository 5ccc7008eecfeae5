import { CellArea, CellWrite, HighlightRule, SheetLayout } from "../../workbook/plan";
import { encodeExcelText } from "./excelText";
import { CellStyles, cellXml, excelWidth } from "./sheetPatch";
import { cellReference } from "./references";
import { escapeXml } from "./xmlElements";

/**
 * The XML of a sheet the add-in creates (KPI status, Triggers, Summary, Set up's sheets), laid out as
 * the Excel host lays it out: header row in bold and frozen, widths that fit, drop-downs where people
 * type, the panel's colours by conditional format (the word is always in the cell), a table, and print
 * set-up — landscape, one page wide, the header row on every page (its print titles are a defined
 * name, added with the sheet). Elements go in the order CT_Worksheet requires (ECMA-376 Part 1, §18.3.1.99).
 */
export interface NewSheet {
  writes: readonly CellWrite[];
  layout?: SheetLayout;
  /** `r:id` of the table part, when the layout has a table. */
  tableRelationship?: string;
}

/** Excel's limits on a validation's error box (§18.3.1.32) and an in-cell list (255 characters). */
const ERROR_TITLE_LIMIT = 32;
const ERROR_LIMIT = 225;
const LIST_LIMIT = 255;
/** Widths of columns the layout names no width for, in characters. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** A4 (§18.3.1.63, paperSize). */
const A4 = 9;

export function newSheetXml(
  sheet: NewSheet,
  styles: CellStyles & {
    bold(base: number): number;
    highlight(h: HighlightRule["highlight"]): number;
  },
  namespaces: { main: string; relationships: string }
): string {
  const { writes, layout } = sheet;
  const headerRows = layout?.freezeRows ?? 0;
  const rows = new Map<number, CellWrite[]>();
  let lastRow = 0;
  let lastColumn = 0;
  for (const write of writes) {
    const blank =
      write.value.kind === "blank" || (write.value.kind === "text" && write.value.text === "");
    if (blank && !(write.value.kind === "blank" && write.value.format)) continue;
    const list = rows.get(write.row) ?? [];
    list.push(write);
    rows.set(write.row, list);
    if (blank) continue;
    lastRow = Math.max(lastRow, write.row);
    lastColumn = Math.max(lastColumn, write.column);
  }
  const sheetData = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => {
      const base = row < headerRows ? styles.bold(0) : 0;
      const xml = cells
        .sort((a, b) => a.column - b.column)
        .map((write) => cellXml(write, base, styles))
        .join("");
      return `<row r="${row + 1}">${xml}</row>`;
    })
    .join("");

  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${namespaces.main}" xmlns:r="${namespaces.relationships}">`,
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    `<dimension ref="A1:${cellReference(lastRow, lastColumn)}"/>`,
    sheetViews(headerRows),
    `<sheetFormatPr defaultRowHeight="15"/>`,
    columns(writes, layout),
    `<sheetData>${sheetData}</sheetData>`,
    conditionalFormats(layout, styles),
    dataValidations(layout),
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `<pageSetup paperSize="${A4}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`,
  ];
  if (sheet.tableRelationship)
    parts.push(`<tableParts count="1"><tablePart r:id="${sheet.tableRelationship}"/></tableParts>`);
  parts.push("</worksheet>");
  return parts.join("");
}

function sheetViews(headerRows: number): string {
  if (headerRows <= 0) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const topLeft = `A${headerRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="${headerRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

/** Widths that fit the header and the longest value, at least as wide as the layout asks, at most MAX_WIDTH. */
function columns(writes: readonly CellWrite[], layout: SheetLayout | undefined): string {
  const widths = new Map<number, number>();
  for (const [column, characters] of Object.entries(layout?.columnWidths ?? {}))
    widths.set(Number(column), characters);
  for (const write of writes) {
    const length =
      write.value.kind === "text" ? write.value.text.length : write.value.kind === "blank" ? 0 : 10;
    const fitted = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2));
    widths.set(write.column, Math.max(widths.get(write.column) ?? 0, fitted));
  }
  if (widths.size === 0) return "";
  const cols = [...widths.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([column, characters]) =>
        `<col min="${column + 1}" max="${column + 1}" width="${excelWidth(characters)}" customWidth="1"/>`
    )
    .join("");
  return `<cols>${cols}</cols>`;
}

export function areaReference(area: CellArea): string {
  const from = cellReference(area.row, area.column);
  const to = cellReference(area.row + area.rowCount - 1, area.column + area.columnCount - 1);
  return from === to ? from : `${from}:${to}`;
}

/** A text in a formula: in quotes, its own quotes doubled. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditionalFormats(
  layout: SheetLayout | undefined,
  styles: { highlight(h: HighlightRule["highlight"]): number }
): string {
  let priority = 1;
  return (layout?.highlights ?? [])
    .map(({ area, rules }) => {
      const topLeft = cellReference(area.row, area.column);
      const cfRules = rules
        .map(({ text, highlight, match }) => {
          const dxf = styles.highlight(highlight);
          const p = priority++;
          if (match === "beginsWith")
            return `<cfRule type="beginsWith" dxfId="${dxf}" priority="${p}" operator="beginsWith" text="${escapeXml(text)}"><formula>${escapeXml(`LEFT(${topLeft},LEN(${formulaText(text)}))=${formulaText(text)}`)}</formula></cfRule>`;
          return `<cfRule type="cellIs" dxfId="${dxf}" priority="${p}" operator="equal"><formula>${escapeXml(formulaText(text))}</formula></cfRule>`;
        })
        .join("");
      return cfRules === ""
        ? ""
        : `<conditionalFormatting sqref="${areaReference(area)}">${cfRules}</conditionalFormatting>`;
    })
    .join("");
}

/** In-cell lists, one validation per area and never two over one cell (Excel repairs overlaps). */
function dataValidations(layout: SheetLayout | undefined): string {
  const taken: CellArea[] = [];
  const overlaps = (a: CellArea, b: CellArea): boolean =>
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount;
  const items = (layout?.dropDowns ?? []).flatMap(({ area, list }) => {
    const joined = list.join(",");
    if (list.some((item) => /[,"]/.test(item)) || joined.length > LIST_LIMIT) return [];
    if (taken.some((other) => overlaps(other, area))) return [];
    taken.push(area);
    const error = `Choose one of: ${list.join(", ")}`.slice(0, ERROR_LIMIT);
    return [
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml("Not on the list".slice(0, ERROR_TITLE_LIMIT))}" error="${escapeXml(encodeExcelText(error))}" sqref="${areaReference(area)}"><formula1>${escapeXml(formulaText(joined))}</formula1></dataValidation>`,
    ];
  });
  return items.length === 0
    ? ""
    : `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The table part (§18.5.1.2) over a new sheet's header and rows, in Excel's default table style. */
export function tableXml(
  id: number,
  name: string,
  area: CellArea,
  headers: readonly string[],
  namespace: string
): string {
  const ref = areaReference(area);
  const columns = headers
    .map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(encodeExcelText(header))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<table xmlns="${namespace}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
