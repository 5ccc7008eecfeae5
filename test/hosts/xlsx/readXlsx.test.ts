import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { readXlsx, XlsxReadError } from "../../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "./xlsxFiles";

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => removeFolder(folder));

async function reason(path: string): Promise<string> {
  const error = await readXlsx(path).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  const message = (error as Error).message;
  expect(message).not.toContain("\n");
  return message;
}

describe("readXlsx says in one line why a file cannot be read", () => {
  it("a missing file", async () => {
    expect(await reason(join(folder, "missing.xlsx"))).toBe(
      `Cannot read ${join(folder, "missing.xlsx")}: no such file`
    );
  });

  it("a folder", async () => {
    expect(await reason(folder)).toMatch(/: it is a folder, not a file$/);
  });

  it("a text file named .xlsx", async () => {
    const file = join(folder, "notes.xlsx");
    await fs.writeFile(file, "Name,Group\nPat Jones,Tenants' Forum\n");
    expect(await reason(file)).toMatch(/: it is not an \.xlsx workbook/);
  });

  it("an old .xls (or a password-protected workbook)", async () => {
    const file = join(folder, "old.xlsx");
    await fs.writeFile(file, Buffer.from("d0cf11e0a1b11ae1" + "00".repeat(504), "hex"));
    expect(await reason(file)).toMatch(/old \.xls workbook or is protected by a password/);
  });

  it("a zip file that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const file = join(folder, "archive.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await reason(file)).toMatch(/Cannot read .*archive\.xlsx: /);
  });

  const REAL = join(__dirname, "../../fixtures/real-workbooks/WithTwoCharts.xlsx");

  it("a workbook cut short (a download that stopped)", async () => {
    const bytes = await fs.readFile(REAL);
    const file = join(folder, "cut.xlsx");
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await reason(file)).toMatch(
      /: the file is damaged \(.*\); open it in Excel and save it again as \.xlsx$/
    );
  });

  it("a workbook with a damaged part (its checksum does not match)", async () => {
    const bytes = Buffer.from(await fs.readFile(REAL));
    const zip = await JSZip.loadAsync(bytes);
    const stored = await zip.file("xl/workbook.xml")!.async("nodebuffer");
    // Flip one byte inside the stored workbook part, leaving the zip's directory as it was.
    const at = bytes.indexOf(Buffer.from("xl/workbook.xml")) + 40;
    bytes[at] = bytes[at]! ^ 0xff;
    const file = join(folder, "damaged.xlsx");
    await fs.writeFile(file, bytes);
    expect(stored.length).toBeGreaterThan(0);
    expect(await reason(file)).toMatch(/: the file is damaged/);
  });

  it("a Word document renamed .xlsx", async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    );
    zip.file("word/document.xml", "<document/>");
    const file = join(folder, "letter.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await reason(file)).toMatch(
      /: it is not an Excel workbook \(a Word or PowerPoint file, perhaps\)$/
    );
  });
});
