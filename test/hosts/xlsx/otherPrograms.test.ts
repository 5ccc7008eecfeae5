import { promises as fs } from "fs";
import { join } from "path";
import { scan } from "../../../src/engine/scan";
import { dayFromIso } from "../../../src/domain/calendar/days";
import { applyPlan, readXlsx, saveXlsx, XlsxReadError } from "../../../src/hosts/xlsx";
import { packageDiff } from "./packageDiff";
import { removeFolder, tempFolder } from "./xlsxFiles";

/**
 * Panel workbooks written by openpyxl and by LibreOffice (test/fixtures/other-programs/README.md): the
 * scan writes its computed columns into sheets that carry notes, links, drop-downs, conditional formats,
 * tables, protection and names, and its copy keeps all of it, part by part.
 */
const FIXTURES = join(__dirname, "../../fixtures/other-programs");
const AS_OF = dayFromIso("2026-11-23");

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => removeFolder(folder));

describe.each(["openpyxl-panel.xlsx", "libreoffice-panel.xlsx"])("%s", (file) => {
  let plan: ReturnType<typeof scan>["plan"];
  let output: string;

  beforeAll(async () => {
    const read = await readXlsx(join(FIXTURES, file));
    plan = scan(read.snapshot, { asOf: AS_OF }).plan;
    applyPlan(read.workbook, plan);
    output = join(folder, file.replace(/\.xlsx$/, ".scanned.xlsx"));
    await saveXlsx(read.workbook, output);
  });

  it("gets the computed columns on Members and Meetings", () => {
    const headers = (sheet: string) =>
      plan.sheets
        .find((s) => s.sheet === sheet)
        ?.writes.flatMap((w) => (w.row === 0 && w.value.kind === "text" ? [w.value.text] : []));
    expect(headers("Members")).toEqual(expect.arrayContaining(["Status", "Reason"]));
    expect(headers("Meetings")).toEqual(expect.arrayContaining(["Present", "Quorate"]));
  });

  it("keeps every other cell, element and part as the program wrote it", async () => {
    const input = await fs.readFile(join(FIXTURES, file));
    const diff = await packageDiff(input, await fs.readFile(output), plan);
    expect(diff.problems).toEqual([]);
    expect(diff.changed).toEqual(
      expect.arrayContaining([expect.stringMatching(/worksheets\/sheet1\.xml$/)])
    );
  });

  it("plans nothing when its copy is scanned again", async () => {
    const { snapshot } = await readXlsx(output);
    expect(scan(snapshot, { asOf: AS_OF }).plan.sheets).toEqual([]);
  });
});

describe("openpyxl-sparse.xlsx: a value in XFD1048576, a drop-down and a colour over whole columns", () => {
  const file = join(FIXTURES, "openpyxl-sparse.xlsx");

  it("is read as the dozen cells it holds, the stray value in its place", async () => {
    const { snapshot } = await readXlsx(file);
    const members = snapshot.sheets.find((s) => s.name === "Members")!;
    expect(members.values).toHaveLength(1_048_576);
    expect(members.values[1_048_575]?.[16_383]).toBe("stray note");
    expect(members.values[1]?.slice(0, 2)).toEqual(["Pat Jones", "Tenants' Forum"]);
    // Rows between hold nothing, however wide the sheet's last cell makes it.
    expect(members.values[500_000]).toEqual([]);
  });

  it("is scanned, its copy keeping the whole-column drop-down and colour, and rescanned to nothing", async () => {
    const read = await readXlsx(file);
    const { plan } = scan(read.snapshot, { asOf: AS_OF });
    applyPlan(read.workbook, plan);
    const output = join(folder, "sparse.scanned.xlsx");
    await saveXlsx(read.workbook, output);
    const diff = await packageDiff(await fs.readFile(file), await fs.readFile(output), plan);
    expect(diff.problems).toEqual([]);
    expect(scan((await readXlsx(output)).snapshot, { asOf: AS_OF }).plan.sheets).toEqual([]);
  });
});

describe("a workbook with more filled cells than tosp reads", () => {
  it("is refused while it is read, with one line saying the limit and what to do", async () => {
    const read = readXlsx(join(FIXTURES, "openpyxl-panel.xlsx"), 20);
    await expect(read).rejects.toBeInstanceOf(XlsxReadError);
    await expect(read).rejects.toThrow(
      /holds more than 20 filled cells \("Members" reaches the limit\); tosp reads up to 20: keep older periods in another workbook/
    );
  });
});
