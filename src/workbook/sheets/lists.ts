import { MEMBER_GROUPS } from "../../domain/members/groups";
import { REVIEW_ORIGINS } from "../../domain/reviews/programme";
import { PANEL_DECISIONS } from "../../domain/reviews/triggerDecisions";
import { HAZARD_CATEGORIES } from "../../domain/hazards/awaabsLaw";

/** Drop-down lists of docs/workbook.md, from the domain's own words. */
export const GROUP_LIST = MEMBER_GROUPS;
export const ROLE_LIST = ["Chair", "Deputy Chair"] as const;
export const YES_NO_LIST = ["Y", "N"] as const;
export const ATTENDANCE_LIST = ["P", "A", "R", "-"] as const;
export const MEETING_TYPE_LIST = ["Main", "Interim", "Sub-panel", "Cancelled"] as const;
export const ORIGIN_LIST = REVIEW_ORIGINS;
export const PANEL_DECISION_LIST = PANEL_DECISIONS;
export const POLARITY_LIST = ["Higher is better", "Lower is better", "Context only"] as const;
export const TRIGGER_TYPE_LIST = [
  "Responsive",
  "Officer request",
  "Previous review",
  "Customer complaints",
  // docs/rules.md, "Benchmarks": the optional trigger for a measure in the bottom quartile.
  "Benchmark",
] as const;
export const YES_NO_WORDS = ["Yes", "No"] as const;

/** How the Evidence of a trigger that has stopped firing begins (kept, never deleted: docs/workbook.md, Triggers). */
export const NO_LONGER_TRIGGERED = "No longer triggered";

/** docs/workbook.md, Complaints: the stage a complaint has reached. */
export const COMPLAINT_STAGE_LIST = ["1", "2"] as const;
/** docs/workbook.md, Hazards: Awaab's Law's two categories. */
export const HAZARD_CATEGORY_LIST = HAZARD_CATEGORIES;
/** docs/workbook.md, Hazards: what the officers write when a step of work is not needed (awaabsLaw.ts's NOT_NEEDED). */
export const NOT_NEEDED_WORDS = "Not needed";
