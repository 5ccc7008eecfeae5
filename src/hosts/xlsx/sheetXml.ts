import { SaxesParser } from "saxes";
import { localName, XmlElement, XmlFormatError } from "./xmlElements";
import { columnOf, rowOf } from "./sheetValues";

/**
 * A worksheet's XML mapped for patching: where each row and cell sits in the text, and the few other
 * elements a write can touch (ECMA-376 Part 1, §18.3.1.99 CT_Worksheet). Everything else in the part
 * is kept as text and never looked at.
 */
export interface FormulaAt {
  start: number;
  end: number;
  attributes: Record<string, string>;
  text: string;
}

export interface CellAt {
  row: number;
  column: number;
  start: number;
  end: number;
  style?: number;
  formula?: FormulaAt;
}

export interface RowAt {
  row: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  attributes: Record<string, string>;
  cells: CellAt[];
}

export interface SheetMap {
  /** The worksheet's own children (depth 1), in order: where to put an element that is missing. */
  sections: XmlElement[];
  sheetData?: XmlElement;
  rows: RowAt[];
  /** `col` elements inside `cols`. */
  columns: XmlElement[];
  mergeCells: XmlElement[];
  /** The elements of the root start tag, for namespaces. */
  root?: XmlElement;
  lastRow: number;
  lastColumn: number;
}

export function mapSheet(xml: string, part: string): SheetMap {
  const map: SheetMap = {
    sections: [],
    rows: [],
    columns: [],
    mergeCells: [],
    lastRow: -1,
    lastColumn: -1,
  };
  const parser = new SaxesParser({ position: true });
  const open: XmlElement[] = [];
  let row: RowAt | undefined;
  let cell: CellAt | undefined;
  let formula: FormulaAt | undefined;
  let nextRow = 0;
  let nextColumn = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const start = xml.lastIndexOf("<", parser.position - 1);
    const attributes = tag.attributes as Record<string, string>;
    const element: XmlElement = {
      name,
      qualifiedName: tag.name,
      attributes,
      depth: open.length,
      start,
      openEnd: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      text: "",
    };
    open.push(element);
    if (element.depth === 0) map.root = element;
    if (element.depth === 1) {
      map.sections.push(element);
      if (name === "sheetData") map.sheetData = element;
      return;
    }
    const parent = open[open.length - 2]?.name;
    if (name === "row" && parent === "sheetData") {
      const r = attributes.r === undefined ? nextRow : Number(attributes.r) - 1;
      nextRow = r + 1;
      nextColumn = 0;
      row = {
        row: r,
        start,
        openEnd: parser.position,
        end: parser.position,
        selfClosing: tag.isSelfClosing,
        attributes,
        cells: [],
      };
      map.rows.push(row);
    } else if (name === "c" && row) {
      const ref = attributes.r;
      const column = ref === undefined ? nextColumn : columnOf(ref);
      nextColumn = column + 1;
      const s = attributes.s;
      cell = { row: ref === undefined ? row.row : rowOf(ref), column, start, end: parser.position };
      if (s !== undefined) cell.style = Number(s);
      row.cells.push(cell);
    } else if (name === "f" && cell) {
      formula = { start, end: parser.position, attributes, text: "" };
      cell.formula = formula;
    } else if (name === "col" && parent === "cols") map.columns.push(element);
    else if (name === "mergeCell" && parent === "mergeCells") map.mergeCells.push(element);
  });
  parser.on("text", (text) => {
    if (formula) formula.text += text;
  });
  parser.on("closetag", () => {
    const element = open.pop();
    if (!element) return;
    element.end = parser.position;
    if (element.name === "f" && formula) {
      formula.end = parser.position;
      formula = undefined;
    } else if (element.name === "c" && cell) {
      cell.end = parser.position;
      cell = undefined;
    } else if (element.name === "row" && row) {
      row.end = parser.position;
      row = undefined;
    }
  });
  parser.on("error", (error) => {
    throw new XmlFormatError(part, error.message);
  });
  parser.write(xml).close();
  for (const r of map.rows)
    for (const c of r.cells) {
      map.lastRow = Math.max(map.lastRow, c.row);
      map.lastColumn = Math.max(map.lastColumn, c.column);
    }
  return map;
}
