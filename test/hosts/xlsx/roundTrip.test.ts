import { join } from "path";
import { Workbook } from "exceljs";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { scan } from "../../../src/engine/scan";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlan, readXlsx, saveXlsx, workbookFromMemory } from "../../../src/hosts/xlsx";
import { isEmptyPlan } from "../../../src/workbook/plan";
import { withoutEmptyTexts } from "../excel/excelTestKit";
import { removeFolder, tempFolder, writeWithExceljs } from "./xlsxFiles";

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

/** A cell cannot hold an empty text in Excel (writing "" empties it): the memory host's "" reads as blank. */
const asExcelHolds = withoutEmptyTexts;

describe("the demo workbook through an .xlsx file", () => {
  it("reads back the memory host's snapshot: values (dates as serials) and number formats", async () => {
    const { snapshot } = await readXlsx(await savedDemo());
    expect(snapshot).toEqual(asExcelHolds(new MemoryWorkbook(demoWorkbook()).readSnapshot()));
  });

  it("scans to the same findings, problems and plan as the memory host", async () => {
    const { snapshot } = await readXlsx(await savedDemo());
    const fromFile = scan(snapshot, { asOf: DEMO_AS_OF });
    const inMemory = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), { asOf: DEMO_AS_OF });
    expect(fromFile).toEqual(inMemory);
  });

  it("holds what the memory host holds once the plan is applied and saved", async () => {
    const file = await savedDemo();
    const { workbook, snapshot } = await readXlsx(file);
    const { plan } = scan(snapshot, { asOf: DEMO_AS_OF });
    applyPlan(workbook, plan);
    await saveXlsx(workbook, join(folder, "scanned.xlsx"));

    const memory = new MemoryWorkbook(demoWorkbook());
    memory.applyPlan(plan);
    const { snapshot: scanned } = await readXlsx(join(folder, "scanned.xlsx"));
    expect(scanned).toEqual(asExcelHolds(memory.readSnapshot()));
  });

  it("plans nothing when the scanned workbook is scanned again (idempotent)", async () => {
    const file = await savedDemo();
    const first = await readXlsx(file);
    const firstScan = scan(first.snapshot, { asOf: DEMO_AS_OF });
    expect(isEmptyPlan(firstScan.plan)).toBe(false);
    applyPlan(first.workbook, firstScan.plan);
    await saveXlsx(first.workbook, join(folder, "scanned.xlsx"));

    const second = await readXlsx(join(folder, "scanned.xlsx"));
    const rescan = scan(second.snapshot, { asOf: DEMO_AS_OF });
    expect(rescan.plan.sheets).toEqual([]);
    expect(rescan.findings.triggers.every((t) => !t.isNew)).toBe(true);
  });

  it("reads the same serials whatever the machine's time zone", async () => {
    const file = await savedDemo();
    const original = process.env.TZ;
    try {
      const snapshots = [];
      for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "Europe/London"]) {
        process.env.TZ = zone;
        snapshots.push((await readXlsx(file)).snapshot);
      }
      expect(snapshots[1]).toEqual(snapshots[0]);
      expect(snapshots[2]).toEqual(snapshots[0]);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe("reading a workbook another program wrote (exceljs) into a snapshot", () => {
  it("turns each kind of cell into the raw value Excel shows", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Kinds");
    sheet.getCell("A1").value = 42.5;
    sheet.getCell("B1").value = "text";
    sheet.getCell("C1").value = true;
    sheet.getCell("D1").value = new Date(Date.UTC(2026, 10, 23));
    sheet.getCell("D1").numFmt = "dd/mm/yyyy";
    sheet.getCell("E1").value = new Date(Date.UTC(2026, 10, 23, 18, 0));
    sheet.getCell("E1").numFmt = "dd/mm/yyyy hh:mm";
    sheet.getCell("A2").value = { formula: "A1*2", result: 85 };
    sheet.getCell("B2").value = { formula: "NA()", result: { error: "#N/A" } };
    sheet.getCell("C2").value = {
      richText: [{ text: "Rent " }, { text: "arrears", font: { bold: true } }],
    };
    sheet.getCell("D2").value = { text: "Regulator", hyperlink: "https://example.org/" };
    sheet.getCell("E2").value = { error: "#DIV/0!" };
    sheet.getCell("A3").value = "Merged title";
    sheet.mergeCells("A3:C3");
    sheet.getCell("A4").value = 0.952;
    sheet.getCell("A4").numFmt = "0.0%";
    sheet.getCell("B4").value = { formula: "D1+1", result: new Date(Date.UTC(2026, 10, 24)) };
    sheet.getCell("B4").numFmt = "dd/mm/yyyy";
    const file = join(folder, "kinds.xlsx");
    await writeWithExceljs(workbook, file);

    const { snapshot } = await readXlsx(file);
    const [kinds] = snapshot.sheets;
    expect(kinds?.origin).toEqual({ row: 0, column: 0 });
    expect(kinds?.values).toEqual([
      [42.5, "text", true, 46349, 46349.75],
      [85, { error: "#N/A" }, "Rent arrears", "Regulator", { error: "#DIV/0!" }],
      ["Merged title", null, null, null, null],
      [0.952, 46350, null, null, null],
    ]);
    expect(kinds?.numberFormats?.[0]?.[3]).toBe("dd/mm/yyyy");
    expect(kinds?.numberFormats?.[3]?.slice(0, 2)).toEqual(["0.0%", "dd/mm/yyyy"]);
  });

  it("reads dates of a 1904-based workbook as 1900-based serials and writes them back in 1904", async () => {
    const workbook = new Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Dates");
    sheet.getCell("A1").value = 44887; // 23/11/2026 counted from 01/01/1904
    sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    const file = join(folder, "1904.xlsx");
    await writeWithExceljs(workbook, file);

    const read = await readXlsx(file);
    expect(read.snapshot.sheets[0]?.values).toEqual([[DEMO_AS_OF]]);
    applyPlan(read.workbook, {
      sheets: [
        {
          sheet: "Dates",
          create: false,
          definition: "meetings",
          writes: [{ row: 0, column: 1, value: { kind: "date", day: DEMO_AS_OF } }],
        },
      ],
    });
    await saveXlsx(read.workbook, file);
    expect((await readXlsx(file)).snapshot.sheets[0]?.values).toEqual([[DEMO_AS_OF, DEMO_AS_OF]]);
  });

  it("leaves empty sheets empty and ignores styled blank cells after the last value", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Empty");
    const styled = workbook.addWorksheet("Styled");
    styled.getCell("B2").value = "x";
    styled.getCell("F9").numFmt = "0.00";
    const file = join(folder, "empty.xlsx");
    await writeWithExceljs(workbook, file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets.map((s) => s.values)).toEqual([
      [],
      [
        [null, null],
        [null, "x"],
      ],
    ]);
  });
});
