import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { scan } from "../../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { Workbook } from "exceljs";
import {
  applyPlan,
  readXlsx,
  saveXlsx,
  workbookFromMemory,
  XlsxPackage,
} from "../../../src/hosts/xlsx";
import { CellWrite } from "../../../src/workbook/plan";
import { openedWithHost, readWithExceljs, removeFolder, tempFolder } from "./xlsxFiles";

const plan = (sheet: string, writes: CellWrite[], create = false) => ({
  sheets: [{ sheet, create, definition: "members", writes }],
});

function officersSheet(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Members");
  sheet.getCell("A1").value = "Panel members";
  sheet.mergeCells("A1:C1");
  sheet.getCell("A2").value = 1;
  sheet.getCell("A3").value = 2;
  sheet.fillFormula("B2:B3", "A2*10", [10, 20]);
  sheet.getCell("C2").value = "old";
  sheet.getCell("C2").style = { font: { italic: true } };
  return workbook;
}

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => removeFolder(folder));

/** The officers' workbook (written by exceljs) opened by the host. */
async function opened(workbook: Workbook): Promise<XlsxPackage> {
  return (await openedWithHost(workbook, join(folder, "in.xlsx"))).workbook;
}

/** The host's copy, read back by exceljs alone. */
async function roundTrip(workbook: XlsxPackage): Promise<Workbook> {
  const file = join(folder, "out.xlsx");
  await saveXlsx(workbook, file);
  return readWithExceljs(file);
}

describe("applyPlan on an .xlsx workbook", () => {
  it("writes numbers with their format, dates as serials formatted dd/mm/yyyy, and clears blanks", async () => {
    const workbook = await opened(officersSheet());
    applyPlan(
      workbook,
      plan("Members", [
        { row: 3, column: 0, value: { kind: "number", value: 0.952, format: "0.0%" } },
        { row: 3, column: 1, value: { kind: "date", day: 46349 } },
        { row: 3, column: 2, value: { kind: "date", day: 46327, format: "mmm yyyy" } },
        { row: 1, column: 2, value: { kind: "blank" } },
        { row: 9, column: 9, value: { kind: "blank" } },
      ])
    );
    const saved = (await roundTrip(workbook)).getWorksheet("Members")!;
    expect(saved.getCell("B4").value).toEqual(new Date(Date.UTC(2026, 10, 23))); // exceljs shows serials as dates
    expect([saved.getCell("A4").value, saved.getCell("A4").numFmt]).toEqual([0.952, "0.0%"]);
    expect(saved.getCell("B4").numFmt).toBe("dd/mm/yyyy");
    expect(saved.getCell("C4").numFmt).toBe("mmm yyyy");
    expect(saved.getCell("C2").value).toBeNull();
    expect(saved.getCell("C2").font).toEqual({ italic: true });
    expect(saved.findCell(10, 10)).toBeUndefined();
  });

  it("unmerges a merged range rather than write through to its top-left cell", async () => {
    const workbook = await opened(officersSheet());
    applyPlan(
      workbook,
      plan("Members", [{ row: 0, column: 2, value: { kind: "text", text: "Status" } }])
    );
    const saved = (await roundTrip(workbook)).getWorksheet("Members")!;
    expect(saved.getCell("A1").value).toBe("Panel members");
    expect(saved.getCell("C1").value).toBe("Status");
    expect(saved.model.merges).toEqual([]);
  });

  it("keeps a shared formula's other cells when the cell holding it is overwritten", async () => {
    const workbook = await opened(officersSheet());
    applyPlan(
      workbook,
      plan("Members", [{ row: 1, column: 1, value: { kind: "text", text: "Active" } }])
    );
    const saved = (await roundTrip(workbook)).getWorksheet("Members")!;
    expect(saved.getCell("B2").value).toBe("Active");
    expect(saved.getCell("B3").formula).toBe("A3*10");
    expect(saved.getCell("B3").result).toBe(20);
  });

  it("creates a sheet the plan asks for, at the end, and refuses to write to a missing one", async () => {
    const workbook = await opened(officersSheet());
    applyPlan(
      workbook,
      plan("Triggers", [{ row: 0, column: 0, value: { kind: "text", text: "Key" } }], true)
    );
    expect(workbook.sheetNames).toEqual(["Members", "Triggers"]);
    expect((await roundTrip(workbook)).worksheets.map((s) => s.name)).toEqual([
      "Members",
      "Triggers",
    ]);
    expect(() =>
      applyPlan(workbook, plan("Nowhere", [{ row: 0, column: 0, value: { kind: "blank" } }]))
    ).toThrow("does not exist: Nowhere");
  });

  it("gives new computed columns on an officers' sheet a width that fits, and keeps set widths", async () => {
    const officers = officersSheet();
    officers.getWorksheet("Members")!.getColumn(3).width = 7;
    const workbook = await opened(officers);
    applyPlan(
      workbook,
      plan("Members", [
        { row: 1, column: 2, value: { kind: "text", text: "a long reason that needs room" } },
        { row: 1, column: 4, value: { kind: "text", text: "Lapsed on 14/07/2026: 5 absences" } },
      ])
    );
    const sheet = (await roundTrip(workbook)).getWorksheet("Members")!;
    expect(sheet.getColumn(3).width).toBe(7);
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(30);
  });
});

describe("the add-in's own tables on sheets it writes again", () => {
  it("take the area the plan gives, growing and shrinking with their rows", async () => {
    const input = join(folder, "demo.xlsx");
    await saveXlsx(workbookFromMemory(demoWorkbook()), input);
    const first = await readXlsx(input);
    applyPlan(first.workbook, scan(first.snapshot, { asOf: DEMO_AS_OF }).plan);
    const scanned = join(folder, "scanned.xlsx");
    await saveXlsx(first.workbook, scanned);
    const tableRef = async (file: string) => {
      const zip = await JSZip.loadAsync(await fs.readFile(file));
      const tables = await Promise.all(
        Object.keys(zip.files)
          .filter((name) => name.startsWith("xl/tables/"))
          .map((name) => zip.file(name)!.async("string"))
      );
      const triggers = tables.find((xml) => xml.includes('name="TOSP_Triggers"'))!;
      return [
        /<table\b[^>]*\bref="([^"]+)"/.exec(triggers)?.[1],
        /<autoFilter ref="([^"]+)"/.exec(triggers)?.[1],
      ];
    };
    const [before] = await tableRef(scanned);
    expect(before).toMatch(/^A1:J\d+$/);

    for (const rowCount of [30, 2]) {
      const again = await readXlsx(scanned);
      applyPlan(again.workbook, {
        sheets: [
          {
            sheet: "Triggers",
            create: false,
            definition: "triggers",
            writes: [{ row: rowCount - 1, column: 0, value: { kind: "text", text: "TEST" } }],
            layout: {
              table: {
                name: "TOSP_Triggers",
                area: { row: 0, column: 0, rowCount, columnCount: 10 },
              },
              dropDowns: [],
              highlights: [],
              charts: [],
            },
          },
        ],
      });
      const out = join(folder, `resized-${rowCount}.xlsx`);
      await saveXlsx(again.workbook, out);
      expect(await tableRef(out)).toEqual([`A1:J${rowCount}`, `A1:J${rowCount}`]);
    }
  });
});
