import { CellWrite, text, WritePlan } from "../../../src/workbook/plan";
import { hostOn } from "./excelTestKit";
import { cellAt } from "./fakeWorkbook";

/** Text Excel would take for a formula, or a number, if it were written as a plain value. */
const FORMULA_LIKE = [
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  '=HYPERLINK("http://example.com","Click")',
  "007",
];

function planOf(texts: string[]): WritePlan {
  const writes: CellWrite[] = texts.map((value, row) => ({
    row,
    column: 0,
    value: text(value, true),
  }));
  return { sheets: [{ sheet: "Members", create: false, definition: "members", writes }] };
}

describe("text written by the Excel host", () => {
  test("never becomes a formula and reads back as the same text", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await host.applyPlan(planOf(FORMULA_LIKE));
    expect(excel.formulas).toEqual([]);
    const [sheet] = (await host.readSnapshot()).sheets;
    expect(sheet?.values.map((row) => row[0])).toEqual(FORMULA_LIKE);
  });

  test("is given the Text format before its value, in the same request", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await host.readSnapshot();
    await host.applyPlan(planOf(["=1+1"]));
    expect(cellAt(excel.sheet("Members"), 0, 0)).toEqual({ value: "=1+1", format: "@" });
    expect(excel.requests[excel.requests.length - 1]?.succeeded).toBe(true);
  });

  test("overwrites a number in a cell with text, still as text", async () => {
    const { excel, host } = hostOn([{ name: "Members", cells: [[12]] }]);
    await host.applyPlan(planOf(["+44 20 7946 0000"]));
    expect(excel.formulas).toEqual([]);
    expect(cellAt(excel.sheet("Members"), 0, 0)?.value).toBe("+44 20 7946 0000");
  });

  test("the fake does turn such text into formulas when written without the Text format", async () => {
    // The check above could not fail if the fake never made formulas: show that it does.
    const { excel } = hostOn([{ name: "Members", cells: [["Name"]] }]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Members").getRangeByIndexes(0, 0, 1, 1).values = [
        ["=1+1"],
      ];
      await context.sync();
    });
    expect(excel.formulas).toEqual([{ sheet: "Members", row: 0, column: 0, formula: "=1+1" }]);
  });
});
