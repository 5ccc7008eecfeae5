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
});
