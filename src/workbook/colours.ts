import { Highlight } from "./plan";

/**
 * The panel's colours, the same in every host: Excel's own Good, Neutral and Bad cell styles, readable
 * with their text (WCAG AA); the word is always in the cell too, so colour is never the only sign.
 */
export const HIGHLIGHT_COLOURS: Record<Highlight, { fill: string; font: string }> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  neutral: { fill: "#D9D9D9", font: "#000000" },
};
