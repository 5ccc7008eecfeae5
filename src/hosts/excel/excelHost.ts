import { ProgressListener, WorkbookHost } from "../../engine/host";
import { WritePlan } from "../../workbook/plan";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { hasWork, writePlan } from "./applyPlan";
import { DEFAULT_DEBOUNCE_MS, watchChanges } from "./changeEvents";
import { checkPlan, checkSheetsExist } from "./checkPlan";
import { ExcelContext, ExcelRun, ExcelRunIn } from "./excelApi";
import { ExcelPlanError } from "./errors";
import { readExcelSnapshot } from "./readSnapshot";
import { selectCell } from "./selectCell";
import { DEFAULT_PAYLOAD_BUDGET, SheetEntry } from "./sheetDirectory";

export interface ExcelHostOptions {
  /** How to reach Excel; `Excel.run` unless a test passes a fake. */
  run?: ExcelRun;
  /** `Excel.run(context, batch)`: a batch in a context an earlier one made (removing an event handler). */
  runIn?: ExcelRunIn;
  /** `Office.context.requirements.isSetSupported` unless a test passes a fake's. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes of values and formats per request, under Excel on the web's 5 MB cap. */
  payloadBudget?: number;
  /** Quiet time after the officers' last change before `onWorkbookChanged` listeners are called. */
  debounceMs?: number;
}

/** Office.js's `Excel.run`, looked up only when called, so the module loads where Excel is not. */
const runInExcel: ExcelRun = (batch) => Excel.run((context) => batch(context));
const runAgainInExcel: ExcelRunIn = (context, batch) =>
  Excel.run(context as OfficeExtension.ClientRequestContext, (requestContext) =>
    batch(requestContext)
  );

/** Whether the Excel running the add-in has a requirement set; false where Office.js is not loaded. */
function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(name, version) === true
  );
}

/**
 * The workbook open in Excel, through Office.js (docs/development.md, "The Excel host"): the only code that calls `Excel.run` and
 * `context.sync`. It keeps a directory of the sheets (names, sizes, charts, tables) between calls so a
 * warm read is one sync and a write needs no read first; any failure drops it, and the next call
 * starts cold.
 *
 * Requirement sets: manifest.xml asks for ExcelApi 1.9, so Excel does not run the add-in without it
 * ("If the Office application or platform doesn't support the requirement sets ... specified in the
 * Requirements element of the manifest, the add-in won't run", Excel JavaScript API requirement sets,
 * learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets), and with it
 * `runtime.enableEvents` (1.8) and `worksheets.onChanged` (1.9). The host still asks at run time, as
 * Microsoft recommends for anything beyond the manifest's floor: without 1.8 it writes without turning
 * events off, which is harmless because without 1.9 there are no change events to mislead; without
 * 1.9 `onWorkbookChanged` watches nothing. Table.resize (1.13, on every Excel in support: Microsoft 365
 * since 2102, Excel 2021, the web, Mac 16.50) is used when there; older, the add-in's tables keep
 * their size and their rows are written all the same.
 */
export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly runIn: ExcelRunIn;
  private readonly supports: (name: string, version: string) => boolean;
  private readonly budget: number;
  private readonly debounceMs: number;
  private directory: SheetEntry[] | undefined;
  /** A failed write could not turn events back on: the next request does. */
  private eventsLeftOff = false;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? runInExcel;
    this.runIn = options.runIn ?? runAgainInExcel;
    this.supports = options.isSetSupported ?? officeSupports;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  async readSnapshot(onProgress?: ProgressListener): Promise<WorkbookSnapshot> {
    try {
      const result = await this.inExcel((context) =>
        readExcelSnapshot(context, this.directory, {
          budget: this.budget,
          withValues: true,
          onProgress,
        })
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
    try {
      this.directory = await this.inExcel(async (context) => {
        const directory =
          this.directory ??
          (await readExcelSnapshot(context, undefined, { budget: this.budget, withValues: false }))
            .directory;
        checkSheetsExist(plan, directory);
        return writePlan(context, directory, plan, {
          budget: this.budget,
          onProgress,
          quietEvents: this.supports("ExcelApi", "1.8"),
          resizeTables: this.supports("ExcelApi", "1.13"),
          onEventsLeftOff: () => (this.eventsLeftOff = true),
        });
      });
    } catch (error) {
      // A plan refused before writing leaves the workbook as the directory says.
      if (!(error instanceof ExcelPlanError)) this.directory = undefined;
      throw error;
    }
  }

  selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.inExcel((context) => selectCell(context, sheet, row, column));
  }

  async onWorkbookChanged(listener: () => void): Promise<() => Promise<void>> {
    // worksheets.onChanged is ExcelApi 1.9: without it there is nothing to watch.
    if (!this.supports("ExcelApi", "1.9")) return async () => undefined;
    return watchChanges((batch) => this.inExcel(batch), this.runIn, listener, {
      debounceMs: this.debounceMs,
    });
  }

  /**
   * A batch in Excel. After a failed write that could not turn events back on, the batch's first
   * request turns them on (queued before anything else), so the officers' changes are heard again.
   */
  private inExcel<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    return this.run(async (context) => {
      const restoring = this.eventsLeftOff;
      if (restoring) context.runtime.enableEvents = true;
      const result = await batch(context);
      if (restoring) this.eventsLeftOff = false;
      return result;
    });
  }
}
