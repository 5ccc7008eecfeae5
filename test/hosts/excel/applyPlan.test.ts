import { DEFAULT_PAYLOAD_BUDGET } from "../../../src/hosts/excel/sheetDirectory";
import { dayFromIso } from "../../../src/domain/calendar/days";
import { HostProgress } from "../../../src/engine/host";
import { ExcelPlanError } from "../../../src/hosts/excel/errors";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import {
  BLANK_VALUE,
  CellWrite,
  date,
  DATE_FORMAT,
  number,
  text,
  WritePlan,
} from "../../../src/workbook/plan";
import { hostOn, kpiSheet, syncsOf, withoutEmptyTexts } from "./excelTestKit";
import { cellAt } from "./fakeWorkbook";

const SMALL_PLAN: WritePlan = {
  sheets: [
    {
      sheet: "Members",
      create: false,
      definition: "members",
      writes: [
        { row: 0, column: 11, value: text("Status") },
        { row: 1, column: 11, value: text("Active") },
        { row: 2, column: 11, value: text("Lapsed") },
      ],
    },
    {
      sheet: "Triggers",
      create: true,
      definition: "triggers",
      writes: [
        { row: 0, column: 0, value: text("Indicator") },
        { row: 0, column: 1, value: text("Raised") },
        { row: 1, column: 0, value: text("Average re-let time (days)") },
        { row: 1, column: 1, value: date(dayFromIso("2026-11-23")) },
      ],
    },
  ],
};

/** The plan's writes with one cell moved to `row`, `column`. */
function planWritingAt(row: number, column: number, sheet = "Members"): WritePlan {
  return {
    sheets: [
      ...SMALL_PLAN.sheets,
      { sheet, create: false, definition: "members", writes: [{ row, column, value: number(1) }] },
    ],
  };
}

describe("ExcelHost.applyPlan", () => {
  test("writes a small plan in one sync after a read", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    expect(await syncsOf(excel, () => host.applyPlan(SMALL_PLAN))).toBe(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toContain("Triggers");
  });

  test("reads the sheet directory first when it has none: names, then sizes, then the write", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    expect(await syncsOf(excel, () => host.applyPlan(SMALL_PLAN))).toBe(3);
  });

  test("leaves the workbook as the memory host would: same values, dates as serials in dd/mm/yyyy", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.applyPlan(SMALL_PLAN);
    const memory = new MemoryWorkbook(demoWorkbook());
    memory.applyPlan(SMALL_PLAN);
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((sheet) => sheet.values)).toEqual(
      withoutEmptyTexts(memory.readSnapshot()).sheets.map((sheet) => sheet.values)
    );
    const raised = cellAt(excel.sheet("Triggers"), 1, 1);
    expect(raised).toEqual({ value: dayFromIso("2026-11-23"), format: DATE_FORMAT });
    expect(DATE_FORMAT).toBe("dd/mm/yyyy");
  });

  test("writes numbers and dates with their own formats, and blanks as empty General cells", async () => {
    const { excel, host } = hostOn([{ name: "Summary", cells: [["old", "old", "old"]] }]);
    const writes: CellWrite[] = [
      { row: 0, column: 0, value: number(0.25, "0%") },
      { row: 0, column: 1, value: date(dayFromIso("2026-11-01"), "mmm yyyy") },
      { row: 0, column: 2, value: BLANK_VALUE },
    ];
    await host.applyPlan({
      sheets: [{ sheet: "Summary", create: false, definition: "summary", writes }],
    });
    const row = excel.sheet("Summary").rows[0];
    expect(row).toEqual([
      { value: 0.25, format: "0%" },
      { value: dayFromIso("2026-11-01"), format: "mmm yyyy" },
      { value: "", format: "General" },
    ]);
  });

  test.each([
    ["a row past the end of the sheet", planWritingAt(1_048_576, 0)],
    ["a column past XFD", planWritingAt(0, 16_384)],
    ["a negative row", planWritingAt(-1, 0)],
    ["a sheet that does not exist and is not created", planWritingAt(0, 0, "Nowhere")],
    ["a sheet name with a colon", planWritingAt(0, 0, "KPI: rent")],
    ["a sheet name over 31 characters", planWritingAt(0, 0, "A sheet name that is far too long")],
  ])("writes nothing for a plan with %s", async (_, plan) => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    const before = excel.fingerprint();
    const syncs = await syncsOf(excel, () =>
      expect(host.applyPlan(plan)).rejects.toBeInstanceOf(ExcelPlanError)
    );
    expect(syncs).toBe(0);
    expect(excel.fingerprint()).toBe(before);
  });

  test("says in plain words what went wrong and that nothing was written", async () => {
    const { host } = hostOn(demoWorkbook());
    await expect(host.applyPlan(planWritingAt(1_048_576, 0))).rejects.toThrow(
      /The add-in tried to write outside the sheet .*row 1048577.*Nothing was written/
    );
  });

  test("cuts a plan over the payload budget into row blocks, every request under the cap", async () => {
    const { excel, host } = hostOn([kpiSheet("KPI", 10)]);
    await host.readSnapshot();
    const writes: CellWrite[] = [];
    for (let row = 0; row < 40_000; row++)
      for (let column = 6; column < 9; column++)
        writes.push({ row, column, value: text(`Status of indicator ${row}, column ${column}`) });
    const progress: HostProgress[] = [];
    const plan: WritePlan = {
      sheets: [{ sheet: "KPI", create: false, definition: "kpi", writes }],
    };
    const syncs = await syncsOf(excel, () => host.applyPlan(plan, (step) => progress.push(step)));
    const bytes = excel.requests.slice(-syncs).reduce((sum, r) => sum + r.requestBytes, 0);
    expect(syncs).toBe(Math.ceil(bytes / DEFAULT_PAYLOAD_BUDGET));
    expect(syncs).toBeGreaterThan(1);
    expect(excel.requests.every((request) => request.requestBytes <= 5_000_000)).toBe(true);
    expect(progress[progress.length - 1]).toEqual({ stage: "writing", done: syncs, total: syncs });
    expect(cellAt(excel.sheet("KPI"), 39_999, 8)?.value).toBe(
      "Status of indicator 39999, column 8"
    );
  });

  test("counts each range's own cost in a request, so thousands of scattered cells are split too", async () => {
    const { excel, host } = hostOn([kpiSheet("KPI", 10)]);
    await host.readSnapshot();
    // One cell a row, alternately in columns A and B: no two rows share a range (about 400 bytes of calls each).
    const writes: CellWrite[] = [];
    for (let row = 0; row < 20_000; row++) writes.push({ row, column: row % 2, value: number(1) });
    const plan: WritePlan = {
      sheets: [{ sheet: "KPI", create: false, definition: "kpi", writes }],
    };
    // Each cell: [[1]] and [["General"]] (18 bytes) plus the range's 400.
    expect(await syncsOf(excel, () => host.applyPlan(plan))).toBe(
      Math.ceil((20_000 * (18 + 400)) / DEFAULT_PAYLOAD_BUDGET)
    );
  });

  test("counts the budget in UTF-8 bytes: accented, pound-sign and emoji texts are cut to fit the cap", async () => {
    // 700 rows of "£é😀" × 200: 800 UTF-16 units but 1,600 bytes a row, as Excel on the web counts.
    const cap = 1_000_000;
    const { excel, host } = hostOn([kpiSheet("KPI", 10)], {
      payloadCap: cap,
      payloadBudget: cap * 0.9,
    });
    await host.readSnapshot();
    const long = "£é😀".repeat(200);
    const writes: CellWrite[] = [];
    for (let row = 0; row < 700; row++) writes.push({ row, column: 7, value: text(long) });
    const characters = 700 * JSON.stringify([[long]]).length;
    const bytes = 700 * Buffer.byteLength(JSON.stringify([[long]]));
    expect(characters).toBeLessThan(cap * 0.9); // counted in characters, it would go in one request…
    expect(bytes).toBeGreaterThan(cap); // …which Excel on the web refuses
    const plan: WritePlan = {
      sheets: [{ sheet: "KPI", create: false, definition: "kpi", writes }],
    };
    expect(await syncsOf(excel, () => host.applyPlan(plan))).toBe(2);
    expect(excel.requests.every((request) => request.succeeded)).toBe(true);
    expect(excel.requests.every((request) => request.requestBytes <= cap)).toBe(true);
    expect(cellAt(excel.sheet("KPI"), 699, 7)?.value).toBe(long);
  });

  test("keeps its directory when it refuses a plan: the next read is still warm", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    await expect(host.applyPlan(planWritingAt(0, 0, "Nowhere"))).rejects.toBeInstanceOf(
      ExcelPlanError
    );
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(1);
  });

  test("knows the sheets it created: the next read is warm", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    await host.applyPlan(SMALL_PLAN);
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(1);
  });

  test("writes nothing and syncs nothing for an empty plan", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    expect(await syncsOf(excel, () => host.applyPlan({ sheets: [] }))).toBe(0);
  });
});
