import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { dayFromIso } from "../src/domain/calendar/days";
import { runScan } from "../src/cli/scanCommand";
import { saveXlsx, workbookFromMemory } from "../src/hosts/xlsx";
import { bestOfAsync, Report } from "./measure";
import { kpiSheets, registers } from "./synthetic";

const AS_OF = dayFromIso("2026-11-23");

/**
 * Issue 6, figure 3: `tosp scan` on a 100,000-row KPI workbook against the least any scan must do with
 * the same library: read the file and write a copy with exceljs. Both in this process, best of 2.
 */
export async function benchCliFloor(report: Report): Promise<void> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "tosp-bench-"));
  try {
    const input = path.join(folder, "kpis.xlsx");
    await saveXlsx(workbookFromMemory([...registers(12, 24, AS_OF), ...kpiSheets(100_000)]), input);
    const size = (await fs.stat(input)).size;
    report.add({ name: "100k-row workbook size", value: Math.round(size / 1024), unit: "KB" });
    const floor = await bestOfAsync(2, async () => {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(input);
      await workbook.xlsx.writeFile(path.join(folder, "copy.xlsx"));
    });
    const silent = { out: () => undefined, err: () => undefined };
    const scanned = await bestOfAsync(2, () =>
      runScan({ input, out: path.join(folder, "scanned.xlsx"), asOf: AS_OF }, silent)
    );
    report.add({ name: "exceljs read + write copy (floor)", value: floor, unit: "ms" });
    report.add({ name: "tosp scan 100k KPI rows", value: scanned, unit: "ms" });
    const ratio = scanned / floor;
    report.add({
      name: "tosp scan / floor",
      value: ratio,
      unit: "x",
      goal: "≤ 1.1",
      met: ratio <= 1.1,
    });
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
