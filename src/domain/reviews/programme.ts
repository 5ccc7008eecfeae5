import { panelYearLabel } from "../calendar/panelYear";

/** §11.1 and §11.2: how a review came onto the programme. */
export const REVIEW_ORIGINS = [
  "Scheduled",
  "Responsive",
  "Officer request",
  "Previous review",
  "Customer complaints",
] as const;
export type ReviewOrigin = (typeof REVIEW_ORIGINS)[number];

export interface ProgrammedReview {
  name: string;
  panelYear: number;
  origin: ReviewOrigin;
}

export interface ProgrammeCheck {
  panelYear: number;
  scheduled: string[];
  /** Reviews from a trigger (§11.2): they may change the order and do not count against the limit. */
  fromTriggers: string[];
  limit: number;
  overLimit: boolean;
  message: string;
}

/** §11.1: no more than 3 scheduled reviews a year (*setting*); reviews from a trigger are listed apart. */
export function checkProgramme(
  reviews: readonly ProgrammedReview[],
  panelYear: number,
  limit = 3
): ProgrammeCheck {
  const thisYear = reviews.filter((review) => review.panelYear === panelYear);
  const scheduled = thisYear
    .filter((review) => review.origin === "Scheduled")
    .map((review) => review.name);
  const fromTriggers = thisYear
    .filter((review) => review.origin !== "Scheduled")
    .map((review) => review.name);
  const overLimit = scheduled.length > limit;
  const label = panelYearLabel(panelYear);
  const message = overLimit
    ? `${scheduled.length} scheduled reviews in ${label}: no more than ${limit} (§11.1)`
    : `${scheduled.length} of ${limit} scheduled reviews in ${label}`;
  return { panelYear, scheduled, fromTriggers, limit, overLimit, message };
}
