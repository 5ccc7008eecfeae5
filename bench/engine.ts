import { dayFromIso } from "../src/domain/calendar/days";
import { scan } from "../src/engine/scan";
import { MemoryWorkbook } from "../src/hosts/memory/memoryHost";
import { bestOf, Report } from "./measure";
import { kpiSheets, registers } from "./synthetic";

const AS_OF = dayFromIso("2026-11-23");

/** Figure 2: the engine's own time, with the workbook already in memory. Goal: linear. */
export function benchEngine(report: Report): void {
  const times = new Map<number, number>();
  for (const rows of [1_000, 10_000, 100_000]) {
    const snapshot = new MemoryWorkbook(kpiSheets(rows)).readSnapshot();
    const ms = bestOf(rows >= 100_000 ? 3 : 10, () => void scan(snapshot, { asOf: AS_OF }));
    times.set(rows, ms);
    report.add({ name: `scan ${rows} KPI rows`, value: ms, unit: "ms" });
  }
  const ratio = (times.get(100_000) ?? 0) / (times.get(10_000) ?? 1);
  report.add({
    name: "scan time 100k rows / 10k rows",
    value: ratio,
    unit: "x",
    goal: "≤ 11 (linear)",
    met: ratio <= 11,
  });
  const registersSnapshot = new MemoryWorkbook(registers(50, 120, AS_OF)).readSnapshot();
  const ms = bestOf(10, () => void scan(registersSnapshot, { asOf: AS_OF }));
  report.add({ name: "scan 50 members x 120 meetings", value: ms, unit: "ms" });
}
