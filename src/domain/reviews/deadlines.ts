import { addMonths, Day, formatUkDate } from "../calendar/days";
import { RuleInputError } from "../errors";

/** §11.4: managers answer an information request within 28 days of it being sent. */
export const INFORMATION_REQUEST_DAYS = 28;
/** §11.4: the team manager comments on the findings report within 14 days. */
export const MANAGER_COMMENT_DAYS = 14;
/** docs/rules.md: the impact assessment is due 6 months (*setting*) after a recommendation is implemented. */
export const IMPACT_ASSESSMENT_MONTHS = 6;

/**
 * §11.4: 28 days from sending, unless the manager has written to the Chair with an alternative deadline
 * (then that date).
 */
export function informationRequestDeadline(sent: Day, alternativeDeadline?: Day): Day {
  if (alternativeDeadline !== undefined) {
    if (alternativeDeadline < sent) {
      throw new RuleInputError(
        `The alternative deadline ${formatUkDate(alternativeDeadline)} is before the request was sent (${formatUkDate(sent)}): check the two dates.`
      );
    }
    return alternativeDeadline;
  }
  return sent + INFORMATION_REQUEST_DAYS;
}

export function managerCommentDeadline(reportSent: Day): Day {
  return reportSent + MANAGER_COMMENT_DAYS;
}

export function impactAssessmentDue(implemented: Day, months = IMPACT_ASSESSMENT_MONTHS): Day {
  return addMonths(implemented, months);
}

/**
 * §11.4: the panel monitors accepted recommendations, then instigates an impact assessment. Decision:
 * due 6 months (*setting*) after implementation, for every implemented recommendation not marked as
 * declined (Accepted blank counts as accepted).
 */
export function recommendationImpactDue(
  recommendation: { accepted?: boolean; implemented?: Day },
  months = IMPACT_ASSESSMENT_MONTHS
): Day | undefined {
  if (recommendation.implemented === undefined || recommendation.accepted === false)
    return undefined;
  return impactAssessmentDue(recommendation.implemented, months);
}

/** The dates of a review that its deadlines depend on (the Reviews sheet's optional columns). */
export interface ReviewDates {
  informationRequested?: Day;
  alternativeDeadline?: Day;
  informationReceived?: Day;
  reportToTeamManager?: Day;
  managerCommentsReceived?: Day;
}

export interface ReviewDeadline {
  stage: "Information request" | "Findings report to team manager";
  deadline: Day;
  overdue: boolean;
}

export interface ReviewDeadlines {
  /** The earliest deadline still waiting for a response. */
  nextDeadline?: Day;
  /** Deadlines waiting for a response, earliest first. */
  waiting: ReviewDeadline[];
  overdue: boolean;
}

/**
 * A stage past its deadline without a response is Overdue (docs/rules.md, "Reviews"). The deadline day
 * itself is still in time.
 */
export function reviewDeadlines(dates: ReviewDates, asOf: Day): ReviewDeadlines {
  const waiting: ReviewDeadline[] = [];
  if (dates.informationRequested !== undefined && dates.informationReceived === undefined) {
    const deadline = informationRequestDeadline(
      dates.informationRequested,
      dates.alternativeDeadline
    );
    waiting.push({ stage: "Information request", deadline, overdue: asOf > deadline });
  }
  if (dates.reportToTeamManager !== undefined && dates.managerCommentsReceived === undefined) {
    const deadline = managerCommentDeadline(dates.reportToTeamManager);
    waiting.push({ stage: "Findings report to team manager", deadline, overdue: asOf > deadline });
  }
  waiting.sort((a, b) => a.deadline - b.deadline);
  return { nextDeadline: waiting[0]?.deadline, waiting, overdue: waiting.some((w) => w.overdue) };
}
