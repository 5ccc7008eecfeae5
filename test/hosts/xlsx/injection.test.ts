import { join } from "path";
import { ValueType, Workbook } from "exceljs";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { scan } from "../../../src/engine/scan";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { applyPlan, readXlsx, saveXlsx, workbookFromMemory } from "../../../src/hosts/xlsx";
import { cellElement, removeFolder, sheetXml, tempFolder } from "./xlsxFiles";

/** Text Excel would take for a formula (or a DDE payload) if it were typed or pasted into a cell. */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "\tx", "\rx"];

/** The demo workbook with every occurrence of some names (members, indicators, themes) replaced. */
function renamed(sheets: MemorySheet[], names: Map<string, string>): MemorySheet[] {
  return sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((row) =>
      row.map((cell) => (typeof cell === "string" ? (names.get(cell) ?? cell) : cell))
    ),
  }));
}

const INJECTED = renamed(
  demoWorkbook(),
  new Map([
    // members, on Members and Attendance alike
    ["Pat Jones", FORMULA_LIKE[0]],
    ["Amir Khan", FORMULA_LIKE[1]],
    ["Chen Wei", FORMULA_LIKE[2]],
    ["Doris Smith", FORMULA_LIKE[3]],
    ["George Evans", FORMULA_LIKE[4]],
    ["Hannah Wright", FORMULA_LIKE[5]],
    // indicators, on both KPI layouts
    ["Average re-let time (days)", FORMULA_LIKE[0]],
    ["Households in temporary accommodation", FORMULA_LIKE[1]],
    ["Emergency repairs completed within target", FORMULA_LIKE[2]],
    ["Repairs completed right first time", FORMULA_LIKE[3]],
    ["Repair appointments made and kept", FORMULA_LIKE[4]],
    ["Current tenant arrears (%)", FORMULA_LIKE[5]],
    // a complaints theme that becomes a trigger
    ["Damp and mould", FORMULA_LIKE[0]],
  ]) as Map<string, string>
);

const columnLetter = (column: number): string =>
  column < 26
    ? String.fromCharCode(65 + column)
    : columnLetter(Math.floor(column / 26) - 1) + columnLetter(column % 26);

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => removeFolder(folder));

describe("text that looks like a formula", () => {
  it("is written as a plain string in every cell the plan writes, and read back unchanged", async () => {
    const input = join(folder, "injected.xlsx");
    const output = join(folder, "injected.scanned.xlsx");
    await saveXlsx(workbookFromMemory(INJECTED), input);
    const { workbook, snapshot } = await readXlsx(input);
    const { plan } = scan(snapshot, { asOf: DEMO_AS_OF });
    applyPlan(workbook, plan);
    await saveXlsx(workbook, output);

    const reread = new Workbook();
    await reread.xlsx.readFile(output);
    const written = new Set<string>();
    for (const sheetPlan of plan.sheets) {
      const xml = await sheetXml(output, sheetPlan.sheet);
      const worksheet = reread.getWorksheet(sheetPlan.sheet)!;
      for (const write of sheetPlan.writes) {
        if (write.value.kind !== "text") continue;
        const address = `${columnLetter(write.column)}${write.row + 1}`;
        const cell = worksheet.getCell(address);
        expect({ address, type: cell.type, value: cell.value }).toEqual({
          address,
          type: ValueType.String,
          value: write.value.text,
        });
        const element = cellElement(xml, address);
        expect(element).toMatch(/ t="(s|inlineStr)"/);
        expect(element).not.toContain("<f");
        written.add(write.value.text);
      }
    }
    // The readers trim names, so "\tx" and "\rx" reach the plan as "x"; the others come through whole
    // to KPI status and Triggers.
    for (const text of FORMULA_LIKE.slice(0, 4)) expect(written).toContain(text);
  });

  it("is written as a plain string by any plan, leading tab and carriage return included", async () => {
    const workbook = workbookFromMemory(INJECTED);
    const writes = FORMULA_LIKE.map((text, i) => ({
      row: i,
      column: 0,
      value: { kind: "text" as const, text, untrusted: true },
    }));
    applyPlan(workbook, {
      sheets: [
        { sheet: "Triggers", create: true, definition: "triggers", writes },
        {
          sheet: "Members",
          create: false,
          definition: "members",
          writes: writes.map((w) => ({ ...w, row: w.row + 20 })),
        },
      ],
    });
    const output = join(folder, "direct.xlsx");
    await saveXlsx(workbook, output);

    const reread = new Workbook();
    await reread.xlsx.readFile(output);
    for (const [sheet, firstRow] of [
      ["Triggers", 1],
      ["Members", 21],
    ] as const) {
      const xml = await sheetXml(output, sheet);
      FORMULA_LIKE.forEach((text, i) => {
        const address = `A${firstRow + i}`;
        const cell = reread.getWorksheet(sheet)!.getCell(address);
        expect({ address, type: cell.type, value: cell.value }).toEqual({
          address,
          type: ValueType.String,
          value: text,
        });
        expect(cellElement(xml, address)).toMatch(/^<c [^>]*t="s"[^>]*><v>\d+<\/v><\/c>$/);
      });
    }
    // The host's own reader reads the texts themselves back, not their escaped form.
    const triggers = (await readXlsx(output)).snapshot.sheets.find((s) => s.name === "Triggers");
    expect(triggers?.values.map((row) => row[0])).toEqual(FORMULA_LIKE);
  });

  it("stays text in the officers' own cells (Members names) after the save", async () => {
    const output = join(folder, "injected.scanned.xlsx");
    const xml = await sheetXml(output, "Members");
    const reread = new Workbook();
    await reread.xlsx.readFile(output);
    const members = reread.getWorksheet("Members")!;
    for (let row = 2; row <= 7; row++) {
      const cell = members.getCell(`A${row}`);
      expect(cell.type).toBe(ValueType.String);
      expect(cellElement(xml, `A${row}`)).not.toContain("<f");
    }
    expect([2, 3, 5, 6, 9, 10].map((row) => members.getCell(`A${row}`).value)).toEqual(
      FORMULA_LIKE
    );
    expect(xml).not.toContain("<f");
  });

  it("comes back the same on a rescan: nothing to write", async () => {
    const { snapshot } = await readXlsx(join(folder, "injected.scanned.xlsx"));
    expect(scan(snapshot, { asOf: DEMO_AS_OF }).plan.sheets).toEqual([]);
  });
});
