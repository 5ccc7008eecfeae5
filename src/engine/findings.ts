import { LapseStatus, LapseWatch } from "../domain/attendance/lapse";
import { Day } from "../domain/calendar/days";
import { ComplaintThemeTrigger } from "../domain/complaints/themes";
import { MeetingsInYear, MeetingType } from "../domain/meetings/meetingsPerYear";
import { Composition } from "../domain/members/composition";
import { MemberGroup } from "../domain/members/groups";
import { MemberStatus } from "../domain/members/status";
import { ProgrammeCheck, ReviewOrigin } from "../domain/reviews/programme";
import { ReviewDeadline } from "../domain/reviews/deadlines";
import { RatedPeriod, ResponsiveTrigger, Trend } from "../domain";
import { KpiStatus, Polarity } from "../domain/kpi/types";
import { CodeStatus } from "../domain/complaints/handlingCode";
import { ComplaintMeasures } from "../domain/complaints/measures";
import { HazardCategory, HazardStepName } from "../domain/hazards/awaabsLaw";
import { WallClockTime } from "../domain/calendar/londonTime";
import { BenchmarkPosition } from "../domain/kpi/quartile";
import { PublicationGap } from "../domain/tsm/publicationCheck";
import { CellReference } from "../workbook/snapshot";
import type { SummaryFigures } from "./summary";

/** What a scan found, for the task pane and the command line to show (the plan says what to write). */
export interface KpiFinding {
  sheet: string;
  indicator: string;
  code?: string;
  serviceArea?: string;
  polarity?: Polarity;
  unit?: string;
  periods: RatedPeriod[];
  latest?: RatedPeriod;
  /** Undefined when the indicator could not be rated (no polarity). */
  status?: KpiStatus;
  periodsWorse: number;
  trend?: Trend;
  /** Address of the latest actual. */
  source?: string;
  trigger?: ResponsiveTrigger;
  /** Addresses of the actuals that make up the trigger's evidence. */
  triggerSources?: string[];
  /**
   * A measure worked out from the Complaints log (CH01, CH02 by part), not read from a KPI
   * sheet: its periods are TSM years (the current one to the scan), its source `Complaints log`.
   */
  fromLog?: LoggedMeasure;
  /** Where the latest figure falls among the Benchmarks sheet's quartiles (KPI status's Quartile). */
  benchmark?: BenchmarkFinding;
}

/** A CH01 or CH02 part from the Complaints log, for the two periods docs/rules.md gives it for. */
export interface LoggedMeasure {
  /** `CH02(1)`. */
  code: string;
  yearToDate: LoggedFigure;
  recent: LoggedFigure;
  /** The months `recent` covers (the *setting*), for evidence that does not change by the day. */
  recentMonths: number;
  /** Each KPI period (a TSM year, dated at its first month) in words: `TSM year 2026/27 so far`. */
  periodLabels: { period: Day; label: string }[];
}

export interface LoggedFigure {
  /** `TSM year 2026/27 to 23/11/2026`, `3 months to 23/11/2026`. */
  period: string;
  /**
   * Percent within the Code (CH02) or per 1,000 homes (CH01), to one decimal place as the Regulator
   * publishes them; undefined with nothing to count.
   */
  figure?: number;
  /** CH02: `12 of 15 answered within the Code`; CH01: `34 received`. */
  counts: string;
}

export interface BenchmarkFinding {
  position: BenchmarkPosition;
  /** KPI status's `Quartile`: `Bottom quartile`, `Median or better`… */
  quartile: string;
  lowerQuartile?: number;
  median: number;
  upperQuartile?: number;
  /** The Benchmarks sheet's Source, as written. */
  source?: string;
  /** The benchmark's row on the Benchmarks sheet (its Median cell). */
  where: string;
}

export type TriggerType = "Responsive" | "Customer complaints" | "Benchmark";

export interface TriggerFinding {
  key: string;
  type: TriggerType;
  serviceArea: string;
  /** The indicator, or the complaints theme. */
  subject: string;
  evidence: string;
  source: string;
  /** Not on the Triggers sheet before this scan. */
  isNew: boolean;
  /** The panel's decision as it stands on the sheet (New for a new trigger). */
  panelDecision: string;
  /** §11.3: the decision leaves it open to be added to the review programme (New, blank or Discussed). */
  canAccept: boolean;
  /** §11.3: the decision is `Accepted into programme` (in any case). */
  acceptedIntoProgramme: boolean;
  complaints?: ComplaintThemeTrigger;
  /** The overdue complaints and hazards a `Customer complaints` trigger counts. */
  overdue?: OverdueClock[];
}

/**
 * One complaint of the log under the Housing Ombudsman's Complaint Handling Code (docs/rules.md,
 * "Complaints"), as the log's computed columns and the views show it.
 */
export interface ComplaintFinding {
  reference?: string;
  /** The row, as problems name cells: its Reference cell, else its Date received cell. */
  where: string;
  cell: CellReference;
  received: Day;
  theme: string;
  serviceArea?: string;
  /** The stage it is judged at: 2 once the resident has asked to escalate. */
  stage: 1 | 2;
  /** The log's `Stage 1 due` and `Stage 2 due`: each stage's response due date. */
  stage1Due: Day;
  stage2Due?: Day;
  /** The due date of the stage it is judged at. */
  due: Day;
  status: CodeStatus;
  /** The log's `Code`: `Within the Code`, `Late: 2 working days`, `Overdue: 3 working days`, `Open`. */
  code: string;
  overdue: boolean;
  /** Acknowledgements sent after their due date, with how late. */
  lateAcknowledgements: { stage: 1 | 2; due: Day; workingDays: number }[];
  /** Extensions beyond the Code's limit (the limit is then the due date). */
  extensionsBeyondCode: { stage: 1 | 2; to: Day; limit: Day; workingDays: number }[];
}

/** One hazard of the log under Awaab's Law (docs/rules.md, "Hazards"). */
export interface HazardFinding {
  reference: string;
  where: string;
  cell: CellReference;
  category: HazardCategory;
  hazard?: string;
  aware: WallClockTime;
  /** Awaab's Law covers it (the Settings' hazard types in scope); one that it does not is shown, never counted. */
  inScope: boolean;
  /** Why it is not in scope. */
  notInScope?: string;
  /** The log's `Next step`: the outstanding step due first, `All steps done`, or `Not in scope: …`. */
  nextStepText: string;
  nextStep?: HazardStepFinding;
  /** A step not done and past due at the end of the scan's day (the log's `Overdue`). */
  overdue: boolean;
  overdueSteps: HazardStepFinding[];
  /** Steps done after their due date. */
  breaches: HazardStepFinding[];
  /** The step (making safe, or safety work) is overdue and no alternative accommodation is recorded as offered. */
  safetyWorkOverdueWithoutAlternative: boolean;
  /** The log's `Breaches`. */
  breachesText: string;
}

export interface HazardStepFinding {
  step: HazardStepName;
  /** A date and time for the 24-hour step, otherwise a day. */
  due: WallClockTime;
  /** `25/10/2026 09:00` for the 24-hour step, else `16/11/2026`. */
  dueText: string;
  withTime: boolean;
  done?: WallClockTime;
  /** How late it was done, or how late it is so far: `2 working days`, `5 hours 20 minutes`. */
  late?: string;
}

/**
 * A complaint or an in-scope hazard overdue at the scan, as the `Customer complaints`
 * trigger counts them and the views list them (the earliest due first).
 */
export interface OverdueClock {
  kind: "complaint" | "hazard";
  /** The log's reference, or for a complaint without one `received dd/mm/yyyy`. */
  reference: string;
  where: string;
  cell: CellReference;
  /** `stage 1 response`, `stage 2 response`, or the hazard's step (`Investigate`). */
  step: string;
  /** A day, or a date and time for a hazard's 24-hour step (`withTime`). */
  due: WallClockTime;
  withTime: boolean;
  dueText: string;
  /** How late so far: `3 working days`, `5 hours 20 minutes`. */
  overdueBy: string;
}

/** A gap the TSM publication check found (each also a problem). */
export interface PublicationGapFinding {
  /** The measures it is about: `CH01(2)`, `TP01, TP09`. */
  codes: string[];
  message: string;
  /** The cell, or the sheet, it names. */
  where: string;
  /** The gap as data, for views that say it in their own words (the report's plain words). */
  gap: PublicationGap;
}

/** A reported CH01 or CH02 figure that differs from the Complaints log's (each also a problem). */
export interface MeasureMismatchFinding {
  code: string;
  period: string;
  reported: number;
  fromLog: number;
  /** `%` for CH02, `per 1,000 homes` for CH01. */
  unit: string;
  where: string;
}

export interface MemberFinding {
  name: string;
  group: MemberGroup;
  /** The Members sheet's Start date: meetings before it are not the member's (§4.3). */
  startDate?: Day;
  status: MemberStatus;
  /** Every finding, each with its clause and dates. */
  reasons: string[];
  lapse: LapseStatus;
  /** §4.3, §10.4: when and why the place lapsed, or what one more absence would reach; else undefined. */
  lapseWatch?: LapseWatch;
  termEnd?: Day;
}

/** A member on the roll on a day (§7.2), and whether they count for quorum (tenant members, §7.7). */
export interface RollEntry {
  name: string;
  group: MemberGroup;
  countsForQuorum: boolean;
}

export interface MeetingFinding {
  date: Day;
  type: MeetingType;
  held: boolean;
  present?: number;
  membership: number;
  quorate?: boolean;
  /** `OK`, `Short: N clear working days`, or undefined with no notice date. */
  notice?: string;
}

export interface ReviewFinding {
  review: string;
  panelYear: number;
  origin: ReviewOrigin;
  stage?: string;
  nextDeadline?: Day;
  overdue: boolean;
  waiting: ReviewDeadline[];
}

/**
 * Where a recommendation stands (§11.4), the first that applies: `Not accepted` (Accepted is N),
 * `Impact assessment overdue`, `Implemented`, `Accepted` (Y, not yet implemented), else `Not decided`.
 */
export type RecommendationStage =
  "Not decided" | "Accepted" | "Not accepted" | "Implemented" | "Impact assessment overdue";

export interface RecommendationFinding {
  review: string;
  recommendation: string;
  accepted?: boolean;
  implemented?: Day;
  impactAssessmentDue?: Day;
  impactAssessmentOverdue: boolean;
  stage: RecommendationStage;
}

/** §4.4: one group of one dimension, members' share against tenants' share (both 0–1). */
export interface RepresentationGroup {
  dimension: "Age band" | "Ethnicity";
  group: string;
  tenantShare: number;
  /** Among members who gave an answer for this dimension. */
  memberShare: number;
  members: number;
  /** `No member`, or `Under-represented` when the share is under the setting's fraction of tenants'. */
  flag?: "No member" | "Under-represented";
}

export interface RepresentationFinding {
  /** The date of the tenant figures (Tenant profile sheet). */
  figuresDate?: Day;
  groups: RepresentationGroup[];
  /** Members on the roll with no answer, by dimension (answers are optional, §13.3). */
  unanswered: Record<"Age band" | "Ethnicity", number>;
}

/** §15.2 rotation, §4.1 places, and three-year terms, for one panel year. */
export interface RenewalFinding {
  panelYear: number;
  /** The group whose members are due for renewal this year by the rotation. */
  groupDue?: MemberGroup;
  dueForRenewal: { name: string; group: MemberGroup }[];
  termsEnding: { name: string; group: MemberGroup; termEnd: Day }[];
  places: { group: MemberGroup; places: number; filled: number; vacant: number }[];
}

/** A person in the involvement pool (council report: task teams drawn from interested residents). */
export interface InvolvementPerson {
  name: string;
  /** Service areas they are interested in. */
  interests: string[];
  waysToTakePart?: string;
  trainingDone?: string;
  lastInvolved?: Day;
  ageBand?: string;
  ethnicity?: string;
}

/** A row of "You said, we did" (§2.6: promote the panel's work to all tenants). */
export interface YouSaidWeDid {
  review: string;
  recommendation: string;
  whatChanged: string;
  when?: Day;
}

export interface Findings {
  asOf: Day;
  panelYear: number;
  kpis: KpiFinding[];
  triggers: TriggerFinding[];
  members: MemberFinding[];
  /** The members on the roll on asOf, in Members order (engine/roll.ts). */
  roll: RollEntry[];
  composition?: Composition;
  meetings: MeetingFinding[];
  meetingsInYear: MeetingsInYear;
  reviews: ReviewFinding[];
  programme: ProgrammeCheck;
  recommendations: RecommendationFinding[];
  summary: SummaryFigures;
  /** §4.4: undefined without a Tenant profile sheet. */
  representation?: RepresentationFinding;
  /** §15.2: for the panel year of asOf. */
  renewal?: RenewalFinding;
  /** The Involvement sheet, if any. */
  involvement?: InvolvementPerson[];
  /** §2.6, §11.4: implemented recommendations with what changed. */
  youSaidWeDid?: YouSaidWeDid[];
  /** The Complaints log under the Code; undefined without a log with a Responded column. */
  complaints?: ComplaintFinding[];
  /** CH01 and CH02 from the log for the TSM year to date and the recent months. */
  complaintMeasures?: { yearToDate: ComplaintMeasures; recent: ComplaintMeasures };
  /** The Hazards log under Awaab's Law; undefined without a Hazards sheet. */
  hazards?: HazardFinding[];
  /** Overdue complaints and in-scope hazards, the earliest due first. */
  overdueClocks: OverdueClock[];
  /** The TSM publication check. */
  publicationGaps: PublicationGapFinding[];
  /** Reported CH01/CH02 figures the log does not bear out. */
  measureMismatches: MeasureMismatchFinding[];
}
