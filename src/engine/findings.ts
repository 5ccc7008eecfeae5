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
  composition?: Composition;
  meetings: MeetingFinding[];
  meetingsInYear: MeetingsInYear;
  reviews: ReviewFinding[];
  programme: ProgrammeCheck;
  recommendations: RecommendationFinding[];
  summary: SummaryFigures;
  /** Issue 7 (§4.4): undefined without a Tenant profile sheet. */
  representation?: RepresentationFinding;
  /** Issue 7 (§15.2): for the panel year of asOf. */
  renewal?: RenewalFinding;
  /** Issue 7: the Involvement sheet, if any. */
  involvement?: InvolvementPerson[];
  /** Issue 7 (§2.6, §11.4): implemented recommendations with what changed. */
  youSaidWeDid?: YouSaidWeDid[];
}
