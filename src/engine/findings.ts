import { LapseStatus } from "../domain/attendance/lapse";
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
}

export type TriggerType = "Responsive" | "Customer complaints";

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
  complaints?: ComplaintThemeTrigger;
}

export interface MemberFinding {
  name: string;
  group: MemberGroup;
  status: MemberStatus;
  /** Every finding, each with its clause and dates. */
  reasons: string[];
  lapse: LapseStatus;
  termEnd?: Day;
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

export interface RecommendationFinding {
  review: string;
  recommendation: string;
  accepted?: boolean;
  implemented?: Day;
  impactAssessmentDue?: Day;
  impactAssessmentOverdue: boolean;
}

export interface Findings {
  asOf: Day;
  panelYear: number;
  kpis: KpiFinding[];
  triggers: TriggerFinding[];
  members: MemberFinding[];
  composition?: Composition;
  meetings: MeetingFinding[];
  meetingsInYear: MeetingsInYear;
  reviews: ReviewFinding[];
  programme: ProgrammeCheck;
  recommendations: RecommendationFinding[];
  summary: SummaryFigures;
}
