import { AttendanceMark } from "../domain/attendance/marks";
import { Day } from "../domain/calendar/days";
import { EligibilityAnswers } from "../domain/members/eligibility";
import { MemberGroup } from "../domain/members/groups";
import { RepresentationDimension } from "../domain/members/representation";
import { MeetingType } from "../domain/meetings/meetingsPerYear";
import { ReviewOrigin } from "../domain/reviews/programme";
import { ReviewDates } from "../domain/reviews/deadlines";
import { Tolerance } from "../domain/kpi/status";
import { Polarity, ServiceArea } from "../domain/kpi/types";
import { HazardRecord } from "../domain/hazards/awaabsLaw";
import { TableLayout } from "./grid";
import { Problem } from "./problems";

/**
 * Typed records, one per data row, as the readers give them to the engine. Each keeps the row it came
 * from (an index into its grid) so findings can point back at the cell and the write plan can write
 * the row's computed columns.
 */
interface FromRow {
  /** Row index in the sheet's grid (0-based from the used range's top-left). */
  row: number;
}

export interface MemberRecord extends FromRow {
  name: string;
  group: MemberGroup;
  role?: "Chair" | "Deputy Chair";
  startDate?: Day;
  termEnd?: Day;
  /** Percent points (80 for 80%). */
  trainingPercent?: number;
  /** §4.2 answers; blanks already read as the harmless answer. */
  answers: EligibilityAnswers;
  ageBand?: string;
  ethnicity?: string;
}

export interface AttendanceMeeting {
  /** Column index in the Attendance grid. */
  column: number;
  date: Day;
}

export interface AttendanceRecord extends FromRow {
  member: string;
  /** One mark per meeting column, in the order of `meetings`; a blank cell is `-`. */
  marks: { date: Day; mark: AttendanceMark; column: number }[];
}

export interface MeetingRecord extends FromRow {
  date: Day;
  /** Blank reads as `Main` (docs/workbook.md). */
  type: MeetingType;
  noticeSent?: Day;
  notes?: string;
}

export interface ReviewRecord extends FromRow {
  review: string;
  panelYear: number;
  serviceArea?: string;
  /** Blank reads as `Scheduled`. */
  origin: ReviewOrigin;
  stage?: string;
  dates: ReviewDates;
}

export interface RecommendationRecord extends FromRow {
  review: string;
  recommendation: string;
  accepted?: boolean;
  owner?: string;
  due?: Day;
  implemented?: Day;
  status?: string;
  /** §2.6: what the recommendation changed, for "You said, we did". */
  whatChanged?: string;
}

/**
 * A Complaints log row (docs/workbook.md, Complaints). Its dates are the Complaint Handling Code's
 * (domain/complaints/handlingCode.ts's ComplaintRecord, which this satisfies).
 */
export interface ComplaintRecord extends FromRow {
  received: Day;
  theme: string;
  reference?: string;
  serviceArea?: string;
  /** 1 or 2, as the log's Stage says (the clocks go by the dates: a complaint escalated is at stage 2). */
  stage?: 1 | 2;
  acknowledged?: Day;
  extendedTo?: Day;
  responded?: Day;
  /** The date the resident asked for stage 2. */
  escalated?: Day;
  stage2Acknowledged?: Day;
  stage2ExtendedTo?: Day;
  stage2Responded?: Day;
}

/** A Hazards log row (docs/workbook.md, Hazards): domain/hazards/awaabsLaw.ts's HazardRecord, from a row. */
export interface HazardRowRecord extends FromRow, HazardRecord {}

/** A row of the Benchmarks sheet (docs/workbook.md, Benchmarks): quartiles for one measure. */
export interface BenchmarkRecord extends FromRow {
  code?: string;
  indicator?: string;
  lowerQuartile?: number;
  median: number;
  upperQuartile?: number;
  source?: string;
}

/** The TSM survey sheet's survey (docs/workbook.md, KPI sheets, "TSM survey details"). */
export interface TsmSurveyRecord extends FromRow {
  survey?: string;
  responses?: number;
  population?: number;
  source?: string;
}

/** §4.4: one group of the Tenant profile. */
export interface TenantShareRecord extends FromRow {
  dimension: RepresentationDimension;
  group: string;
  /** Percent points (12 for 12%). */
  share: number;
}

/** The Tenant profile sheet: its groups and the date of its figures. */
export interface TenantProfileRead {
  shares: TenantShareRecord[];
  figuresDate?: Day;
}

/** One person in the involvement pool (council report ¶25, task teams). */
export interface InvolvementRecord extends FromRow {
  name: string;
  /** As written, split at commas and semicolons; matched to service areas by the engine. */
  interests: string[];
  waysToTakePart?: string;
  trainingDone?: string;
  lastInvolved?: Day;
  ageBand?: string;
  ethnicity?: string;
}

/** One period of one indicator, with the cells it came from (for evidence: `'KPI - Rent'!D7`). */
export interface KpiPeriodRecord {
  period: Day;
  actual?: number;
  target?: number;
  /** Address of the actual's cell. */
  source: string;
}

export interface KpiIndicatorRecord {
  sheet: string;
  /** Row of the indicator in a wide sheet, or of its first row in a long one. */
  row: number;
  indicator: string;
  code?: string;
  /** From the sheet, else from the catalogue of known indicators. */
  serviceArea?: ServiceArea | string;
  /** From the sheet, else from the catalogue; undefined is a problem already reported. */
  polarity?: Polarity;
  tolerance?: Tolerance;
  unit?: string;
  /** In date order. */
  periods: KpiPeriodRecord[];
  /** docs/rules.md, TSM publication check: the timescale RP02 and CH02 count against, as written. */
  timescale?: string;
  /** TP01–TP12: the survey behind the figure, when its row gives it. */
  responses?: number;
  population?: number;
}

export interface KpiSheetRead {
  sheet: string;
  layout: "wide" | "long";
  indicators: KpiIndicatorRecord[];
}

/** A row already on the Triggers sheet; one the panel typed by hand may have no key (docs/workbook.md, Triggers). */
export interface TriggerRecord extends FromRow {
  key?: string;
  triggerType?: string;
  serviceArea?: string;
  indicator?: string;
  evidence?: string;
  source?: string;
  firstFlagged?: Day;
  lastUpdated?: Day;
  panelDecision?: string;
  panelNotes?: string;
}

/** A table read from a sheet: where it is, its records. */
export interface TableRead<K extends string, R> {
  layout: TableLayout<K>;
  records: R[];
}

export interface ReadResult<T> {
  value: T;
  problems: Problem[];
}
