import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { scan } from "../../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlan, readXlsx, saveXlsx, workbookFromMemory } from "../../../src/hosts/xlsx";
import { CLAIM_NAMES } from "../../../src/workbook/claims";
import { isEmptyPlan } from "../../../src/workbook/plan";
import { readWithExceljs, removeFolder, tempFolder } from "./xlsxFiles";
import { otherThanTheDemos } from "../../fixtures/demoProblems";

/**
 * In the .xlsx file: the add-in's claims are workbook-wide `<definedName>`s of the
 * workbook part (ECMA-376 Part 1, §18.2.5), read into the snapshot and written from the plan, so a
 * workbook scanned by the command line is claimed as one scanned in Excel is.
 */
let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => removeFolder(folder));

async function savedDemo(): Promise<string> {
  const file = join(folder, "demo.xlsx");
  await saveXlsx(workbookFromMemory(demoWorkbook()), file);
  return file;
}

/** Scans a file into `out` as `tosp scan` does; returns the plan. */
async function scanned(file: string, out: string, asOf = DEMO_AS_OF) {
  const { workbook, snapshot } = await readXlsx(file);
  const result = scan(snapshot, { asOf });
  applyPlan(workbook, result.plan);
  await saveXlsx(workbook, out);
  return result;
}

async function workbookXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file("xl/workbook.xml")!.async("string");
}

/** Changes the workbook part of a file, as Excel would have saved it after the officers' edits. */
async function editWorkbookXml(file: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string")));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

const definedNames = (xml: string): string[] =>
  [...xml.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);

describe("the add-in's claims in a scanned .xlsx copy", () => {
  it("are workbook-wide defined names with a comment, read back by another program and by a rescan", async () => {
    const out = join(folder, "scanned.xlsx");
    const { plan } = await scanned(await savedDemo(), out);
    const names = definedNames(await workbookXml(out));
    // The claims, beside the print titles of the sheets the scan made (each sheet's own name).
    expect(names.filter((n) => n.includes('name="TOSP_')).length).toBe(CLAIM_NAMES.size);
    expect(names.filter((n) => !n.includes('name="TOSP_'))).toEqual(
      names.filter((n) => n.includes('name="_xlnm.Print_Titles" localSheetId='))
    );
    expect(names).toContain(
      `<definedName name="TOSP_Sheet_YouSaidWeDid" comment="The Tenant Scrutiny Panel add-in writes this sheet on every scan: this name tells it the sheet is its own.">&apos;You said, we did&apos;!$A$1</definedName>`
    );
    const exceljs = await readWithExceljs(out);
    expect(exceljs.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "TOSP_Col_Members_Status", ranges: ["Members!$N$1"] },
        { name: "TOSP_Sheet_KpiStatus", ranges: ["'KPI status'!$A$1"] },
      ])
    );
    const memory = new MemoryWorkbook(demoWorkbook());
    memory.applyPlan(plan);
    const again = await readXlsx(out);
    expect(again.snapshot.names).toEqual(memory.readSnapshot().names);
    expect(isEmptyPlan(scan(again.snapshot, { asOf: DEMO_AS_OF }).plan)).toBe(true);
  });

  it("replaces a claim left at #REF!, and reads neither the officers' names nor a sheet's own as claims", async () => {
    const file = await savedDemo();
    await editWorkbookXml(file, (xml) =>
      xml.replace(
        "</sheets>",
        "</sheets><definedNames>" +
          '<definedName name="TOSP_SHEET_SUMMARY">#REF!$A$1</definedName>' +
          '<definedName name="TOSP_Sheet_KpiStatus" localSheetId="0">Members!$A$1</definedName>' +
          '<definedName name="Spend">Members!$E$2:$E$11</definedName>' +
          "</definedNames>"
      )
    );
    const { snapshot } = await readXlsx(file);
    expect(snapshot.names).toEqual([
      { name: "TOSP_SHEET_SUMMARY" },
      { name: "Spend", refersTo: { sheet: "Members", row: 1, column: 4 } },
    ]);
    const out = join(folder, "scanned.xlsx");
    const { plan } = await scanned(file, out);
    expect(plan.removeNames).toEqual(["TOSP_SHEET_SUMMARY"]);
    const names = definedNames(await workbookXml(out));
    expect(names.filter((n) => /name="TOSP_Sheet_Summary"/i.test(n))).toEqual([
      expect.stringMatching(/>Summary!\$A\$1</),
    ]);
    expect(names).toContain('<definedName name="Spend">Members!$E$2:$E$11</definedName>');
    expect(names).toContain(
      '<definedName name="TOSP_Sheet_KpiStatus" localSheetId="0">Members!$A$1</definedName>'
    );
    const rescan = scan((await readXlsx(out)).snapshot, { asOf: DEMO_AS_OF });
    expect(isEmptyPlan(rescan.plan)).toBe(true);
  });

  it("follows a claimed sheet Excel renamed, and writes there rather than making a new one", async () => {
    const first = join(folder, "scanned.xlsx");
    await scanned(await savedDemo(), first);
    // What Excel saves after an officer renames Summary: the sheet's name and the names referring to it.
    await editWorkbookXml(first, (xml) =>
      xml
        .replace('<sheet name="Summary"', '<sheet name="Forum summary"')
        .replace(">Summary!$A$1<", ">'Forum summary'!$A$1<")
    );
    const later = DEMO_AS_OF + 7;
    const { plan, problems } = await scanned(first, join(folder, "again.xlsx"), later);
    expect(otherThanTheDemos(problems)).toEqual([]);
    expect(plan.sheets.filter((s) => s.create)).toEqual([]);
    expect(plan.sheets.map((s) => s.sheet)).toContain("Forum summary");
    expect(plan.addNames).toBeUndefined();
  });
});
