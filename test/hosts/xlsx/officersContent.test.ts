import { join } from "path";
import { Cell, Workbook, Worksheet } from "exceljs";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { scan } from "../../../src/engine/scan";
import { applyPlan, readXlsx, saveXlsx } from "../../../src/hosts/xlsx";
import { WritePlan } from "../../../src/workbook/plan";
import {
  exceljsFromMemory,
  readWithExceljs,
  removeFolder,
  tempFolder,
  writeWithExceljs,
} from "./xlsxFiles";

/**
 * The demo workbook dressed as officers keep theirs: styles shared between cells, formulas (plain and
 * shared), merged titles, widths and heights, frozen panes, a note, drop-downs, a defined name and an
 * unrelated sheet. A scan may change only the cells its plan names, and add its own sheets.
 */
function officersWorkbook(): Workbook {
  const sheets = demoWorkbook();
  sheets.splice(1, 0, { name: "Budget", cells: [] }); // an unrelated sheet among the panel's
  const workbook = exceljsFromMemory(sheets);
  const members = workbook.getWorksheet("Members")!;
  members.getRow(1).eachCell((cell) => {
    cell.style = { font: { bold: true, color: { argb: "FF1F4E79" } }, fill: solid("FFDDEBF7") };
  });
  members.getRow(1).height = 30;
  members.getColumn(1).width = 24;
  members.getColumn(2).width = 22;
  members.getCell("L1").value = "Years on panel";
  for (let row = 2; row <= 11; row++) {
    members.getCell(`L${row}`).value = {
      formula: `ROUND((DATE(2026,11,23)-D${row})/365.25,1)`,
      result: 1.5,
    };
  }
  members.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  members.getCell("A2").note = "Chair since September 2024";

  // One style shared by every cell of the Reviews data rows, the add-in's columns included: writing a
  // date format into Next deadline must not reach the officers' cells that share it.
  const reviews = workbook.getWorksheet("Reviews")!;
  reviews.getCell("K1").value = "Next deadline";
  reviews.getCell("L1").value = "Overdue";
  const shared = {
    font: { name: "Arial", size: 10 },
    border: { bottom: { style: "thin" as const } },
  };
  for (let row = 2; row <= 6; row++)
    for (let column = 1; column <= 12; column++) {
      const cell = reviews.getCell(row, column);
      cell.style = { ...shared, numFmt: cell.numFmt };
    }

  const rent = workbook.getWorksheet("KPI - Rent")!;
  rent.mergeCells("A1:K1");
  rent.getCell("A1").style = {
    font: { size: 14, bold: true },
    alignment: { horizontal: "center" },
  };

  const budget = workbook.getWorksheet("Budget")!;
  budget.getCell("A1").value = "Panel budget 2026/27";
  budget.mergeCells("A1:C1");
  budget.getCell("A2").value = "Training";
  budget.getCell("A3").value = "Venue hire";
  budget.getCell("A4").value = "Travel";
  budget.getCell("A5").value = "Total";
  [1200, 800, 450].forEach((amount, i) => {
    const cell = budget.getCell(`B${i + 2}`);
    cell.value = amount;
    cell.numFmt = "£#,##0";
  });
  budget.getCell("B5").value = { formula: "SUM(B2:B4)", result: 2450 };
  budget.fillFormula("C2:C4", "B2*1.1", [1320, 880, 495]);
  budget.getColumn(1).width = 18;
  budget.getColumn(2).width = 12;
  budget.getColumn(3).hidden = true;
  budget.getCell("D2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"Agreed,Pending"'],
  };
  budget.getCell("D2").value = "Agreed";
  workbook.definedNames.add("Budget!$B$2:$B$4", "Spend");
  return workbook;
}

function solid(argb: string) {
  return { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } };
}

/** What an officer would notice changing in a cell. */
function cellContent(cell: Cell | undefined) {
  if (!cell) return { value: null, style: {} };
  return { value: cell.value, style: cell.style, note: cell.note, formula: cell.formula };
}

function cellsOf(worksheet: Worksheet): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, cell);
    })
  );
  return cells;
}

const planned = (plan: WritePlan, sheet: string) =>
  new Set(
    plan.sheets
      .filter((s) => s.sheet === sheet)
      .flatMap((s) => s.writes.map((w) => `${w.row + 1},${w.column + 1}`))
  );

let folder: string;
let before: Workbook;
let after: Workbook;
let plan: WritePlan;

beforeAll(async () => {
  folder = await tempFolder();
  const input = join(folder, "officers.xlsx");
  const output = join(folder, "officers.scanned.xlsx");
  await writeWithExceljs(officersWorkbook(), input);
  const read = await readXlsx(input);
  plan = scan(read.snapshot, { asOf: DEMO_AS_OF }).plan;
  applyPlan(read.workbook, plan);
  await saveXlsx(read.workbook, output);
  before = await readWithExceljs(input);
  after = await readWithExceljs(output);
});
afterAll(() => removeFolder(folder));

describe("a scan leaves the officers' workbook as it was, apart from the plan's cells", () => {
  it("keeps every sheet in its place and adds the add-in's own at the end", () => {
    const names = (w: Workbook) => w.worksheets.map((s) => s.name);
    const created = plan.sheets.filter((s) => s.create).map((s) => s.sheet);
    expect(created).toEqual(["KPI status", "Triggers", "Summary", "You said, we did", "Settings"]);
    expect(names(after)).toEqual([...names(before), ...created]);
    expect(names(before)).toContain("Budget");
  });

  it("changes no cell the plan does not name: values, formulas, styles, notes", () => {
    let compared = 0;
    for (const original of before.worksheets) {
      const scanned = after.getWorksheet(original.name)!;
      const inPlan = planned(plan, original.name);
      const cellsBefore = cellsOf(original);
      const cellsAfter = cellsOf(scanned);
      for (const address of new Set([...cellsBefore.keys(), ...cellsAfter.keys()])) {
        const cell = (cellsBefore.get(address) ?? cellsAfter.get(address))!;
        if (inPlan.has(`${cell.row},${cell.col}`)) continue;
        expect({ sheet: original.name, address, ...cellContent(cellsAfter.get(address)) }).toEqual({
          sheet: original.name,
          address,
          ...cellContent(cellsBefore.get(address)),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("writes only in the add-in's columns of the officers' sheets", () => {
    const members = planned(plan, "Members");
    expect([...members].every((cell) => ["14", "15"].includes(cell.split(",")[1]!))).toBe(true);
    expect(after.getWorksheet("Members")!.getCell("N1").value).toBe("Status");
    expect(after.getWorksheet("Members")!.getCell("L2").formula).toBe(
      "ROUND((DATE(2026,11,23)-D2)/365.25,1)"
    );
  });

  it("gives the add-in's date cells their format without touching cells that shared their style", () => {
    const reviews = after.getWorksheet("Reviews")!;
    expect(reviews.getCell("K2").numFmt).toBe("dd/mm/yyyy");
    expect(reviews.getCell("K2").font).toEqual({ name: "Arial", size: 10 });
    expect(reviews.getCell("A2").numFmt).toBeUndefined();
    expect(reviews.getCell("L2").numFmt).toBeUndefined();
  });

  it("keeps column widths, hidden columns, row heights, merges, frozen panes and drop-downs", () => {
    for (const original of before.worksheets) {
      const scanned = after.getWorksheet(original.name)!;
      for (let c = 1; c <= original.columnCount; c++) {
        const [was, is] = [original.getColumn(c), scanned.getColumn(c)];
        expect({ sheet: original.name, c, width: is.width, hidden: is.hidden }).toEqual({
          sheet: original.name,
          c,
          width: was.width,
          hidden: was.hidden,
        });
      }
      original.eachRow({ includeEmpty: true }, (row, n) =>
        expect([original.name, n, scanned.getRow(n).height]).toEqual([original.name, n, row.height])
      );
      expect(scanned.model.merges.sort()).toEqual(original.model.merges.sort());
      expect(scanned.views).toEqual(original.views);
    }
    expect(after.getWorksheet("Budget")!.getCell("D2").dataValidation).toEqual(
      before.getWorksheet("Budget")!.getCell("D2").dataValidation
    );
    // The officers' names are kept; the only names added are the add-in's claims (docs/workbook.md).
    const names = (workbook: Workbook) => workbook.definedNames.model.map((n) => n.name);
    expect(after.definedNames.model.filter((n) => names(before).includes(n.name))).toEqual(
      before.definedNames.model
    );
    expect(names(after).filter((name) => !names(before).includes(name))).toEqual(
      expect.arrayContaining(["TOSP_Sheet_Triggers", "TOSP_Col_Members_Status"])
    );
    expect(
      names(after).filter((n) => !names(before).includes(n) && !n.startsWith("TOSP_"))
    ).toEqual([]);
    expect(after.getWorksheet("Budget")!.getColumn(3).hidden).toBe(true);
  });

  it("lays out the sheets it creates: bold frozen header, widths, a drop-down for the panel's decision", () => {
    const triggers = after.getWorksheet("Triggers")!;
    expect(triggers.getCell("A1").font?.bold).toBe(true);
    expect(triggers.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(triggers.getColumn(5).width).toBeGreaterThan(20);
    const decision = triggers.getRow(1).values as unknown[];
    const column = decision.indexOf("Panel decision");
    expect(column).toBeGreaterThan(0);
    expect(triggers.getCell(2, column).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"New,Discussed,Accepted into programme,Declined"'],
    });
    expect(triggers.getCell(2, 1).dataValidation).toBeUndefined();
    const status = after.getWorksheet("KPI status")!;
    expect(status.getCell("A1").font?.bold).toBe(true);
  });
});
