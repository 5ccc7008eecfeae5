import { CompositionLimits } from "./members/composition";
import type { LapseLimits } from "./attendance/lapse";
import { ComplaintThemeRule } from "./complaints/themes";
import { PanelYearStart } from "./calendar/panelYear";
import { Tolerance } from "./kpi/status";
import { ComplaintHandlingCode, COMPLAINT_HANDLING_CODE } from "./complaints/handlingCode";
import { AwaabsLawTimescales, AWAABS_LAW } from "./hazards/awaabsLaw";
import { AWAABS_LAW_SCOPE, HazardTypeInScope } from "./hazards/scope";
import { BenchmarkTriggerSetting } from "./kpi/quartile";
import { TsmPeriodSettings, TSM_PERIODS } from "./tsm/reportingPeriods";
import { REQUIRED_SURVEY_ACCURACY, SurveyAccuracy } from "./surveys/accuracy";

/**
 * Every threshold docs/rules.md marks *setting*, with its default. A panel with other terms of reference
 * changes them on the workbook's Settings sheet; the rules take them as arguments, never as globals.
 */
export interface PanelSettings {
  composition: CompositionLimits;
  /** §4.5: share of the training needed before full membership, in percent points. */
  trainingThresholdPercent: number;
  /** §15.1: warn when a term ends within this many days. */
  termEndWarningDays: number;
  /** §15.2: the panel year counted as year 1 of the renewal rotation (start year). */
  firstRotationYear: number;
  lapse: LapseLimits;
  panelYearStart: PanelYearStart;
  /** §7.1: meetings a panel year. */
  meetingsPerYear: number;
  /** §7.1: clear working days' notice for a meeting between main meetings. */
  noticeClearWorkingDays: number;
  /** §11.1: scheduled reviews a panel year. */
  scheduledReviewsPerYear: number;
  /** docs/rules.md, Reviews: months from implementation to impact assessment. */
  impactAssessmentMonths: number;
  /** docs/rules.md, KPIs: default near-miss tolerance. */
  kpiTolerance: Tolerance;
  /** docs/rules.md, KPIs: periods worse than target in a row that trigger a review. */
  consecutivePeriodsWorse: number;
  complaintThemes: ComplaintThemeRule;
  /**
   * §4.4, docs/rules.md: a group is under-represented when members' share is under this fraction
   * (0–1) of tenants' share.
   */
  underRepresentationThreshold: number;

  // docs/rules.md, "Statutory clocks since 2024" and "Tenant Satisfaction Measures: publication and
  // benchmarks". Every figure is a setting; settingSources.ts names where each comes from.
  /** The Complaint Handling Code's working days for each stage. */
  complaintHandlingCode: ComplaintHandlingCode;
  /** CH02's target, percent answered within the Code (the responsive-trigger rule applies to it). */
  ch02TargetPercent: number;
  /** Homes owned, for CH01 per 1,000 homes; no default: CH01 needs the council's figure. */
  homesOwned: number | undefined;
  /** The TSM reporting year's start and the recent window the computed measures are given for. */
  tsmPeriods: TsmPeriodSettings;
  /** Awaab's Law's clocks. */
  awaabsLaw: AwaabsLawTimescales;
  /** The hazard types Awaab's Law covers, each from its start date. */
  hazardTypesInScope: readonly HazardTypeInScope[];
  /** A `Customer complaints` trigger when at least this many complaints or hazards are overdue at the scan. */
  overdueClocksTrigger: number;
  /** The accuracy the TSM survey must reach (TP01–TP12). */
  surveyAccuracy: SurveyAccuracy;
  /** The optional `Benchmark` trigger: off, bottom quartile or below median. */
  benchmarkTrigger: BenchmarkTriggerSetting;
}

export const DEFAULT_SETTINGS: PanelSettings = {
  composition: {
    tenantMembers: 8,
    tenantsForum: 4,
    silverServiceForum: 1,
    general: 3,
    deputies: 4,
  },
  trainingThresholdPercent: 80,
  termEndWarningDays: 90,
  firstRotationYear: 2026,
  lapse: { consecutiveAbsences: 3, absencesIn12Months: 5 },
  panelYearStart: { month: 9, day: 1 },
  meetingsPerYear: 10,
  noticeClearWorkingDays: 5,
  scheduledReviewsPerYear: 3,
  impactAssessmentMonths: 6,
  kpiTolerance: { kind: "percentOfTarget", value: 5 },
  consecutivePeriodsWorse: 3,
  complaintThemes: { minimumComplaints: 5, months: 3 },
  underRepresentationThreshold: 0.5,
  complaintHandlingCode: COMPLAINT_HANDLING_CODE,
  ch02TargetPercent: 95,
  homesOwned: undefined,
  tsmPeriods: TSM_PERIODS,
  awaabsLaw: AWAABS_LAW,
  hazardTypesInScope: AWAABS_LAW_SCOPE,
  overdueClocksTrigger: 3,
  surveyAccuracy: REQUIRED_SURVEY_ACCURACY,
  benchmarkTrigger: "Bottom quartile",
};
