/**
 * §11.3: every trigger is discussed at a meeting before a review is planned, so each has the panel's
 * decision (docs/rules.md, Reviews), in the order the Triggers sheet's drop-down lists them.
 */
export const PANEL_DECISIONS = ["New", "Discussed", "Accepted into programme", "Declined"] as const;
export type PanelDecision = (typeof PANEL_DECISIONS)[number];

/** The panel's decision as written, matched ignoring case and spaces; a blank is `New` (not yet discussed). */
export function panelDecisionOf(written: string | undefined): PanelDecision | undefined {
  const key = wordsOf(written ?? "");
  if (key === "") return "New";
  return PANEL_DECISIONS.find((decision) => wordsOf(decision) === key);
}

/**
 * §11.3: a trigger can be added to the review programme while the panel's decision leaves it open, `New`
 * (or blank) or `Discussed`, ignoring case and spaces. Once `Accepted into programme` it is there;
 * `Declined`, or a word that is not a decision, is the panel's to change on the Triggers sheet first.
 */
export function canAcceptTrigger(written: string | undefined): boolean {
  const decision = panelDecisionOf(written);
  return decision === "New" || decision === "Discussed";
}

/** §11.3: the panel has put the trigger's review on the programme (`Accepted into programme`, any case). */
export function isAcceptedIntoProgramme(written: string | undefined): boolean {
  return panelDecisionOf(written) === "Accepted into programme";
}

const wordsOf = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();
