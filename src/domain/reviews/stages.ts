/**
 * §11.4: every review goes through the same stages, in this order. Stages the clause words as "may"
 * or "where necessary" are optional and may be marked not used.
 */
export interface ReviewStage {
  name: string;
  optional: boolean;
}

export const REVIEW_STAGES: readonly ReviewStage[] = [
  { name: "Initial report", optional: false },
  { name: "Letter of intent", optional: false },
  { name: "Information request", optional: false },
  { name: "Desk-top review", optional: false },
  { name: "Shadowing", optional: true },
  { name: "Mystery shopping", optional: true },
  { name: "Tenant surveys", optional: true },
  { name: "Peer review", optional: true },
  { name: "Staff interviews", optional: true },
  { name: "Site visits", optional: true },
  { name: "Findings report to team manager", optional: false },
  { name: "Panel revises report", optional: false },
  { name: "Head of Housing comment", optional: false },
  { name: "Tenants' Forum sign-off", optional: false },
  { name: "Monitoring accepted recommendations", optional: false },
  { name: "Impact assessment", optional: false },
];

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
const BY_NAME = new Map(REVIEW_STAGES.map((stage, index) => [normalise(stage.name), index]));

/** The position (0-based) of a stage named in a cell, ignoring case and punctuation; undefined if unknown. */
export function reviewStageIndex(text: string): number | undefined {
  return BY_NAME.get(normalise(text));
}
