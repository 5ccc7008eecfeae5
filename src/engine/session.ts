import { Day } from "../domain/calendar/days";
import { PanelSettings } from "../domain/settings";
import { MeetingType } from "../domain/meetings/meetingsPerYear";
import { Problem } from "../workbook/problems";
import { Findings } from "./findings";
import { ProgressListener } from "./host";

/**
 * What the task pane can ask of the workbook, through one hook (DESIGN.md). Every call reads the
 * workbook once, works out what to write with the engine, and writes once; each resolves with a fresh
 * scan so the views always show what is in the workbook now. Implemented over any `WorkbookHost` by
 * `createPanelSession` (panelSession.ts).
 */
export interface PanelSession {
  /** Reads, scans and writes the add-in's sheets and columns (KPI status, Triggers, Summary…). */
  scan(onProgress?: ProgressListener): Promise<ScanOutcome>;
  /**
   * "Add to review programme": a Reviews row (Origin Responsive or Customer complaints, this panel
   * year, the trigger's service area) and the trigger's Panel decision set to `Accepted into programme`.
   */
  acceptTrigger(triggerKey: string, onProgress?: ProgressListener): Promise<ScanOutcome>;
  /** Record a meeting: a new Attendance column (date header, a mark per member) and a Meetings row. */
  recordMeeting(meeting: MeetingToRecord, onProgress?: ProgressListener): Promise<ScanOutcome>;
  /** Creates every missing sheet of WORKBOOK.md from its definition; never touches an existing sheet's data. */
  setUp(onProgress?: ProgressListener): Promise<SetUpOutcome>;
  /** Rewrites the Summary sheet with its charts (§2.5, for the Tenants' Forum). */
  writeSummary(onProgress?: ProgressListener): Promise<ScanOutcome>;
  /** Activates the problem's sheet and selects its cell. */
  showProblem(problem: Problem): Promise<void>;
  /** Rescans (debounced) when officers change the workbook, if the host can tell; returns a stop function. */
  watch?(onChange: () => void): Promise<() => Promise<void>>;
}

export interface ScanOutcome {
  findings: Findings;
  problems: Problem[];
  /** Cells written and sheets created by this call, for the status line ("12 cells updated"). */
  cellsWritten: number;
  sheetsCreated: string[];
  /** The panel's members on the roll on `asOf`, for the record-a-meeting list (names in Members order). */
  membersOnRoll: string[];
  /** The settings the scan used, for views that work out more (renewal in another panel year). */
  settings: PanelSettings;
}

export interface SetUpOutcome extends ScanOutcome {
  /** Sheets that already existed and were left as they were. */
  sheetsKept: string[];
}

export type AttendanceMark = "P" | "A" | "R";

export interface MeetingToRecord {
  date: Day;
  type: MeetingType;
  /** Date the notice was sent, for interim meetings (§8.6). */
  noticeSent?: Day;
  /** Member name → mark; members left out are written blank (not yet recorded). */
  marks: Record<string, AttendanceMark>;
}
