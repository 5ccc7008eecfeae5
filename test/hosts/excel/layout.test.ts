import { ExcelHost } from "../../../src/hosts/excel/excelHost";
import { pointsForCharacters } from "../../../src/hosts/excel/layout";
import { SheetLayout, text, WritePlan } from "../../../src/workbook/plan";
import { hostOn, syncsOf } from "./excelTestKit";

const LAYOUT: SheetLayout = {
  table: { name: "TOSP_Triggers", area: { row: 0, column: 0, rowCount: 3, columnCount: 3 } },
  dropDowns: [
    {
      area: { row: 1, column: 2, rowCount: 500, columnCount: 1 },
      list: ["New", "Discussed", "Accepted into programme", "Declined"],
    },
  ],
  highlights: [
    {
      area: { row: 1, column: 1, rowCount: 500, columnCount: 1 },
      rules: [
        { text: "Met", highlight: "good" },
        { text: 'Near "miss"', highlight: "warning" },
        { text: "No longer triggered", highlight: "neutral", match: "beginsWith" },
      ],
    },
  ],
  columnWidths: { 0: 30, 2: 18 },
  freezeRows: 1,
  charts: [
    {
      name: "TOSP KPI status",
      title: "KPI status by service area",
      kind: "stackedBar",
      data: { row: 0, column: 0, rowCount: 3, columnCount: 2 },
      position: { row: 1, column: 5, rowCount: 16, columnCount: 8 },
    },
  ],
};

const PLAN: WritePlan = {
  sheets: [
    {
      sheet: "Triggers",
      create: true,
      definition: "triggers",
      layout: LAYOUT,
      writes: ["Indicator", "Status", "Panel decision", "Re-let time", "Met", "New"].map(
        (value, i) => ({ row: Math.floor(i / 3), column: i % 3, value: text(value) })
      ),
    },
  ],
};

describe("sheet layout from the Excel host", () => {
  test("adds the table, drop-down, highlights, widths, frozen header and chart in the write's one sync", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await host.readSnapshot();
    expect(await syncsOf(excel, () => host.applyPlan(PLAN))).toBe(1);
    const sheet = excel.sheet("Triggers");
    expect(sheet.tables).toEqual([
      { name: "TOSP_Triggers", style: "TableStyleMedium2", area: LAYOUT.table?.area },
    ]);
    expect(sheet.validations).toEqual([
      {
        area: { row: 1, column: 2, rowCount: 500, columnCount: 1 },
        rule: {
          list: { inCellDropDown: true, source: "New,Discussed,Accepted into programme,Declined" },
        },
      },
    ]);
    const area = { row: 1, column: 1, rowCount: 500, columnCount: 1 };
    expect(sheet.conditionalFormats).toEqual([
      {
        area,
        type: "CellValue",
        fill: "#C6EFCE",
        font: "#006100",
        rule: { formula1: '="Met"', operator: "EqualTo" },
      },
      {
        area,
        type: "CellValue",
        fill: "#FFEB9C",
        font: "#9C5700",
        rule: { formula1: '="Near ""miss"""', operator: "EqualTo" },
      },
      {
        area,
        type: "ContainsText",
        fill: "#D9D9D9",
        font: "#000000",
        rule: { operator: "BeginsWith", text: "No longer triggered" },
      },
    ]);
    expect([...sheet.columnWidths.entries()]).toEqual([
      [0, pointsForCharacters(30)],
      [2, pointsForCharacters(18)],
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts).toEqual([
      {
        name: "TOSP KPI status",
        type: "BarStacked",
        seriesBy: "Auto",
        title: "KPI status by service area",
        data: { row: 0, column: 0, rowCount: 3, columnCount: 2 },
        position: {
          start: { row: 1, column: 5, rowCount: 1, columnCount: 1 },
          end: { row: 16, column: 12, rowCount: 1, columnCount: 1 },
        },
      },
    ]);
  });

  test("applied twice leaves one of each: the chart and table replaced, not duplicated", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await host.applyPlan(PLAN);
    const once = excel.fingerprint();
    await host.applyPlan({ sheets: [{ ...PLAN.sheets[0]!, create: false }] });
    expect(excel.fingerprint()).toBe(once);
    expect(excel.sheet("Triggers").charts).toHaveLength(1);
  });

  test("replaces the chart for a new host too: the chart names come with the first read", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await host.applyPlan(PLAN);
    const later = new ExcelHost({ run: excel.run });
    await later.readSnapshot();
    await later.applyPlan({ sheets: [{ ...PLAN.sheets[0]!, create: false }] });
    expect(excel.sheet("Triggers").charts.map((chart) => chart.name)).toEqual(["TOSP KPI status"]);
    expect(excel.sheet("Triggers").tables).toHaveLength(1);
  });

  test("turns widths in characters into Excel's points", () => {
    // Calibri 11: 7 pixels a character and 5 of padding; Excel shows 8.43 characters as 64 pixels.
    expect(pointsForCharacters(8.43)).toBeCloseTo(48, 0);
  });

  test("names its table apart from an officers' table that took its name, and resizes its own", async () => {
    // The officers renamed the add-in's KPI status sheet to keep it: its table still has the name.
    const { excel, host } = hostOn([
      { name: "Members", cells: [["Name"]] },
      { name: "Old KPI status", cells: [["Indicator"], ["Rent"]] },
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Old KPI status");
      sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 1), true).name = "TOSP_KpiStatus";
      await context.sync();
    });
    const kpiStatus = (rows: number, create: boolean): WritePlan => ({
      sheets: [
        {
          sheet: "KPI status",
          create,
          definition: "kpiStatus",
          writes: Array.from({ length: rows + 1 }, (_, row) => ({
            row,
            column: 0,
            value: text(row === 0 ? "Indicator" : `Indicator ${row}`),
          })),
          layout: {
            table: {
              name: "TOSP_KpiStatus",
              area: { row: 0, column: 0, rowCount: rows + 1, columnCount: 1 },
            },
            dropDowns: [],
            highlights: [],
            charts: [],
          },
        },
      ],
    });
    await host.readSnapshot();
    await host.applyPlan(kpiStatus(2, true));
    await host.readSnapshot();
    await host.applyPlan(kpiStatus(4, false));
    expect(excel.sheet("KPI status").tables).toEqual([
      {
        name: "TOSP_KpiStatus2",
        style: "TableStyleMedium2",
        area: { row: 0, column: 0, rowCount: 5, columnCount: 1 },
      },
    ]);
    expect(
      excel.sheet("Old KPI status").tables.map((table) => [table.name, table.area.rowCount])
    ).toEqual([["TOSP_KpiStatus", 2]]);
  });
});
