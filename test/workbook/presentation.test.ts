import { KPI_STATUSES } from "../../src/domain/kpi/types";
import { MEMBER_STATUSES } from "../../src/domain/members/status";
import { scan } from "../../src/engine/scan";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { SheetDefinition } from "../../src/workbook/definition";
import { SheetLayout, SheetPlan } from "../../src/workbook/plan";
import {
  newSheetLayout,
  ROWS_AHEAD,
  sheetLayout,
  tableNameOf,
} from "../../src/workbook/presentation";
import { SETTING_ROWS } from "../../src/workbook/readers/settings";
import * as sheets from "../../src/workbook/sheets";
import {
  ATTENDANCE,
  ATTENDANCE_LIST,
  COMPLAINTS,
  HAZARDS,
  KPI_STATUS,
  MEETINGS,
  MEMBERS,
  REVIEWS,
  TRIGGERS,
} from "../../src/workbook/sheets";

const DEFINITIONS = (Object.values(sheets) as unknown[]).filter(
  (value): value is SheetDefinition =>
    typeof value === "object" && value !== null && "key" in value && "columns" in value
);

function firstScan() {
  const workbook = new MemoryWorkbook(demoWorkbook());
  const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
  const planOf = (name: string) => result.plan.sheets.find((s) => s.sheet === name) as SheetPlan;
  return { workbook, result, planOf };
}

/** The colour each word in a column gets, as a plain object. */
function coloursAt(layout: SheetLayout, column: number): Record<string, string> {
  const rules = layout.highlights.filter((h) => h.area.column === column).flatMap((h) => h.rules);
  return Object.fromEntries(rules.map((r) => [r.text, r.highlight]));
}

describe("a sheet the scan creates is laid out", () => {
  const { result, planOf } = firstScan();

  it("puts an Excel table over exactly the KPI status header and its rows", () => {
    const plan = planOf("KPI status");
    expect(plan.create).toBe(true);
    expect(plan.layout?.table).toEqual({
      name: "TOSP_KpiStatus",
      area: {
        row: 0,
        column: 0,
        rowCount: 1 + result.findings.kpis.length,
        columnCount: KPI_STATUS.columns.length,
      },
    });
    expect(plan.layout?.freezeRows).toBe(1);
  });

  it("gives KPI status the panel's colours on Status, and no drop-down on its computed columns", () => {
    const layout = planOf("KPI status").layout as SheetLayout;
    // Every KPI status column is the add-in's: a drop-down would only invite edits the next scan undoes.
    expect(layout.dropDowns).toEqual([]);
    const status = KPI_STATUS.columns.findIndex((c) => c.key === "status");
    expect(KPI_STATUSES.length).toBeGreaterThan(0);
    expect(coloursAt(layout, status)).toEqual({
      Met: "good",
      "Near miss": "warning",
      Missed: "bad",
      "No data": "neutral",
      "No target": "neutral",
      "Context only": "neutral",
    });
    // Below the rows written, for the indicators later scans add.
    const area = layout.highlights[0]?.area;
    expect(area).toMatchObject({ row: 1, rowCount: result.findings.kpis.length + ROWS_AHEAD });
  });

  it("gives Triggers the panel's decision drop-down, with New in amber, over its rows", () => {
    const layout = planOf("Triggers").layout as SheetLayout;
    const decision = TRIGGERS.columns.findIndex((c) => c.key === "panelDecision");
    expect(layout.table?.area).toEqual({
      row: 0,
      column: 0,
      rowCount: 1 + result.findings.triggers.length,
      columnCount: TRIGGERS.columns.length,
    });
    expect(layout.dropDowns.find((d) => d.area.column === decision)?.list).toEqual([
      "New",
      "Discussed",
      "Accepted into programme",
      "Declined",
    ]);
    expect(coloursAt(layout, decision)).toEqual({ New: "warning" });
  });

  it("lays out the Settings template and the Summary, with no table on the Summary", () => {
    expect(planOf("Settings").layout?.table).toEqual({
      name: "TOSP_Settings",
      // Setting, Value and the statutory figures' Source.
      area: { row: 0, column: 0, rowCount: 1 + SETTING_ROWS.length, columnCount: 3 },
    });
    const summary = planOf("Summary").layout as SheetLayout;
    expect(summary.table).toBeUndefined();
    expect(summary.charts).toEqual([]);
    expect(summary.columnWidths?.[0]).toBeGreaterThanOrEqual(20);
  });

  it("never lays out the officers' sheets it only adds columns to", () => {
    for (const name of ["Members", "Meetings", "Reviews", "Recommendations"])
      expect([name, planOf(name).layout]).toEqual([name, undefined]);
  });

  it("plans no layout on a rescan of the workbook it wrote", () => {
    const { workbook, result: first } = firstScan();
    workbook.applyPlan(first.plan);
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan.sheets).toEqual([]);
  });
});

describe("sheetLayout", () => {
  const membersPlacement = {
    headerRow: 0,
    columns: Object.fromEntries(MEMBERS.columns.map((c, i) => [c.key, i])),
    rowCount: 0,
  };

  it("colours every member Status: Active green, at risk amber, lapsed and the like red", () => {
    const layout = sheetLayout(MEMBERS, membersPlacement);
    const status = MEMBERS.columns.findIndex((c) => c.key === "status");
    expect(coloursAt(layout, status)).toEqual({
      Active: "good",
      "At risk of lapse": "warning",
      "Training incomplete": "warning",
      Lapsed: "bad",
      "Not eligible": "bad",
      "Term ended": "bad",
    });
    expect(Object.keys(coloursAt(layout, status)).sort()).toEqual([...MEMBER_STATUSES].sort());
  });

  it("colours Overdue Yes on Reviews and Quorate No on Meetings red, and nothing else", () => {
    const reviews = newSheetLayout(
      REVIEWS,
      REVIEWS.columns.map((c) => c.header),
      0
    );
    const overdue = REVIEWS.columns.findIndex((c) => c.key === "overdue");
    expect(reviews.highlights).toEqual([
      {
        area: { row: 1, column: overdue, rowCount: ROWS_AHEAD, columnCount: 1 },
        rules: [{ text: "Yes", highlight: "bad" }],
      },
    ]);
    const meetings = newSheetLayout(
      MEETINGS,
      MEETINGS.columns.map((c) => c.header),
      0
    );
    const quorate = MEETINGS.columns.findIndex((c) => c.key === "quorate");
    expect(coloursAt(meetings, quorate)).toEqual({ No: "bad" });
    expect(meetings.highlights).toHaveLength(1);
  });

  it("gives the Complaints and Hazards logs their drop-downs and colours", () => {
    const complaints = newSheetLayout(
      COMPLAINTS,
      COMPLAINTS.columns.map((c) => c.header),
      0
    );
    const at = (definition: SheetDefinition, key: string) =>
      definition.columns.findIndex((c) => c.key === key);
    expect(complaints.dropDowns.map((d) => [d.area.column, d.list])).toEqual([
      [at(COMPLAINTS, "stage"), ["1", "2"]],
    ]);
    expect(complaints.highlights.map((h) => [h.area.column, h.rules])).toEqual([
      [
        at(COMPLAINTS, "code"),
        [
          { text: "Within the Code", highlight: "good" },
          { text: "Late", highlight: "warning", match: "beginsWith" },
          { text: "Overdue", highlight: "bad", match: "beginsWith" },
        ],
      ],
    ]);
    const hazards = newSheetLayout(
      HAZARDS,
      HAZARDS.columns.map((c) => c.header),
      0
    );
    expect(hazards.dropDowns.map((d) => [d.area.column, d.list])).toEqual([
      [at(HAZARDS, "category"), ["Emergency", "Significant"]],
      [at(HAZARDS, "alternativeAccommodation"), ["Y", "N"]],
    ]);
    expect(coloursAt(hazards, at(HAZARDS, "overdue"))).toEqual({ Yes: "bad" });
    expect(coloursAt(hazards, at(HAZARDS, "nextStep"))).toEqual({ "Not in scope": "neutral" });
  });

  it("puts the register's marks drop-down on the meeting columns right of Member", () => {
    const layout = newSheetLayout(ATTENDANCE, ["Member"], 0);
    expect(layout.dropDowns).toEqual([
      { area: { row: 1, column: 1, rowCount: ROWS_AHEAD, columnCount: 60 }, list: ATTENDANCE_LIST },
    ]);
  });

  it("follows the columns where they are placed, under a header row lower down", () => {
    const layout = sheetLayout(REVIEWS, {
      headerRow: 2,
      columns: { review: 3, panelYear: 4, origin: 5 },
      rowCount: 7,
    });
    expect(layout.table?.area).toEqual({ row: 2, column: 3, rowCount: 8, columnCount: 3 });
    expect(layout.dropDowns.map((d) => d.area)).toEqual([
      { row: 3, column: 5, rowCount: 7 + ROWS_AHEAD, columnCount: 1 },
    ]);
    expect(layout.freezeRows).toBe(3);
    expect(Object.keys(layout.columnWidths ?? {})).toEqual(["3", "4", "5"]);
  });

  it("sizes columns from their headers, within bounds", () => {
    const notes = "Notes the officers keep beside the programme, in their own words";
    const layout = newSheetLayout(
      REVIEWS,
      ["Review", "Information requested", "Overdue", notes],
      0
    );
    expect(layout.columnWidths).toEqual({
      0: 16, // a text column is never narrower than this
      1: "Information requested".length + 4,
      2: "Overdue".length + 4,
      3: 40,
    });
  });

  it("gives every definition its own table name", () => {
    const names = DEFINITIONS.map(tableNameOf);
    expect(new Set(names).size).toBe(DEFINITIONS.length);
    expect(names.every((n) => /^TOSP_[A-Za-z]+$/.test(n))).toBe(true);
  });
});
