import { RuleInputError } from "../errors";
import { Polarity } from "./types";

/**
 * docs/rules.md, "Benchmarks": where the workbook has published quartiles for a measure (lower quartile,
 * median, upper quartile, e.g. the Regulator's annual TSM statistics for local authority landlords),
 * KPI status shows the quartile the latest figure falls in, the right way round for its polarity: the
 * top quartile is the best.
 */
const EPSILON = 1e-9;

export interface Benchmark {
  /** The 25th percentile: the lower figure, whichever way is better. */
  lowerQuartile?: number;
  median: number;
  /** The 75th percentile: the higher figure. */
  upperQuartile?: number;
}

export const QUARTILES = [
  "Top quartile",
  "Second quartile",
  "Third quartile",
  "Bottom quartile",
] as const;
/** Where only the median is published. */
export const HALVES = ["Median or better", "Worse than median"] as const;
/** A context-only measure (CH01, NM01) has no better or worse: its place among the figures. */
export const CONTEXT_POSITIONS = [
  "Above upper quartile",
  "Median to upper quartile",
  "Lower quartile to median",
  "Below lower quartile",
  "Median or above",
  "Below median",
] as const;

export type BenchmarkPosition =
  | { kind: "quartile"; quartile: 1 | 2 | 3 | 4 }
  | { kind: "half"; betterThanMedian: boolean }
  | { kind: "context"; label: (typeof CONTEXT_POSITIONS)[number] };

/**
 * The figures are read as the 25th, 50th and 75th percentiles (as the Regulator publishes them), so the
 * lower quartile is never above the median nor the median above the upper quartile, whichever way is
 * better. Decisions: a figure on a boundary is in the better quartile (as a figure on target is `Met`);
 * with only the median, the result is a half; a context-only measure is placed without better or worse.
 */
export function benchmarkPosition(
  actual: number,
  benchmark: Benchmark,
  polarity: Polarity
): BenchmarkPosition {
  const { lowerQuartile: lower, median, upperQuartile: upper } = benchmark;
  if (lower !== undefined && lower > median)
    throw new RuleInputError(
      `The lower quartile ${lower} is above the median ${median}: give the quartiles in number order, the lower quartile being the 25th percentile (swap them if your source lists the best first).`
    );
  if (upper !== undefined && upper < median)
    throw new RuleInputError(
      `The upper quartile ${upper} is below the median ${median}: give the quartiles in number order, the upper quartile being the 75th percentile (swap them if your source lists the best first).`
    );
  const bothQuartiles = lower !== undefined && upper !== undefined;
  if (polarity === "context") {
    if (!bothQuartiles)
      return { kind: "context", label: actual >= median ? "Median or above" : "Below median" };
    if (actual > upper) return { kind: "context", label: "Above upper quartile" };
    if (actual >= median) return { kind: "context", label: "Median to upper quartile" };
    if (actual >= lower) return { kind: "context", label: "Lower quartile to median" };
    return { kind: "context", label: "Below lower quartile" };
  }
  // Turned round so that "at least as good as" is ≥ for both polarities; EPSILON absorbs binary
  // rounding, as KPI status does, so that a figure on a boundary is on it.
  const sign = polarity === "higher" ? 1 : -1;
  const atLeast = (figure: number): boolean => sign * (actual - figure) >= -EPSILON;
  if (!bothQuartiles) return { kind: "half", betterThanMedian: atLeast(median) };
  const best = polarity === "higher" ? upper : lower;
  const worst = polarity === "higher" ? lower : upper;
  if (atLeast(best)) return { kind: "quartile", quartile: 1 };
  if (atLeast(median)) return { kind: "quartile", quartile: 2 };
  if (atLeast(worst)) return { kind: "quartile", quartile: 3 };
  return { kind: "quartile", quartile: 4 };
}

/** KPI status's `Quartile` column. */
export function describeBenchmarkPosition(position: BenchmarkPosition): string {
  switch (position.kind) {
    case "quartile":
      return QUARTILES[position.quartile - 1] as string;
    case "half":
      return position.betterThanMedian ? HALVES[0] : HALVES[1];
    case "context":
      return position.label;
  }
}

/** docs/rules.md: the optional `Benchmark` trigger, *setting*: off, bottom quartile (default) or below median. */
export const BENCHMARK_TRIGGER_CHOICES = ["Off", "Bottom quartile", "Below median"] as const;
export type BenchmarkTriggerSetting = (typeof BENCHMARK_TRIGGER_CHOICES)[number];

/**
 * Whether a measure's place fires the `Benchmark` trigger. Never for a context-only measure (as no
 * context-only measure triggers a review). With only the median published, `Bottom quartile` cannot be
 * told, so it does not fire; `Below median` can.
 */
export function isBenchmarkTrigger(
  position: BenchmarkPosition,
  setting: BenchmarkTriggerSetting
): boolean {
  if (setting === "Off" || position.kind === "context") return false;
  if (position.kind === "half") return setting === "Below median" && !position.betterThanMedian;
  return setting === "Bottom quartile" ? position.quartile === 4 : position.quartile >= 3;
}
