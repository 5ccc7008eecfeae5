import { ProgressListener, WorkbookHost } from "../../engine/host";
import { ChartPlan, SheetLayout, WritePlan, WriteValue, writtenCell } from "../../workbook/plan";
import { MemorySheet, snapshotOfMemorySheet } from "../../workbook/memorySheet";
import { DefinedName, RawCell, WorkbookSnapshot } from "../../workbook/snapshot";

/**
 * A workbook as plain arrays (workbook/memorySheet.ts), for tests and the browser end-to-end run
 * (docs/development.md). Reads a snapshot and applies a plan exactly as the Excel and .xlsx hosts do,
 * with no Office and no files.
 */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[];
  /** Workbook-wide defined names (the add-in's claims among them), unique ignoring case as in Excel. */
  readonly names: DefinedName[];

  constructor(sheets: MemorySheet[], names: readonly DefinedName[] = []) {
    this.sheets = sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => [...row]),
      formats: sheet.formats?.map((row) => [...row]),
    }));
    this.names = names.map(copyOfName);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The used range of every sheet: from A1 to the last row and column holding anything; the names. */
  readSnapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map(snapshotOfMemorySheet), names: this.names.map(copyOfName) };
  }

  /** Renames a sheet as Excel does: the names referring to its cells follow it. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!sheet) throw new Error(`There is no sheet called ${from}`);
    sheet.name = to;
    for (const named of this.names)
      if (named.refersTo?.sheet === from) named.refersTo = { ...named.refersTo, sheet: to };
  }

  /**
   * Applies a plan: creates sheets, writes values (dates as serials with a UK date format), then deletes
   * and adds names. A name added twice is refused, as Excel refuses it.
   */
  applyPlan(plan: WritePlan): void {
    for (const { name, sheet } of plan.addNames ?? [])
      if (!this.sheet(sheet) && !plan.sheets.some((s) => s.create && s.sheet === sheet))
        throw new Error(`The name ${name} refers to a sheet that does not exist: ${sheet}`);
    for (const sheetPlan of plan.sheets) {
      let sheet = this.sheet(sheetPlan.sheet);
      if (!sheet) {
        if (!sheetPlan.create)
          throw new Error(`The plan writes to a sheet that does not exist: ${sheetPlan.sheet}`);
        sheet = { name: sheetPlan.sheet, cells: [], formats: [] };
        this.sheets.push(sheet);
      }
      for (const write of sheetPlan.writes) setCell(sheet, write.row, write.column, write.value);
    }
    const removed = new Set((plan.removeNames ?? []).map((name) => name.toUpperCase()));
    const kept = this.names.filter((named) => !removed.has(named.name.toUpperCase()));
    this.names.splice(0, this.names.length, ...kept);
    for (const { name, sheet, row, column } of plan.addNames ?? []) {
      if (this.names.some((named) => named.name.toUpperCase() === name.toUpperCase()))
        throw new Error(`The workbook already has a name ${name}`);
      this.names.push({ name, refersTo: { sheet, row, column } });
    }
  }
}

function copyOfName(named: DefinedName): DefinedName {
  return named.refersTo ? { name: named.name, refersTo: { ...named.refersTo } } : { ...named };
}

function setCell(sheet: MemorySheet, row: number, column: number, value: WriteValue): void {
  sheet.formats ??= [];
  while (sheet.cells.length <= row) sheet.cells.push([]);
  while (sheet.formats.length <= row) sheet.formats.push([]);
  const cells = sheet.cells[row] as RawCell[];
  const formats = sheet.formats[row] as (string | undefined)[];
  while (cells.length <= column) cells.push(null);
  const written = writtenCell(value);
  cells[column] = written.cell;
  if (written.format) formats[column] = written.format;
}

/**
 * The memory workbook as a `WorkbookHost` (engine/host.ts), for the session's tests and the browser
 * end-to-end run. It does what the Excel host does, at once: reads, applies a plan (checked first, so
 * all or nothing), selects a cell. It keeps what a test wants to see: calls counted, the cell
 * selected, the layouts applied and the charts on each sheet (a chart of the same name replaces the
 * earlier, as in Excel). The add-in's own writes do not count as the officers' changes; a test calls
 * `simulateChange()` for those.
 */
export class MemoryHost implements WorkbookHost {
  readonly workbook: MemoryWorkbook;
  readonly calls = { readSnapshot: 0, applyPlan: 0, selectCell: 0 };
  selected?: { sheet: string; row: number; column: number };
  readonly layouts: { sheet: string; layout: SheetLayout }[] = [];
  readonly charts: { sheet: string; chart: ChartPlan }[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(workbook: MemoryWorkbook | MemorySheet[]) {
    this.workbook = workbook instanceof MemoryWorkbook ? workbook : new MemoryWorkbook(workbook);
  }

  async readSnapshot(onProgress?: ProgressListener): Promise<WorkbookSnapshot> {
    this.calls.readSnapshot++;
    const snapshot = this.workbook.readSnapshot();
    onProgress?.({ stage: "reading", done: 1, total: 1 });
    return snapshot;
  }

  async applyPlan(plan: WritePlan, onProgress?: ProgressListener): Promise<void> {
    this.calls.applyPlan++;
    const missing = plan.sheets.find((s) => !s.create && !this.workbook.sheet(s.sheet));
    if (missing)
      throw new Error(`The plan writes to a sheet that does not exist: ${missing.sheet}`);
    this.workbook.applyPlan(plan);
    for (const { sheet, layout } of plan.sheets) {
      if (!layout) continue;
      this.layouts.push({ sheet, layout });
      for (const chart of layout.charts) {
        const same = this.charts.findIndex((c) => c.sheet === sheet && c.chart.name === chart.name);
        if (same >= 0) this.charts.splice(same, 1);
        this.charts.push({ sheet, chart });
      }
    }
    onProgress?.({ stage: "writing", done: 1, total: 1 });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    this.calls.selectCell++;
    if (!this.workbook.sheet(sheet)) throw new Error(`There is no sheet called ${sheet}`);
    this.selected = { sheet, row, column };
  }

  async onWorkbookChanged(listener: () => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  /** As if an officer had typed in the workbook: every listener is called. */
  simulateChange(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
