import { scan } from "../../src/engine/scan";
import { KPI_TEMPLATE_NAME, setUpPlan } from "../../src/engine/setUp";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { SheetPlan } from "../../src/workbook/plan";
import { describeProblem } from "../../src/workbook/problems";
import {
  ATTENDANCE,
  COMPLAINTS,
  KPI,
  MEETINGS,
  MEMBERS,
  RECOMMENDATIONS,
  REVIEWS,
  SETTINGS,
  TENANT_PROFILE,
  INVOLVEMENT,
} from "../../src/workbook/sheets";

const SET_UP_SHEETS = [
  MEMBERS,
  ATTENDANCE,
  MEETINGS,
  REVIEWS,
  RECOMMENDATIONS,
  COMPLAINTS,
  TENANT_PROFILE,
  INVOLVEMENT,
  KPI,
  SETTINGS,
];

function headerRow(plan: SheetPlan): unknown[] {
  return plan.writes
    .filter((w) => w.row === 0)
    .sort((a, b) => a.column - b.column)
    .map((w) => (w.value.kind === "text" ? w.value.text : w.value));
}

describe("Set up on the demo workbook", () => {
  const before = demoWorkbook();
  const workbook = new MemoryWorkbook(before);
  const result = setUpPlan(workbook.readSnapshot());

  it("creates only the Settings sheet, the one sheet of docs/workbook.md the demo lacks", () => {
    expect(result.created).toEqual(["Settings"]);
    expect(result.plan.sheets.map((s) => [s.sheet, s.create])).toEqual([["Settings", true]]);
  });

  it("keeps every existing sheet, its KPI sheets included, and writes nothing to them", () => {
    // Every sheet of the demo stands for one of docs/workbook.md's (Tenant profile and Involvement included).
    expect([...result.kept].sort()).toEqual(before.map((sheet) => sheet.name).sort());
    workbook.applyPlan(result.plan);
    for (const sheet of before)
      expect([sheet.name, (workbook.sheet(sheet.name) as MemorySheet).cells]).toEqual([
        sheet.name,
        sheet.cells,
      ]);
  });

  it("finds sheets by alias and KPI sheets by their Indicator header, whatever their names", () => {
    const sheets: MemorySheet[] = [
      { name: "panel_members", cells: [["Name", "Group"]] },
      { name: "Register", cells: [["Member"]] },
      { name: "Rent figures", cells: [["Indicator", "Target", "Apr-26"]] },
    ];
    const { created, kept } = setUpPlan(new MemoryWorkbook(sheets).readSnapshot());
    expect(kept).toEqual(["panel_members", "Register", "Rent figures"]);
    expect(created).toEqual([
      "Meetings",
      "Reviews",
      "Recommendations",
      "Complaints",
      "Hazards",
      "Benchmarks",
      "Tenant profile",
      "Involvement",
      "Settings",
    ]);
  });

  it("names the KPI template afresh when its name is taken by a sheet that is not a KPI sheet", () => {
    const sheets: MemorySheet[] = [{ name: "kpi_services", cells: [["Notes"]] }];
    const { created } = setUpPlan(new MemoryWorkbook(sheets).readSnapshot());
    expect(created).toContain(`${KPI_TEMPLATE_NAME} (2)`);
  });
});

describe("Set up on an empty workbook", () => {
  const workbook = new MemoryWorkbook([]);
  const result = setUpPlan(workbook.readSnapshot());
  const planOf = (definitionKey: string) =>
    result.plan.sheets.find((s) => s.definition === definitionKey) as SheetPlan;

  it("creates every sheet of docs/workbook.md, the Settings sheet last", () => {
    expect(result.created).toEqual([
      "Members",
      "Attendance",
      "Meetings",
      "Reviews",
      "Recommendations",
      "Complaints",
      "Hazards",
      "Benchmarks",
      "Tenant profile",
      "Involvement",
      KPI_TEMPLATE_NAME,
      "Settings",
    ]);
    expect(result.kept).toEqual([]);
    expect(result.plan.sheets.every((s) => s.create)).toBe(true);
  });

  it("writes each definition's headers, the add-in's computed columns included", () => {
    for (const definition of SET_UP_SHEETS)
      expect([definition.key, headerRow(planOf(definition.key))]).toEqual([
        definition.key,
        definition.columns.map((c) => c.header),
      ]);
    expect(headerRow(planOf("members")).slice(-2)).toEqual(["Status", "Reason"]);
  });

  it("lays out each new sheet: a table over its headers, a drop-down on every list column people fill in", () => {
    for (const definition of SET_UP_SHEETS) {
      const layout = planOf(definition.key).layout;
      expect([definition.key, layout?.table?.area.columnCount]).toEqual([
        definition.key,
        definition.columns.length,
      ]);
      const listColumns = definition.columns.flatMap((c, i) =>
        "list" in c && !("owned" in c && c.owned) ? [i] : []
      );
      const dropDownColumns = (layout?.dropDowns ?? [])
        .filter((d) => d.area.columnCount === 1)
        .map((d) => d.area.column);
      expect([definition.key, dropDownColumns]).toEqual([definition.key, listColumns]);
    }
    expect(planOf("members").layout?.dropDowns.length).toBe(8); // Group, Role, 6 Y/N (Status is computed)
    expect(planOf("attendance").layout?.dropDowns).toMatchObject([
      { area: { row: 1, column: 1 }, list: ["P", "A", "R", "-"] },
    ]);
    expect(new Set(result.plan.sheets.map((s) => s.layout?.table?.name)).size).toBe(12);
  });

  it("leaves a workbook that scans with no problems, then sets up nothing more", () => {
    workbook.applyPlan(result.plan);
    const scanned = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(scanned.problems.map(describeProblem)).toEqual([]);
    // Every sheet is read as what it is: a KPI sheet in the long layout among them.
    workbook.applyPlan(scanned.plan);
    const again = setUpPlan(workbook.readSnapshot());
    expect(again.created).toEqual([]);
    expect(again.plan.sheets).toEqual([]);
    expect(again.kept).toHaveLength(12);
  });
});
