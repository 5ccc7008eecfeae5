import { formatUkDate, partsOf } from "../domain/calendar/days";
import { workbookFromMemory } from "../hosts/xlsx";
import { DEMO_AS_OF, demoWorkbook } from "../demo/demoWorkbook";
import { setUpLayouts } from "../engine/setUp";
import { snapshotOfMemorySheet } from "../workbook/memorySheet";
import { Io, makeFolderFor, writeWorkbook } from "./output";

/** `tosp demo`: writes the sample panel workbook and says how to scan it. */
export async function runDemo(file: string, io: Io): Promise<void> {
  const sheets = demoWorkbook();
  // Laid out as Set up lays out a new workbook: tables, drop-downs, colours, widths, print set-up.
  const layouts = setUpLayouts({ sheets: sheets.map(snapshotOfMemorySheet), names: [] });
  const madeFolder = await makeFolderFor(file);
  await writeWorkbook(workbookFromMemory(sheets, layouts), file);
  if (madeFolder) io.out(madeFolder);
  io.out(`Wrote the demo panel workbook to ${file} (${sheets.map((s) => s.name).join(", ")}).`);
  io.out(`It is set at ${formatUkDate(DEMO_AS_OF)}; scan it as at that day with:`);
  io.out(`  npx tosp scan ${quoted(file)} --as-of ${isoOf(DEMO_AS_OF)}`);
}

function isoOf(day: number): string {
  const { year, month, day: date } = partsOf(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

function quoted(path: string): string {
  return /^[\w./\\:-]+$/.test(path) ? path : `"${path}"`;
}
