import { addMonths, Day, formatUkDate } from "../calendar/days";
import { MemberGroup } from "./groups";

/** §15.1: each recruited member can sit for up to three years. Term end = start date + 3 years. */
export function termEndOf(startDate: Day, years = 3): Day {
  return addMonths(startDate, 12 * years);
}

export type TermState = "ended" | "ending soon" | "current";

/**
 * Decision: the term has ended on and after the term-end date; it is "ending soon" when it ends within
 * 90 days (*setting*) of asOf.
 */
export function termState(termEnd: Day, asOf: Day, warningDays = 90): TermState {
  if (asOf >= termEnd) return "ended";
  if (termEnd - asOf <= warningDays) return "ending soon";
  return "current";
}

export function describeTerm(termEnd: Day, asOf: Day, warningDays = 90): string | undefined {
  const state = termState(termEnd, asOf, warningDays);
  if (state === "ended") return `term ended ${formatUkDate(termEnd)} (§15.1)`;
  if (state === "ending soon") return `term ends ${formatUkDate(termEnd)} (§15.1)`;
  return undefined;
}

/**
 * §15.2: renewal rotates so trained members overlap — Silver Service Forum members in year 1, general
 * members in year 2, Tenants' Forum members in year 3. `firstRotationYear` is the panel year counted as
 * year 1 (*setting*).
 */
export function groupDueForRenewal(panelYear: number, firstRotationYear: number): MemberGroup {
  const ROTATION: readonly MemberGroup[] = ["Silver Service Forum", "General", "Tenants' Forum"];
  const index = (((panelYear - firstRotationYear) % 3) + 3) % 3;
  return ROTATION[index] as MemberGroup;
}

/** §4.5 and §13.5: at least 80% (*setting*) of the training, and the induction, before full membership. */
export function hasCompletedTraining(trainingPercent: number, thresholdPercent = 80): boolean {
  return trainingPercent >= thresholdPercent;
}
