import { RecommendationStage } from "../engine/findings";

/** Each stage of a recommendation (§11.4) in words, the same in the task pane and the report. */
export const RECOMMENDATION_STAGE_WORDS: Record<RecommendationStage, string> = {
  "Not decided": "Not decided",
  Accepted: "Accepted, not yet implemented",
  "Not accepted": "Not accepted",
  Implemented: "Implemented",
  "Impact assessment overdue": "Impact assessment overdue",
};
