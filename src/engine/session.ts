import { LapseRisk } from "../domain/attendance/lapse";
import { Day } from "../domain/calendar/days";
import { PanelSettings } from "../domain/settings";
import { MeetingType } from "../domain/meetings/meetingsPerYear";
import { Problem } from "../workbook/problems";
import { Findings } from "./findings";
import { ProgressListener } from "./host";

/**
 * What the task pane can ask of the workbook, through one hook (docs/development.md). Every call reads the
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
  /**
   * What recording (`record`) or correcting (`correct`) a meeting would write, worked out on the workbook
   * in memory: nothing is written. Refused with a PanelActionError, as the write itself would be.
   */
  previewMeeting(
    meeting: MeetingToRecord,
    mode: MeetingMode,
    onProgress?: ProgressListener
  ): Promise<MeetingPreview>;
  /** Record a meeting: a new Attendance column (date header, a mark per member) and a Meetings row. */
  recordMeeting(meeting: MeetingToRecord, onProgress?: ProgressListener): Promise<ScanOutcome>;
  /**
   * Correct a recorded meeting in place: its own Attendance column's marks and its Meetings row's Type
   * (and Notice sent), never a second column or row. A correction that changes nothing writes nothing.
   */
  correctMeeting(meeting: MeetingToRecord, onProgress?: ProgressListener): Promise<ScanOutcome>;
  /** Creates every missing sheet of docs/workbook.md from its definition; never touches an existing sheet's data. */
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
  /** The meetings on the attendance register, newest first, for correcting one from the pane. */
  recordedMeetings: RecordedMeeting[];
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

/** Record a new meeting, or correct one already on the attendance register. */
export type MeetingMode = "record" | "correct";

/** A meeting on the attendance register, as the pane loads it to be corrected. */
export interface RecordedMeeting {
  date: Day;
  /** From its Meetings row; `Main` without one (docs/workbook.md). */
  type: MeetingType;
  noticeSent?: Day;
  /** The members on the roll that day, and any other member marked there, in Members order. */
  register: RegisterEntry[];
}

export interface RegisterEntry {
  name: string;
  /** P, A or R; undefined when the cell is blank or `-` (not expected). */
  mark?: AttendanceMark;
  /** On the roll on the meeting's date: started, term not ended, place not lapsed at an earlier meeting. */
  onRoll: boolean;
  /** A tenant member on the roll that day: counts towards quorum (§7.2, §7.7). */
  countsForQuorum: boolean;
}

/** A member whose lapse status the meeting changes, with the reason in the scan's words. */
export interface LapseChange {
  name: string;
  reason: string;
}

/** A member the meeting puts at risk of lapse, with the counts one short of their limits (§4.3). */
export interface RiskChange extends LapseChange {
  risk: LapseRisk;
}

/** One thing a record or a correction changes on the register or the Meetings row. */
export type MeetingChange =
  | { kind: "mark"; name: string; from?: AttendanceMark; to?: AttendanceMark }
  | { kind: "type"; from?: MeetingType; to: MeetingType }
  | { kind: "noticeSent"; from?: Day; to?: Day };

/**
 * What saving a meeting would write and what it would mean, worked out by the engine before anything
 * is written (the plan applied to the workbook in memory and scanned): the view only formats it.
 */
export interface MeetingPreview {
  mode: MeetingMode;
  meeting: MeetingToRecord;
  /** Members on the roll on the meeting's date left without a mark (read as not expected), Members order. */
  unmarked: string[];
  /** §7.2 over tenant members only (§7.7); undefined for a cancelled meeting or no tenant members. */
  quorum?: { present: number; membership: number; needed: number; quorate: boolean };
  /** Places this meeting would lapse (§4.3, §10.4), each with its reason. */
  lapses: LapseChange[];
  /** Members it would put at risk of lapse: one more absence would lapse the place. */
  atRisk: RiskChange[];
  /** A correction's: places no longer lapsed, and members no longer at risk, once it is written. */
  noLongerLapsed: string[];
  noLongerAtRisk: string[];
  /** Marks, type and notice date that change, Members order then the Meetings row. */
  changes: MeetingChange[];
  /** The action writes no cell: a correction that changes nothing. */
  nothingToChange: boolean;
}
