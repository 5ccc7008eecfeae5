import { scan } from "../../../src/engine/scan";
import { ExcelHost } from "../../../src/hosts/excel/excelHost";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { hostOn } from "./excelTestKit";
import { FakeExcel } from "./fakeExcel";
import { cellOf, usedArea } from "./fakeWorkbook";

/** The add-in's own tables (TOSP_KpiStatus…) follow their rows on every write, not only the first. */
async function scanAndWrite(host: ExcelHost): Promise<void> {
  const { plan } = scan(await host.readSnapshot(), { asOf: DEMO_AS_OF });
  await host.applyPlan(plan);
}

/** An officer adds a TSM measure (a new indicator, so a new KPI status row), or takes it away again. */
function addMeasure(excel: FakeExcel): void {
  const tsm = excel.sheet("TSM");
  const row = tsm.rows.length;
  ["TP12", "Satisfaction with repairs time", 70, 65, 66, 64].forEach(
    (value, column) => (cellOf(tsm, row, column).value = value)
  );
}

function removeMeasure(excel: FakeExcel): void {
  const tsm = excel.sheet("TSM");
  tsm.rows.pop();
}

function kpiStatus(excel: FakeExcel) {
  const sheet = excel.sheet("KPI status");
  return { tables: sheet.tables, rows: usedArea(sheet)?.rowCount ?? 0 };
}

describe("the add-in's own tables", () => {
  test("grow and shrink with their rows on every rescan, keeping their name and style", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await scanAndWrite(host);
    const first = kpiStatus(excel);
    expect(first.tables).toHaveLength(1);
    expect(first.tables[0]?.area).toEqual({
      row: 0,
      column: 0,
      rowCount: first.rows,
      columnCount: 12, // with Quartile
    });

    addMeasure(excel);
    await scanAndWrite(host);
    const grown = kpiStatus(excel);
    expect(grown.rows).toBe(first.rows + 1);
    expect(grown.tables).toEqual([
      {
        name: "TOSP_KpiStatus",
        style: "TableStyleMedium2",
        area: { ...first.tables[0]!.area, rowCount: grown.rows },
      },
    ]);

    removeMeasure(excel);
    await scanAndWrite(host);
    expect(kpiStatus(excel)).toEqual(first);
  });

  test("keep their size on an Excel without Table.resize (before ExcelApi 1.13), the rows written all the same", async () => {
    const { excel, host } = hostOn(demoWorkbook(), { excelApi: "1.12" });
    await scanAndWrite(host);
    const first = kpiStatus(excel);
    addMeasure(excel);
    await scanAndWrite(host);
    expect(kpiStatus(excel)).toEqual({ tables: first.tables, rows: first.rows + 1 });
  });
});
