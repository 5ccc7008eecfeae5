import { ProgressListener, WorkbookHost } from "../../engine/host";
import { WritePlan } from "../../workbook/plan";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { hasWork, writePlan } from "./applyPlan";
import { DEFAULT_DEBOUNCE_MS, watchChanges } from "./changeEvents";
import { checkPlan, checkSheetsExist } from "./checkPlan";
import { ExcelContext, ExcelRun } from "./excelApi";
import { ExcelPlanError } from "./errors";
import { readWorkbook } from "./readSnapshot";
import { selectCell } from "./selectCell";
import { DEFAULT_PAYLOAD_BUDGET, SheetEntry } from "./sheetDirectory";

export interface ExcelHostOptions {
  /** How to reach Excel; `Excel.run` unless a test passes a fake. */
  run?: <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
  /** Bytes of values and formats per request, under Excel on the web's 5 MB cap. */
  payloadBudget?: number;
  /** Quiet time after the officers' last change before `onWorkbookChanged` listeners are called. */
  debounceMs?: number;
}

/** Change events for the host's own writes arrive just after its last sync: ignore them this long. */
const OWN_CHANGES_SETTLE_MS = 1000;

/** Office.js's `Excel.run`, looked up only when called, so the module loads where Excel is not. */
const runInExcel: ExcelRun = (batch) => Excel.run((context) => batch(context));

/**
 * The workbook open in Excel, through Office.js (DESIGN.md): the only code that calls `Excel.run` and
 * `context.sync`. It keeps a directory of the sheets (names, sizes, charts, tables) between calls so a
 * warm read is one sync and a write needs no read first; any failure drops it, and the next call
 * starts cold.
 */
export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly budget: number;
  private readonly debounceMs: number;
  private directory: SheetEntry[] | undefined;
  private writing = 0;
  private quietUntil = 0;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? runInExcel;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  async readSnapshot(onProgress?: ProgressListener): Promise<WorkbookSnapshot> {
    try {
      const result = await this.run((context) =>
        readWorkbook(context, this.directory, { budget: this.budget, withValues: true, onProgress })
      );
      this.directory = result.directory;
      return result.snapshot;
    } catch (error) {
      this.directory = undefined;
      throw error;
    }
  }

  async applyPlan(plan: WritePlan, onProgress?: ProgressListener): Promise<void> {
    checkPlan(plan);
    if (!hasWork(plan)) return;
    this.writing += 1;
    try {
      this.directory = await this.run(async (context) => {
        const directory =
          this.directory ??
          (await readWorkbook(context, undefined, { budget: this.budget, withValues: false }))
            .directory;
        checkSheetsExist(plan, directory);
        return writePlan(context, directory, plan, { budget: this.budget, onProgress });
      });
    } catch (error) {
      // A plan refused before writing leaves the workbook as the directory says.
      if (!(error instanceof ExcelPlanError)) this.directory = undefined;
      throw error;
    } finally {
      this.writing -= 1;
      this.quietUntil = Date.now() + OWN_CHANGES_SETTLE_MS;
    }
  }

  selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.run((context) => selectCell(context, sheet, row, column));
  }

  onWorkbookChanged(listener: () => void): Promise<() => Promise<void>> {
    return watchChanges(this.run, listener, {
      debounceMs: this.debounceMs,
      isOwnChange: () => this.writing > 0 || Date.now() < this.quietUntil,
    });
  }
}
