import { CompositionLimits } from "./members/composition";
import { LapseLimits } from "./attendance/lapse";
import { ComplaintThemeRule } from "./complaints/themes";
import { PanelYearStart } from "./calendar/panelYear";
import { Tolerance } from "./kpi/status";

/**
 * Every threshold RULES.md marks *setting*, with its default. A panel with other terms of reference
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
  /** RULES.md, Reviews: months from implementation to impact assessment. */
  impactAssessmentMonths: number;
  /** RULES.md, KPIs: default near-miss tolerance. */
  kpiTolerance: Tolerance;
  /** RULES.md, KPIs: periods worse than target in a row that trigger a review. */
  consecutivePeriodsWorse: number;
  complaintThemes: ComplaintThemeRule;
  /** §4.4 (issue 7): a group is under-represented when members' share is under this fraction (0–1) of tenants' share. */
  underRepresentationThreshold: number;
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
};
