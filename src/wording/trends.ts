import { formatMonth } from "../domain/calendar/days";
import { KpiFinding } from "../engine/findings";
import { formatFigure } from "./figures";

/** Which way the figure itself went since the period before, whatever is better for the indicator. */
export type Direction = "up" | "down" | "level";

export const DIRECTION_ARROWS: Record<Direction, string> = { up: "↑", down: "↓", level: "→" };

/** Better, worse, or no change, for the indicator's polarity; none for a context-only indicator. */
export type Judgement = "Better" | "Worse" | "No change";

export interface TrendWords {
  direction: Direction;
  /** The arrow: the figure's own direction (a rising re-let time points up, and says worse). */
  arrow: string;
  judgement?: Judgement;
  /** Short, beside the arrow: "worse", "better", "no change", or "up" for a context-only indicator. */
  word: string;
  /** The whole of it: "Worse: up from 35 days in Sep 2026 to 41 days in Oct 2026". */
  sentence: string;
}

const JUDGEMENTS = { better: "Better", worse: "Worse", same: "No change" } as const;

/**
 * The trend of an indicator in words, from its last two periods with a figure: the same two the engine
 * compares for its trend, so the words, the arrow and the chart's last step always agree. Undefined
 * with fewer than two figures.
 */
export function trendWords(kpi: KpiFinding): TrendWords | undefined {
  const figures = kpi.periods.filter((p) => p.actual !== undefined);
  const latest = figures[figures.length - 1];
  const previous = figures[figures.length - 2];
  if (!latest || !previous) return undefined;
  const [from, to] = [previous.actual as number, latest.actual as number];
  const direction: Direction =
    Math.abs(to - from) <= 1e-9 * Math.max(1, Math.abs(from)) ? "level" : to > from ? "up" : "down";
  const judgement = kpi.polarity === "context" || !kpi.trend ? undefined : JUDGEMENTS[kpi.trend];
  const figure = (value: number): string => formatFigure(value, kpi.unit);
  const change =
    direction === "level"
      ? `${figure(to)} in ${formatMonth(latest.period)}, as in ${formatMonth(previous.period)}`
      : `${direction} from ${figure(from)} in ${formatMonth(previous.period)} to ${figure(to)} in ${formatMonth(latest.period)}`;
  const word = judgement ? judgement.toLowerCase() : direction === "level" ? "level" : direction;
  const sentence = judgement
    ? `${judgement}: ${change}`
    : `${capitalised(change)} (context only: neither better nor worse)`;
  return { direction, arrow: DIRECTION_ARROWS[direction], judgement, word, sentence };
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The legend for arrows and lines, in the pane and in the report. */
export const TREND_LEGEND = {
  arrows:
    "Arrows show which way the figure went since the period before: ↑ up, ↓ down, → level. The word beside it says whether that is better or worse for that indicator.",
  lines:
    "In the small charts the solid line is the actual figure, the dashed line the target and the dot the latest figure.",
};
