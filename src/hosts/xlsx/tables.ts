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

/** The table part with its range (and its filter's) set to `ref`; the same text when it is already there. */
export function resizedTable(xml: string, table: TableInfo, ref: string): string {
  if (ref === table.ref) return xml;
  const elements = xmlElements(xml, table.path);
  const splices: Splice[] = [];
  const root = firstElement(elements, "table", 0);
  if (root) splices.push(withAttributes(xml, root, { ref }));
  const filter = firstElement(elements, "autoFilter", 1);
  if (filter) splices.push(withAttributes(xml, filter, { ref }));
  return spliced(xml, splices);
}
