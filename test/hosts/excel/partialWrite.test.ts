import { scan, ScanOptions } from "../../../src/engine/scan";
import { ExcelHost } from "../../../src/hosts/excel/excelHost";
import { isUnfinishedSheet } from "../../../src/hosts/excel/sheetDirectory";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { WritePlan } from "../../../src/workbook/plan";
import { TRIGGERS } from "../../../src/workbook/sheets";
import { hostOn } from "./excelTestKit";
import { FakeExcel, FakeExcelOptions } from "./fakeExcel";
import { cellOf, fingerprint } from "./fakeWorkbook";
import { sizedFor } from "../../fuzz/fuzzRuns";

/**
 * Excel keeps what a failed request ran before the failing call and runs nothing after it (no
 * rollback: OfficeExtension.Error, trace messages). Whichever call of a write fails, the workbook must
 * be left in a state the next scan reads correctly, and that scan's write must finish the job: the
 * workbook then is the one an uninterrupted write leaves. Each test fails every call of a write in
 * turn (a dropped connection, a coauthor's conflict, a protected sheet can stop any of them).
 */
jest.setTimeout(120_000);

const OPTIONS: ScanOptions = { asOf: DEMO_AS_OF, summaryCharts: true };

/** The add-in's columns of Triggers with the panel's notes moved between them, so a new row has a gap. */
const TRIGGER_HEADERS = (() => {
  const headers = TRIGGERS.columns.map((column) => column.header);
  return [...headers.slice(0, 6), "Panel notes", ...headers.slice(6, 8), "Panel decision"];
})();

/** Members and KPIs from the demo, and a Triggers sheet the officers set up with their own column order. */
function panelWorkbook(): MemorySheet[] {
  const demo = demoWorkbook().filter((sheet) => ["Members", "KPI - Services"].includes(sheet.name));
  return [...demo, { name: "Triggers", cells: [TRIGGER_HEADERS] }];
}

async function scanAndWrite(host: ExcelHost): Promise<void> {
  await host.applyPlan(scan(await host.readSnapshot(), OPTIONS).plan);
}

/** An officer adds three months of a new indicator, all worse than target: a KPI status row and a trigger. */
function addGasSafety(excel: FakeExcel): void {
  const kpis = excel.sheet("KPI - Services");
  const months = ["Aug-26", "Sep-26", "Oct-26"];
  months.forEach((month, i) => {
    const row = kpis.rows.length;
    ["Gas safety checks on time", month, 97 + i / 2, 100, "%"].forEach(
      (value, column) => (cellOf(kpis, row, column).value = value)
    );
  });
}

interface Case {
  sheets: () => MemorySheet[];
  options?: FakeExcelOptions & { payloadBudget?: number };
  /** What happens before the write under test (an earlier scan, an officer's change). */
  before?: (excel: FakeExcel, host: ExcelHost) => Promise<void>;
  /** Test every `stride`th call (1: all of them). */
  stride?: number;
}

/** The case's plan, the workbook after its write uninterrupted (whole and by sheet), and the write's calls. */
async function uninterrupted(
  testCase: Case
): Promise<{ plan: WritePlan; workbook: string; calls: number; sheets: string[] }> {
  const { excel, host } = hostOn(testCase.sheets(), testCase.options);
  await testCase.before?.(excel, host);
  const plan = scan(await host.readSnapshot(), OPTIONS).plan;
  const calls = excel.operationsRun;
  await host.applyPlan(plan);
  return {
    plan,
    workbook: excel.fingerprint(),
    calls: excel.operationsRun - calls,
    sheets: excel.sheets.map((sheet) => fingerprint([sheet])),
  };
}

/** Every Triggers row with the add-in's Key has its Panel decision: no half-written record. */
function halfWrittenTriggerRows(excel: FakeExcel): number[] {
  const triggers = excel.sheets.find((sheet) => sheet.name === "Triggers");
  const headers = triggers?.rows[0]?.map((cell) => cell?.value) ?? [];
  const key = headers.indexOf("Key");
  const decision = headers.indexOf("Panel decision");
  return (triggers?.rows ?? []).flatMap((row, r) =>
    r > 0 && Boolean(row?.[key]?.value) !== Boolean(row?.[decision]?.value) ? [r] : []
  );
}

/** The write failing at call `failing`: what it left, then the workbook after the next scan's write. */
async function interrupted(
  testCase: Case,
  failing: number,
  reference: { plan: WritePlan; sheets: readonly string[] }
) {
  const { excel, host } = hostOn(testCase.sheets(), testCase.options);
  await testCase.before?.(excel, host);
  const existing = new Set(excel.sheets.map((sheet) => sheet.name));
  // The same workbook as the uninterrupted write's: the same plan (scanning again would only be slower).
  await host.readSnapshot();
  const plan = reference.plan;
  excel.failOperation(failing, "Conflict");
  await expect(host.applyPlan(plan)).rejects.toEqual(expect.objectContaining({ code: "Conflict" }));
  const snapshot = await host.readSnapshot();
  const left = {
    unfinishedRead: snapshot.sheets.filter((sheet) => isUnfinishedSheet(sheet.name)).length,
    halfRows: halfWrittenTriggerRows(excel),
    eventsOn: excel.eventsEnabled,
    // A sheet the write creates is there under its own name only once complete.
    incompleteNewSheets: excel.sheets
      .filter((sheet) => !existing.has(sheet.name) && !isUnfinishedSheet(sheet.name))
      .filter((sheet) => !reference.sheets.includes(fingerprint([sheet])))
      .map((sheet) => sheet.name),
  };
  await host.applyPlan(scan(snapshot, OPTIONS).plan);
  return { left, finished: excel.fingerprint(), formulas: excel.formulas };
}

async function expectEveryFailureFinished(testCase: Case): Promise<void> {
  const reference = await uninterrupted(testCase);
  expect(reference.calls).toBeGreaterThan(20);
  const stride = testCase.stride ?? 1;
  for (let failing = 0; failing < reference.calls; failing += stride) {
    const { left, finished, formulas } = await interrupted(testCase, failing, reference);
    const context = `failing call ${failing + 1} of ${reference.calls}`;
    // What the failure left: nothing unfinished read, no half record, events on, new sheets whole.
    expect({ context, ...left }).toEqual({
      context,
      unfinishedRead: 0,
      halfRows: [],
      eventsOn: true,
      incompleteNewSheets: [],
    });
    // The next scan finishes the job: the workbook an uninterrupted write leaves, and no formula.
    expect({ context, same: finished === reference.workbook }).toEqual({ context, same: true });
    expect(formulas).toEqual([]);
  }
}

describe("a write that fails part way, then the next scan", () => {
  test("the first scan's write (new sheets with tables, drop-downs, colours and charts; new trigger rows around a panel column)", async () => {
    // Every other call in npm test, every call under npm run fuzz (LONG_RUNS).
    await expectEveryFailureFinished({ sheets: panelWorkbook, stride: sizedFor(2, 1) });
  });

  test("a later scan's write in several requests (the KPI status table grows, a trigger is added, charts updated in place)", async () => {
    await expectEveryFailureFinished({
      sheets: panelWorkbook,
      options: { payloadBudget: 4_000 },
      before: async (excel, host) => {
        await scanAndWrite(host);
        addGasSafety(excel);
      },
    });
  });

  test("the demo workbook's first scan, every call under LONG_RUNS (a sample of them in npm test)", async () => {
    await expectEveryFailureFinished({
      sheets: demoWorkbook,
      stride: sizedFor(17, 1),
    });
  });
});
