import JSZip from "jszip";
import { posix } from "path";

/**
 * A workbook Excel wrote, with one of its worksheets turned into the panel's Members register: the
 * sheet renamed `Members` and a small register (Name, Group and three members) put to the right of
 * everything on it, from row 1. Everything else the sheet carries — conditional formats, validations,
 * notes, threaded comments, drawings, tables, extensions — stays, so a scan writes its computed
 * columns (Status, Reason) into a sheet as Excel left it. Hand-made, by text, as an officer's sheet
 * would be edited; undefined when the workbook has no `index`-th worksheet.
 */
export async function withMembersRegister(
  bytes: Buffer,
  index: number
): Promise<Buffer | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const rootRels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const office = [...rootRels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => /Type="[^"]*\/officeDocument"/.test(tag));
  const workbookPath = (/Target="([^"]+)"/.exec(office ?? "")?.[1] ?? "xl/workbook.xml").replace(
    /^\//,
    ""
  );
  const relsPath = `${posix.dirname(workbookPath)}/_rels/${posix.basename(workbookPath)}.rels`;
  const workbook = await zip.file(workbookPath)!.async("string");
  const rels = await zip.file(relsPath)!.async("string");
  const worksheetTargets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/worksheet"/.test(m[0])) continue;
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target)
      worksheetTargets.set(
        id,
        target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(workbookPath), target)
      );
  }
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\/>/g)]
    .map((m) => ({ tag: m[0], id: /\b\w+:id="([^"]+)"/.exec(m[0])?.[1] ?? "" }))
    .filter((s) => worksheetTargets.has(s.id));
  const chosen = sheets[index];
  if (!chosen || /name="Members"/i.test(workbook)) return undefined;
  zip.file(
    workbookPath,
    workbook.replace(chosen.tag, chosen.tag.replace(/name="[^"]*"/, 'name="Members"'))
  );

  const path = worksheetTargets.get(chosen.id)!;
  const xml = await zip.file(path)!.async("string");
  const columns = [...xml.matchAll(/<c\b[^>]*\br="([A-Z]+)\d+"/g)].map((m) => columnIndex(m[1]!));
  const first = Math.max(-1, ...columns) + 2;
  const register = [
    ["Name", "Group"],
    ["Pat Jones", "General"],
    ["Amir Khan", "Tenants' Forum"],
    ["Chen Wei", "Deputy"],
  ];
  let patched = xml;
  register.forEach((values, r) => {
    const cells = values
      .map(
        (text, c) =>
          `<c r="${letters(first + c)}${r + 1}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`
      )
      .join("");
    patched = withCells(patched, r + 1, cells);
  });
  zip.file(path, patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The sheet XML with `cells` at the end of row `row` (1-based), the row made when missing. */
function withCells(xml: string, row: number, cells: string): string {
  const existing = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*?(/>|>[\\s\\S]*?</row>)`).exec(xml);
  if (existing) {
    const element = existing[0];
    const replaced = element.endsWith("/>")
      ? `${element.slice(0, -2)}>${cells}</row>`
      : `${element.slice(0, -"</row>".length)}${cells}</row>`;
    return xml.replace(element, replaced);
  }
  const later = [...xml.matchAll(/<row\b[^>]*\br="(\d+)"/g)].find((m) => Number(m[1]) > row);
  const text = `<row r="${row}">${cells}</row>`;
  if (later) return xml.slice(0, later.index) + text + xml.slice(later.index);
  if (/<sheetData\s*\/>/.test(xml))
    return xml.replace(/<sheetData\s*\/>/, `<sheetData>${text}</sheetData>`);
  return xml.replace("</sheetData>", `${text}</sheetData>`);
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n - 1;
}

function letters(column: number): string {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&apos;");
}
