import { scan } from "../../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { hostOn, syncsOf, withoutEmptyTexts } from "./excelTestKit";

/** The engine's own plan for the demo workbook, carried out by the Excel host (docs/development.md's loop). */
describe("a scan of the demo workbook through the Excel host", () => {
  const options = { asOf: DEMO_AS_OF, summaryCharts: true };

  test("reads, writes and rescans in one sync each, leaving nothing to write the second time", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    let plan = scan(await host.readSnapshot(), options).plan;
    expect(await syncsOf(excel, () => host.applyPlan(plan))).toBe(1);
    const syncs = await syncsOf(excel, async () => {
      plan = scan(await host.readSnapshot(), options).plan;
    });
    expect(syncs).toBe(1);
    expect(plan.sheets.filter((sheet) => sheet.create || sheet.writes.length > 0)).toEqual([]);
    expect(excel.formulas).toEqual([]);
  });

  test("leaves the same values as the memory host", async () => {
    const { host } = hostOn(demoWorkbook());
    const memory = new MemoryWorkbook(demoWorkbook());
    const plan = scan(memory.readSnapshot(), options).plan;
    memory.applyPlan(plan);
    await host.applyPlan(plan);
    const values = (await host.readSnapshot()).sheets.map((sheet) => [sheet.name, sheet.values]);
    const expected = withoutEmptyTexts(memory.readSnapshot()).sheets.map((s) => [s.name, s.values]);
    expect(values).toEqual(expected);
  });
});
