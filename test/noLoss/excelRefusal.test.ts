import { scan } from "../../src/engine/scan";
import { ExcelPlanError } from "../../src/hosts/excel/errors";
import { ExcelHost } from "../../src/hosts/excel/excelHost";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { text, WritePlan } from "../../src/workbook/plan";
import { hostOn } from "../hosts/excel/excelTestKit";

/**
 * WorkbookHost: "all or nothing as far as the host allows: a plan is checked before anything is
 * written". A scan's real plan with one cell Excel cannot hold is refused whole: the workbook is as it
 * was, no request is sent, and the host still works afterwards.
 */
const LAST_ROW = 1_048_575; // 0-based: Excel's 1,048,576th row
const LAST_COLUMN = 16_383; // XFD

type Spoiler = (plan: WritePlan) => WritePlan;

const SPOILERS: [string, Spoiler][] = [
  ["a write beyond Excel's last row", (plan) => withWrite(plan, "Members", LAST_ROW + 1, 0)],
  ["a write beyond Excel's last column", (plan) => withWrite(plan, "Members", 1, LAST_COLUMN + 1)],
  [
    "a new sheet whose name has a [",
    (plan) => ({
      sheets: [
        ...plan.sheets,
        { sheet: "Triggers [old]", create: true, definition: "triggers", writes: [] },
      ],
    }),
  ],
];

/** The plan with one more write on an existing sheet's plan, after all the good ones. */
function withWrite(plan: WritePlan, sheet: string, row: number, column: number): WritePlan {
  return {
    sheets: plan.sheets.map((sheetPlan) =>
      sheetPlan.sheet === sheet
        ? { ...sheetPlan, writes: [...sheetPlan.writes, { row, column, value: text("x") }] }
        : sheetPlan
    ),
  };
}

describe.each(SPOILERS)("a scan's plan with %s", (_, spoil) => {
  test.each([
    ["cold (nothing read yet)", false],
    ["warm (it has just read the workbook)", true],
  ])("is refused by the Excel host, %s: nothing written, no sync", async (_, warm) => {
    const { excel, host } = hostOn(demoWorkbook());
    const plan = scan(await host.readSnapshot(), { asOf: DEMO_AS_OF }).plan;
    const writer = warm ? host : new ExcelHost({ run: excel.run });
    const before = excel.fingerprint();
    const syncs = excel.syncs;
    await expect(writer.applyPlan(spoil(plan))).rejects.toBeInstanceOf(ExcelPlanError);
    expect(excel.syncs).toBe(syncs);
    expect(excel.fingerprint()).toBe(before);

    // The host is not left broken: the good plan still goes through, and a rescan finds nothing to do.
    await writer.applyPlan(plan);
    expect(scan(await writer.readSnapshot(), { asOf: DEMO_AS_OF }).plan.sheets).toEqual([]);
    expect(excel.formulas).toEqual([]);
  });
});
