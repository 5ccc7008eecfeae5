import { join } from "path";
import { runScan } from "../../src/cli/scanCommand";
import { Day } from "../../src/domain/calendar/days";
import { createPanelSession } from "../../src/engine/panelSession";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryHost } from "../../src/hosts/memory/memoryHost";
import { readXlsx, saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { RawCell, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { hostOn } from "../hosts/excel/excelTestKit";
import { FakeSheet } from "../hosts/excel/fakeWorkbook";
import { HostName } from "./hostRuns";

/**
 * One scan through a host, from and to the workbook as plain sheets, so a test can play the panel
 * between scans (reorder, delete, rename) and scan again through the same kind of host.
 */
export async function scanThrough(
  host: HostName,
  sheets: MemorySheet[],
  asOf: Day,
  folder: string
): Promise<MemorySheet[]> {
  switch (host) {
    case "memory": {
      const memory = new MemoryHost(sheets);
      await createPanelSession(memory, () => asOf).scan();
      return memory.workbook.sheets;
    }
    case "Excel (fake)": {
      const { excel, host: excelHost } = hostOn(sheets);
      await createPanelSession(excelHost, () => asOf).scan();
      expect(excel.formulas).toEqual([]);
      return excel.sheets.map(sheetOfFake);
    }
    case "xlsx (CLI)": {
      const [input, out] = [join(folder, "panel.xlsx"), join(folder, "panel.scanned.xlsx")];
      await saveXlsx(workbookFromMemory(sheets), input);
      await runScan({ input, out, asOf }, { out: () => undefined, err: () => undefined });
      return sheetsOfSnapshot((await readXlsx(out)).snapshot);
    }
  }
}

function sheetOfFake(sheet: FakeSheet): MemorySheet {
  const cells: RawCell[][] = [];
  const formats: (string | undefined)[][] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      (cells[r] ??= [])[c] = cell.value === "" ? null : cell.value;
      (formats[r] ??= [])[c] = cell.format === "General" ? undefined : cell.format;
    })
  );
  return { name: sheet.name, cells: dense(cells, null), formats: dense(formats, undefined) };
}

/** Holes in sparse rows filled, so every row is an array of cells. */
function dense<T>(rows: T[][], fill: T): T[][] {
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? fill));
}

function sheetsOfSnapshot(snapshot: WorkbookSnapshot): MemorySheet[] {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.values,
    formats: sheet.numberFormats?.map((row) => row.map((f) => (f === "General" ? undefined : f))),
  }));
}
