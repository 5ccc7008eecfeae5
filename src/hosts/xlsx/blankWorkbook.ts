import { MINIMAL_STYLES } from "./styles";
import { XlsxPackage } from "./xlsxPackage";
import { ZipArchive } from "./zipArchive";
import { CONTENT_TYPE, MAIN_NAMESPACE, XML_DECLARATION } from "./opc";

/**
 * The parts of an empty Transitional workbook (ECMA-376 Part 1, §12.2): content types, the package's
 * relationships, the workbook with no sheet yet, its relationships and styles. Sheets are added by a
 * plan, as on any other workbook; a workbook is only saved once it has one.
 */
const TRANSITIONAL = MAIN_NAMESPACE.transitional;
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

function blankParts(): Map<string, string> {
  return new Map([
    [
      "[Content_Types].xml",
      `${XML_DECLARATION}\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_DECLARATION}\r\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_DECLARATION}\r\n<workbook xmlns="${TRANSITIONAL}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_DECLARATION}\r\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", MINIMAL_STYLES(TRANSITIONAL)],
  ]);
}

/** An empty workbook to add sheets to. */
export function blankWorkbook(): XlsxPackage {
  return XlsxPackage.fromArchive(
    ZipArchive.fromParts(blankParts(), new Date(Date.UTC(2026, 0, 1)))
  );
}
