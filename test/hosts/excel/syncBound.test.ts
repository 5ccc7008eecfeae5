import { MemorySheet } from "../../../src/workbook/memorySheet";
import { ExcelPayloadError } from "../../../src/hosts/excel/errors";
import { FakeExcel } from "./fakeExcel";
import {
  expectSameSnapshot,
  hostOn,
  kpiSheet,
  kpiSheets,
  memorySnapshot,
  payloadBytes,
  syncsOf,
} from "./excelTestKit";
import { sizedFor } from "../../fuzz/fuzzRuns";

/**
 * docs/development.md: round trips are the cost. The read protocol's syncs depend on the bytes to read, never on
 * the number of sheets or rows while they fit in one request. Beyond the budget, the bound it states:
 *   warm: 1 + ceil(B / (budget − R))     cold: 4 + ceil(B / (budget − R))
 * where B is the bytes of values and formats and R the largest row's (cold adds the names, the refused
 * main batch, the sizes alone, and one request packed on a guess before the first measurement).
 */
/**
 * The protocol depends on bytes against the cap, not on the cap itself, so `npm test` runs it at a
 * twentieth of Excel on the web's 5 MB with a twentieth of the rows; `npm run fuzz` (LONG_RUNS=1) at
 * full size.
 */
const SCALE = sizedFor(0.05, 1);
const rows = (count: number): number => Math.round(count * SCALE);
const CAP = 5_000_000 * SCALE;
/** Workbooks of up to 100,000 rows take seconds to build, read and compare on a slow machine. */
jest.setTimeout(60_000);

const BUDGET = 4_000_000 * SCALE;
const EXCEL_ON_THE_WEB = { payloadCap: CAP, payloadBudget: BUDGET };
const LARGEST_ROW = 200;

const blockRequests = (sheets: MemorySheet[], budget = BUDGET): number =>
  Math.ceil(payloadBytes(sheets) / (budget - LARGEST_ROW));

function everyRequestUnderTheCap(excel: FakeExcel, cap = CAP): void {
  for (const request of excel.requests) {
    expect(request.requestBytes).toBeLessThanOrEqual(cap);
    expect(request.responseBytes).toBeLessThanOrEqual(cap);
  }
}

/** Cold and warm syncs of reading `sheets`, checking the snapshot each time. */
async function readSyncs(sheets: MemorySheet[], cap = CAP, budget = BUDGET) {
  const { excel, host } = hostOn(sheets, { payloadCap: cap, payloadBudget: budget });
  const expected = memorySnapshot(sheets);
  const cold = await syncsOf(excel, async () =>
    expectSameSnapshot(await host.readSnapshot(), expected)
  );
  const warm = await syncsOf(excel, async () =>
    expectSameSnapshot(await host.readSnapshot(), expected)
  );
  everyRequestUnderTheCap(excel, cap);
  return { cold, warm, excel };
}

describe("syncs to read a workbook", () => {
  test.each([1, 2, 5, 20])(
    "are 2 cold and 1 warm for %i KPI sheets sharing 2,000 rows",
    async (count) => {
      expect(await readSyncs(kpiSheets(count, rows(2000)))).toMatchObject({ cold: 2, warm: 1 });
    }
  );

  test.each([1, 5, 20])(
    "are 2 cold and 1 warm for %i KPI sheets of 100 rows each",
    async (count) => {
      expect(await readSyncs(kpiSheets(count, rows(count * 100)))).toMatchObject({
        cold: 2,
        warm: 1,
      });
    }
  );

  test.each([100, 1_000, 10_000, 25_000])(
    "are 2 cold and 1 warm for %i KPI rows (scaled), which fit in one request",
    async (count) => {
      const sheets = [kpiSheet("KPI - Services", rows(count))];
      expect(payloadBytes(sheets)).toBeLessThanOrEqual(BUDGET);
      expect(await readSyncs(sheets)).toMatchObject({ cold: 2, warm: 1 });
    }
  );

  test.each([100, 10_000, 100_000])(
    "are 2 cold and 1 warm for %i KPI rows (scaled) where the payload cap is higher (desktop Excel)",
    async (count) => {
      const sheets = [kpiSheet("KPI - Services", rows(count))];
      expect(await readSyncs(sheets, CAP * 10, BUDGET * 10)).toMatchObject({ cold: 2, warm: 1 });
    }
  );

  test.each([
    ["one sheet of 60,000 rows", () => [kpiSheet("KPI", rows(60_000))]],
    ["20 sheets of 3,000 rows", () => kpiSheets(20, rows(60_000))],
    [
      "40,000 rows beside smaller sheets",
      () => [kpiSheet("Big", rows(40_000)), ...kpiSheets(8, rows(800))],
    ],
  ])("over the cap keep to the stated bound: %s", async (_, makeSheets) => {
    const sheets = makeSheets();
    expect(payloadBytes(sheets)).toBeGreaterThan(CAP);
    const { cold, warm, excel } = await readSyncs(sheets);
    expect(cold).toBeLessThanOrEqual(4 + blockRequests(sheets));
    expect(warm).toBeLessThanOrEqual(1 + blockRequests(sheets));
    // Warm, the directory's sizes keep every request within the budget: none is refused.
    expect(excel.requests.slice(-warm).every((request) => request.succeeded)).toBe(true);
  });

  test("keep to the bound when Excel sends oversized values back as null instead of failing", async () => {
    const sheets = [kpiSheet("KPI", rows(60_000))];
    const { excel, host } = hostOn(sheets, { ...EXCEL_ON_THE_WEB, oversizedResponse: "null" });
    const syncs = await syncsOf(excel, async () =>
      expectSameSnapshot(await host.readSnapshot(), memorySnapshot(sheets))
    );
    // No refused sync here: the main batch brings the sizes with the null values.
    expect(syncs).toBeLessThanOrEqual(3 + blockRequests(sheets));
    everyRequestUnderTheCap(excel);
  });

  test("read rows much longer than measured by halving the blocks Excel refuses", async () => {
    const long = "Tenants' comments on the repairs service. ".repeat(60);
    const sheet = kpiSheet("KPI", rows(40_000));
    sheet.cells.forEach((row, r) => {
      if (r > rows(20_000)) row.push(long);
    });
    const { excel, host } = hostOn([sheet], EXCEL_ON_THE_WEB);
    expectSameSnapshot(await host.readSnapshot(), memorySnapshot([sheet]));
    expect(excel.requests.some((request) => !request.succeeded)).toBe(true);
    everyRequestUnderTheCap(excel);
  });

  test("stop with a plain message when a single row is over the cap", async () => {
    const huge = "x".repeat(CAP / 5);
    const sheet: MemorySheet = { name: "Notes", cells: [[huge, huge, huge, huge, huge, huge]] };
    const { host } = hostOn([sheet], EXCEL_ON_THE_WEB);
    const read = host.readSnapshot();
    await expect(read).rejects.toBeInstanceOf(ExcelPayloadError);
    await expect(read).rejects.toThrow(/Shorten the longest texts on that sheet/);
  });
});
