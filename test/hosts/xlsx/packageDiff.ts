import JSZip from "jszip";
import { posix } from "path";
import { WritePlan } from "../../../src/workbook/plan";

/**
 * A part-by-part comparison of a workbook and the copy a scan wrote, read with JSZip (not the host
 * under test). docs/development.md, hosts/xlsx: every part the scan does not change is byte for byte the same;
 * the parts it must change change only by what they gain (sheets, relationships, content types,
 * shared strings, styles, defined names); a sheet it writes into differs only in the cells the plan
 * names and the elements those writes need. Returns what breaks that, in plain words; [] when nothing.
 */
export interface PackageDiff {
  problems: string[];
  /** Parts whose bytes differ. */
  changed: string[];
  /** Parts only in the copy. */
  added: string[];
}

export async function packageDiff(
  input: Buffer,
  output: Buffer,
  plan: WritePlan
): Promise<PackageDiff> {
  const before = await JSZip.loadAsync(input);
  const after = await JSZip.loadAsync(output);
  const names = (zip: JSZip) => Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const problems: string[] = [];
  const changed: string[] = [];
  const afterNames = new Set(names(after).map((n) => n.toLowerCase()));
  const written = await writtenSheetParts(before, plan);
  const calcChainRemoved = !names(after).some((n) => /calcChain\.xml$/i.test(n));

  for (const name of names(before)) {
    const original = await before.file(name)!.async("nodebuffer");
    if (!afterNames.has(name.toLowerCase())) {
      if (!(calcChainRemoved && /calcChain\.xml$/i.test(name)))
        problems.push(`${name} is missing from the copy`);
      continue;
    }
    const copy = await after.file(name)!.async("nodebuffer");
    if (original.equals(copy)) continue;
    changed.push(name);
    const was = original.toString("utf8");
    const is = copy.toString("utf8");
    const why = explainChange(name, was, is, written.get(name), calcChainRemoved);
    if (why) problems.push(`${name}: ${why}`);
  }
  const beforeNames = new Set(names(before).map((n) => n.toLowerCase()));
  const added = names(after).filter((n) => !beforeNames.has(n.toLowerCase()));
  return { problems, changed, added };
}

/** Why a changed part breaks the rule, or undefined when its change is one the rule allows. */
function explainChange(
  name: string,
  was: string,
  is: string,
  writtenCells: Set<string> | undefined,
  calcChainRemoved: boolean
): string | undefined {
  if (name === "[Content_Types].xml")
    return keptElements(was, is, /<(Default|Override)\b[^>]*\/>/g, calcChainRemoved);
  if (name.endsWith(".rels"))
    return keptElements(was, is, /<Relationship\b[^>]*\/>/g, calcChainRemoved);
  if (/sharedStrings\.xml$/i.test(name))
    return prefixKept(items(was, "si"), items(is, "si"), "shared strings");
  if (/styles\.xml$/i.test(name)) {
    for (const section of [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
    ]) {
      const why = prefixKept(children(was, section), children(is, section), section);
      if (why) return why;
    }
    return undefined;
  }
  if (/(^|\/)workbook\.xml$/i.test(name)) {
    const stripped = is
      .replace(/<(\w+:)?sheet\b[^>]*\/>/g, (tag) => (was.includes(tag) ? tag : ""))
      .replace(/<(\w+:)?definedName\b[^>]*>[^<]*<\/(\w+:)?definedName>/g, (tag) =>
        was.includes(tag) ? tag : ""
      )
      .replace(/<(\w+:)?definedNames><\/(\w+:)?definedNames>/g, "");
    const noEmptyNames = (xml: string) => xml.replace(/<(\w+:)?definedNames\s*\/>/g, "");
    return noEmptyNames(stripped) === noEmptyNames(was)
      ? undefined
      : "changed beyond the sheets and names it adds";
  }
  if (/tables\/table\d+\.xml$/i.test(name)) {
    const owned = /\bname="TOSP_/.test(was);
    const withoutRefs = (xml: string) => xml.replace(/\bref="[^"]*"/g, 'ref=""');
    return owned && withoutRefs(was) === withoutRefs(is)
      ? undefined
      : "an officers' table was changed";
  }
  if (writtenCells) return sheetChange(was, is, writtenCells);
  return "changed, though the scan writes nothing there";
}

function keptElements(
  was: string,
  is: string,
  pattern: RegExp,
  calcChainRemoved: boolean
): string | undefined {
  const lost = [...was.matchAll(pattern)]
    .map((m) => m[0])
    .filter((element) => !is.includes(element))
    .filter((element) => !(calcChainRemoved && /calcChain/i.test(element)));
  return lost.length === 0 ? undefined : `lost ${lost.join(", ")}`;
}

function items(xml: string, element: string): string[] {
  return [
    ...xml.matchAll(new RegExp(`<${element}>[\\s\\S]*?</${element}>|<${element}/>`, "g")),
  ].map((m) => m[0]);
}

/** The children of a top-level section, as text. */
function children(xml: string, section: string): string[] {
  const body = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1];
  if (body === undefined) return [];
  const out: string[] = [];
  const pattern = /<(\w+)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g;
  for (const match of body.matchAll(pattern)) out.push(match[0]);
  return out;
}

function prefixKept(was: string[], is: string[], what: string): string | undefined {
  const moved = was.findIndex((item, i) => is[i] !== item);
  return moved < 0
    ? undefined
    : `${what} item ${moved} changed or moved (only additions at the end are allowed)`;
}

/** A sheet the plan wrote into: every cell it does not name, and every element but those a write needs, as before. */
function sheetChange(was: string, is: string, written: Set<string>): string | undefined {
  const cells = (xml: string) => {
    const map = new Map<string, string>();
    for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g))
      map.set(m[1]!, m[0]);
    return map;
  };
  const before = cells(was);
  const after = cells(is);
  for (const [ref, cell] of before) {
    if (written.has(ref)) continue;
    const now = after.get(ref);
    // A shared formula's next cell may take on the formula text when the first is overwritten.
    if (now !== cell && !(/t="shared"/.test(cell) && now?.includes('t="shared"')))
      return `cell ${ref} changed though the plan does not write it`;
  }
  for (const ref of after.keys())
    if (!before.has(ref) && !written.has(ref))
      return `cell ${ref} appeared though the plan does not write it`;
  const outside = (xml: string) =>
    xml
      .replace(/<sheetData\b[\s\S]*?<\/sheetData>|<sheetData\/>/, "")
      .replace(/<dimension\b[^>]*\/>/, "")
      .replace(/<cols>[\s\S]*?<\/cols>/, "")
      .replace(/<mergeCells\b[\s\S]*?<\/mergeCells>/, "");
  return outside(was) === outside(is)
    ? undefined
    : "changed outside its cells, dimension, widths and merges";
}

/** Each sheet part the plan writes into (its path in the package), with the cells it writes. */
async function writtenSheetParts(zip: JSZip, plan: WritePlan): Promise<Map<string, Set<string>>> {
  const rootRels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const workbookTarget =
    /Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      rootRels
    );
  const workbookPath = (workbookTarget?.[1] ?? workbookTarget?.[2] ?? "xl/workbook.xml").replace(
    /^\//,
    ""
  );
  const workbook = (await zip.file(workbookPath)?.async("string")) ?? "";
  const relsPath = `${posix.dirname(workbookPath)}/_rels/${posix.basename(workbookPath)}.rels`;
  const rels = (await zip.file(relsPath)?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target)
      targets.set(
        id,
        target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(workbookPath), target)
      );
  }
  const parts = new Map<string, Set<string>>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = unescape(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const id = /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const sheetPlan = plan.sheets.find((s) => s.sheet.toLowerCase() === name.toLowerCase());
    const path = id ? targets.get(id) : undefined;
    if (!sheetPlan || !path) continue;
    parts.set(path, new Set(sheetPlan.writes.map((w) => `${letters(w.column)}${w.row + 1}`)));
  }
  return parts;
}

function letters(column: number): string {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function unescape(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
