import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";

/** A fresh folder under the system's temporary folder; remove it with `removeFolder`. */
export function tempFolder(): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), "tosp-xlsx-"));
}

export async function removeFolder(folder: string): Promise<void> {
  await fs.chmod(folder, 0o755).catch(() => undefined);
  await fs.rm(folder, { recursive: true, force: true });
}

/** The raw XML of one worksheet of a saved .xlsx file, found by its name through workbook.xml. */
export async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = [...workbook.matchAll(/<sheet [^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${xmlEscape(sheetName)}"`));
  const id = /r:id="([^"]+)"/.exec(sheet ?? "")?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const path = /Target="([^"]+)"/.exec(target ?? "")?.[1];
  if (!path) throw new Error(`No sheet ${sheetName} in ${file}`);
  return zip.file(path.startsWith("/") ? path.slice(1) : `xl/${path}`)!.async("string");
}

/** The `<c>` element of one cell (A1 address) in a sheet's XML, or undefined when absent. */
export function cellElement(xml: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(xml)?.[0];
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
}

export async function filesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}
