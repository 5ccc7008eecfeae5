import { WritePlan } from "../workbook/plan";
import { WorkbookSnapshot } from "../workbook/snapshot";

/** What a host is doing, for a progress bar: `done` of `total` steps (requests to Excel, or rows). */
export interface HostProgress {
  stage: "reading" | "writing";
  done: number;
  total: number;
}

export type ProgressListener = (progress: HostProgress) => void;

/**
 * What every host does for a session (docs/development.md): read a snapshot, carry out a plan, point at a cell.
 * The Excel host does each in as few `context.sync()` calls as it can; the memory host at once.
 */
export interface WorkbookHost {
  readSnapshot(onProgress?: ProgressListener): Promise<WorkbookSnapshot>;
  /** All or nothing as far as the host allows: a plan is checked before anything is written. */
  applyPlan(plan: WritePlan, onProgress?: ProgressListener): Promise<void>;
  /** Shows a cell to the user: activates its sheet and selects it (a problem's cell). */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /** Calls `listener` (debounced by the host) when the officers change the workbook; returns a function that stops it. */
  onWorkbookChanged?(listener: () => void): Promise<() => Promise<void>>;
}
