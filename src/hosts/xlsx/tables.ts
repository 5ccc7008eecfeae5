import { SheetSnapshot } from "../../workbook/snapshot";
import { columnIndex } from "./formulaShift";
import { cellReference } from "./sheetPatch";
import {
  attributeOf,
  firstElement,
  Splice,
  spliced,
  withAttributes,
  xmlElements,
} from "./xmlElements";

/** A table part (ECMA-376 Part 1, §18.5.1.2): its id and name are unique in the workbook. */
export interface TableInfo {
  path: string;
  id: number;
  name: string;
  ref: string;
}

export function tableInfoOf(path: string, xml: string): TableInfo {
  const table = firstElement(xmlElements(xml, path), "table", 0);
  return {
    path,
    id: Number(table ? attributeOf(table, "id") : 0) || 0,
    name: (table && (attributeOf(table, "displayName") ?? attributeOf(table, "name"))) || "",
    ref: (table && attributeOf(table, "ref")) || "",
  };
}

/**
 * The table part with its range (and its filter's) running from its header row to the sheet's last row
 * holding anything in the table's columns, at least one row below the header (a table always has a body).
 */
export function resizedTable(xml: string, table: TableInfo, sheet: SheetSnapshot): string {
  const match = /^\$?([A-Za-z]+)\$?(\d+):\$?([A-Za-z]+)\$?(\d+)$/.exec(table.ref);
  if (!match) return xml;
  const [, fromLetters, fromRow, toLetters] = match as unknown as [string, string, string, string];
  const left = columnIndex(fromLetters);
  const right = columnIndex(toLetters);
  const header = Number(fromRow) - 1;
  let last = header + 1;
  sheet.values.forEach((row, r) => {
    const sheetRow = sheet.origin.row + r;
    if (sheetRow <= header) return;
    for (let c = left; c <= right; c++) {
      const value = row[c - sheet.origin.column];
      if (value !== null && value !== undefined && value !== "") {
        last = Math.max(last, sheetRow);
        return;
      }
    }
  });
  const ref = `${cellReference(header, left)}:${cellReference(last, right)}`;
  if (ref === table.ref) return xml;
  const elements = xmlElements(xml, table.path);
  const splices: Splice[] = [];
  const root = firstElement(elements, "table", 0);
  if (root) splices.push(withAttributes(xml, root, { ref }));
  const filter = firstElement(elements, "autoFilter", 1);
  if (filter) splices.push(withAttributes(xml, filter, { ref }));
  return spliced(xml, splices);
}
