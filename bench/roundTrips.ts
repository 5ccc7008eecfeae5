import { dayFromIso } from "../src/domain/calendar/days";
import { createPanelSession } from "../src/engine/panelSession";
import { ExcelHost } from "../src/hosts/excel/excelHost";
import { MemorySheet } from "../src/workbook/memorySheet";
import { FakeExcel } from "../test/hosts/excel/fakeExcel";
import { Report } from "./measure";
import { kpiSheets, registers } from "./synthetic";

const AS_OF = dayFromIso("2026-11-23");
/** Excel on the web's request and response cap. */
const PAYLOAD_CAP = 5_000_000;

interface Trip {
  syncs: number;
  /** The fewest requests that could carry the same bytes under the cap: reads, then one write. */
  floor: number;
  largestKb: number;
  totalKb: number;
}

/** One scan (read, engine, write) through the Excel host over the fake, counting its syncs and bytes. */
async function scanTrips(excel: FakeExcel, scan: () => Promise<unknown>): Promise<Trip> {
  const before = excel.requests.length;
  await scan();
  const requests = excel.requests.slice(before);
  const bytes = requests.map((r) => r.requestBytes + r.responseBytes);
  const read = requests.reduce((sum, r) => sum + r.responseBytes, 0);
  // The scan after a changed figure always writes (KPI status at least): one request at the least.
  const wrote = true;
  return {
    syncs: requests.length,
    floor: Math.max(1, Math.ceil(read / PAYLOAD_CAP)) + (wrote ? 1 : 0),
    largestKb: Math.round(
      Math.max(0, ...requests.map((r) => Math.max(r.requestBytes, r.responseBytes))) / 1024
    ),
    totalKb: Math.round(bytes.reduce((a, b) => a + b, 0) / 1024),
  };
}

/** An officer types a new month's figure: the last KPI row's actual drops far below its target. */
function missLatestTarget(excel: FakeExcel): void {
  const sheet = excel.sheets.find((s) => s.name.startsWith("KPI"));
  const row = sheet?.rows[sheet.rows.length - 1];
  const actual = row?.[4];
  if (actual) actual.value = 1;
}

async function measure(report: Report, label: string, sheets: MemorySheet[]): Promise<void> {
  const excel = new FakeExcel(sheets, { payloadCap: PAYLOAD_CAP });
  const session = createPanelSession(new ExcelHost({ run: excel.run }), () => AS_OF);
  // First scan of the session: the host learns the sheet names (one more sync), then writes the
  // add-in's sheets. Second: after an officer changes one figure, as in the monthly routine.
  const cold = await scanTrips(excel, () => session.scan());
  missLatestTarget(excel);
  const warm = await scanTrips(excel, () => session.scan());
  report.add({ name: `syncs, first scan + write, ${label}`, value: cold.syncs, unit: "syncs" });
  report.add({
    name: `syncs, later scan, ${label}`,
    value: warm.syncs,
    unit: "syncs",
    goal: `≤ ${Math.max(2, warm.floor)} (2, or the payload floor)`,
    met: warm.syncs <= Math.max(2, warm.floor),
  });
  report.add({ name: `largest request or response, ${label}`, value: cold.largestKb, unit: "KB" });
  report.add({ name: `bytes moved, first scan, ${label}`, value: cold.totalKb, unit: "KB" });
}

/** Figure 1: round trips of a full scan + write through the Excel host, over the fake. */
export async function benchRoundTrips(report: Report): Promise<void> {
  const small = registers(10, 24, AS_OF);
  for (const rows of [1_000, 10_000, 100_000]) {
    await measure(report, `${rows} KPI rows`, [...small, ...kpiSheets(rows)]);
  }
  for (const sheets of [1, 5, 20]) {
    await measure(report, `${sheets} KPI sheets of 1000 rows`, [
      ...small,
      ...kpiSheets(1_000 * sheets, sheets),
    ]);
  }
}
