import { Day } from "../../src/domain/calendar/days";
import { scan } from "../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { RawCell } from "../../src/workbook/snapshot";

/**
 * The demo workbook a week after its first scan: the add-in's sheets and columns are there, the panel
 * has filled in decisions and notes on Triggers, and an officer has corrected October's re-let time
 * (so that trigger stops firing and its row is marked). Scanned again a week later. Only the sheets
 * are kept, not the names the scan added: the workbook is as an earlier version, which made no claims,
 * left it, and every host must adopt it silently (point 4).
 */
export function scannedBefore(): { sheets: MemorySheet[]; asOf: Day } {
  const workbook = new MemoryWorkbook(demoWorkbook());
  workbook.applyPlan(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan);
  const triggers = workbook.sheet("Triggers")!;
  const headers = triggers.cells[0]!;
  const decision = headers.indexOf("Panel decision");
  const notes = headers.indexOf("Panel notes");
  const panel: Record<string, [string, string]> = {
    "Responsive: RELET-TIME": ["Discussed", "Voids team to report in January"],
    "Customer complaints: Damp and mould": ["Declined", "Covered by the damp review in 2025/26"],
    "Responsive: TP01": ["New", "Ask for the survey's sample size"],
  };
  for (const row of triggers.cells) {
    const entry = panel[String(row[0])];
    if (!entry) continue;
    row[decision] = entry[0];
    row[notes] = entry[1];
  }
  const rent = workbook.sheet("KPI - Rent")!;
  (rent.cells[4] as RawCell[])[15] = 25; // October's re-let time now meets its 28-day target
  return { sheets: workbook.sheets, asOf: DEMO_AS_OF + 7 };
}
