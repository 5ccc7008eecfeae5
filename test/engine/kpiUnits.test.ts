import { scan } from "../../src/engine/scan";
import { unitFormat } from "../../src/engine/kpis";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { toCell } from "../../src/workbook/cells";

/** KPI status shows each figure with its unit (docs/workbook.md, KPI status), and reads back the same. */
describe("units on KPI status's figures", () => {
  const { plan } = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), { asOf: DEMO_AS_OF });
  const status = plan.sheets.find((s) => s.sheet === "KPI status")!;
  const rows = new Map<number, typeof status.writes>();
  for (const write of status.writes) rows.set(write.row, [...(rows.get(write.row) ?? []), write]);
  const cellsOf = (indicator: string) =>
    [...rows.values()].find((row) =>
      row.some((w) => w.value.kind === "text" && w.value.text === indicator)
    )!;

  it("shows a percentage as 96.4%, keeping 96.4 in the cell", () => {
    const actual = cellsOf("ASB cases resolved").find((w) => w.column === 5)!;
    expect(actual.value).toMatchObject({ kind: "number", format: 'General"%"' });
    if (actual.value.kind !== "number") throw new Error("not a number");
    expect(toCell(actual.value.value, 'General"%"')).toMatchObject({
      kind: "number",
      value: actual.value.value,
    });
  });

  it("shows days as days, and money as pounds", () => {
    expect(unitFormat("days")).toBe('General" days"');
    expect(unitFormat("£")).toBe('"£"#,##0.00');
    expect(unitFormat(undefined)).toBeUndefined();
    expect(toCell(41, 'General" days"')).toMatchObject({ kind: "number", value: 41 });
  });
});
