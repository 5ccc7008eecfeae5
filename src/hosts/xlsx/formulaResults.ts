import type { CellFormulaValue, CellSharedFormulaValue, Workbook, Worksheet } from "exceljs";
import JSZip from "jszip";

type FormulaValue = CellFormulaValue | CellSharedFormulaValue;

/**
 * exceljs 4.4 turns every cached formula result in a date-formatted cell into a Date, so a lookup that
 * found nothing (`#N/A`) or a formula giving text (`"tbc"`) comes back as an invalid Date: read as a
 * blank, and saved as `NaN`, changing the officers' cell. Where that happened, the cached result is read
 * again from the sheet's XML and put back, so it is reported like any other cell and saved as it was.
 */
export async function recoverFormulaResults(buffer: Buffer, workbook: Workbook): Promise<void> {
  const lost = new Map<Worksheet, Map<string, FormulaValue>>();
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as FormulaValue | null;
        const result =
          value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)
            ? value.result
            : undefined;
        if (result instanceof Date && Number.isNaN(result.getTime())) {
          const cells = lost.get(worksheet) ?? new Map<string, FormulaValue>();
          cells.set(cell.address, value as FormulaValue);
          lost.set(worksheet, cells);
        }
      })
    );
  });
  if (lost.size === 0) return;

  const zip = await JSZip.loadAsync(buffer);
  const paths = await sheetPaths(zip);
  for (const [worksheet, cells] of lost) {
    const path = paths.get(worksheet.name);
    const xml = path ? await zip.file(path)?.async("string") : undefined;
    for (const [address, value] of cells) {
      const result = xml === undefined ? undefined : cachedResult(xml, address);
      worksheet.getCell(address).value = { ...value, result } as FormulaValue;
    }
  }
}

/** Sheet name → path of its XML in the package, from xl/workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) paths.set(unescapeXml(name), target);
  }
  return paths;
}

/** The cached result of one cell in a sheet's XML: an error, text, a boolean or a number. */
function cachedResult(xml: string, address: string): FormulaValue["result"] {
  const cell = new RegExp(`<c\\b[^>]*\\br="${address}"[^>]*>([\\s\\S]*?)</c>`).exec(xml);
  if (!cell) return undefined;
  const type = /\bt="([^"]+)"/.exec(cell[0].slice(0, cell[0].indexOf(">")))?.[1];
  const value = /<v>([\s\S]*?)<\/v>/.exec(cell[1] ?? "")?.[1];
  if (value === undefined) return undefined;
  const text = unescapeXml(value);
  if (type === "e") return { error: text as "#N/A" };
  if (type === "b") return text === "1";
  if (type === "str" || type === "s" || type === "inlineStr") return text;
  return Number(text);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, "&");
}
