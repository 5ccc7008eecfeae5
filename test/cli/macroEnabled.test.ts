import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { tosp as runInProcess } from "./runTosp";

/**
 * A macro-enabled workbook (.xlsm) comes back as an .xlsm with its VBA project byte for byte; Excel opens
 * a workbook with macros only from an .xlsm, so an .xlsx --out is refused in one line.
 */
jest.setTimeout(60_000);

const VBA = Buffer.from(
  "a VBA project, as Excel stores it: compound file bytes the scan never reads"
);

/** openpyxl's panel workbook made macro-enabled by hand, as Excel would mark it. */
async function macroEnabledWorkbook(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(
    await fs.readFile(join(__dirname, "../fixtures/other-programs/openpyxl-panel.xlsx"))
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
      .replace(
        "</Types>",
        '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
      )
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
    )
  );
  zip.file("xl/vbaProject.bin", VBA);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
  await macroEnabledWorkbook(join(folder, "Panel.xlsm"));
});
afterAll(() => removeFolder(folder));

const tosp = (...args: string[]) => runInProcess(args, { cwd: folder });

describe("a macro-enabled workbook", () => {
  it("is scanned into Panel.scanned.xlsm by default, keeping its VBA project and its kind", async () => {
    const run = await tosp("scan", "Panel.xlsm", "--as-of", "2026-11-23");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote Panel.scanned.xlsm");
    const copy = await JSZip.loadAsync(await fs.readFile(join(folder, "Panel.scanned.xlsm")));
    expect(await copy.file("xl/vbaProject.bin")!.async("nodebuffer")).toEqual(VBA);
    expect(await copy.file("[Content_Types].xml")!.async("string")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
  });

  it("is refused an .xlsx copy, in one line, with nothing written", async () => {
    const run = await tosp("scan", "Panel.xlsm", "--out", "copy.xlsx", "--as-of", "2026-11-23");
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("copy.xlsx must end .xlsm: the workbook has macros");
    await expect(fs.stat(join(folder, "copy.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
