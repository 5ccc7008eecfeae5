import { panelYearLabel } from "../calendar/panelYear";

/** One line of the Chairs history: who chaired the panel in the panel year starting `panelYear`. */
export interface ChairTerm {
  panelYear: number;
  name: string;
}

const samePerson = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * §8.2: a Chair is not eligible for re-election after 3 consecutive years in the position.
 * Decision: ineligible for the panel year `panelYear` if the person chaired each of the 3 panel years
 * immediately before it.
 */
export function isEligibleForChair(
  name: string,
  history: readonly ChairTerm[],
  panelYear: number,
  maxConsecutive = 3
): boolean {
  for (let back = 1; back <= maxConsecutive; back++) {
    const year = panelYear - back;
    if (!history.some((term) => term.panelYear === year && samePerson(term.name, name)))
      return true;
  }
  return false;
}

/** The reason, when not eligible, for the Members sheet and the task pane. */
export function chairIneligibilityReason(
  name: string,
  panelYear: number,
  maxConsecutive = 3
): string {
  const years = Array.from({ length: maxConsecutive }, (_, i) =>
    panelYearLabel(panelYear - maxConsecutive + i)
  );
  return `${name.trim()} chaired the panel in ${years.join(", ")}: not eligible for re-election as Chair in ${panelYearLabel(panelYear)} (§8.2)`;
}
