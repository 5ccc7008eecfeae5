/**
 * Where an indicator stands among other landlords (the Benchmarks sheet's quartiles), in
 * words. The scan has already placed it, the right way round for its polarity (KPI status's Quartile);
 * these say what that place means, and which end of the published figures is the better one, so that a
 * reader of "lower quartile 28 days, upper quartile 52 days" knows 28 is the good end for a re-let time.
 */
import { formatMonth } from "../domain/calendar/days";
import { BenchmarkFinding, KpiFinding } from "../engine/findings";
import { formatFigure } from "./figures";

export interface QuartileWords {
  /** The Quartile as KPI status has it: `Bottom quartile`, `Median or better`, `Below median`. */
  label: string;
  /** What it means: `Among the worst quarter of landlords`. */
  meaning: string;
  /** Which way is better, and where the best quarter begins: `Higher is better: the best quarter of landlords are at or above 40.1%.` */
  direction?: string;
}

const MEANINGS = {
  1: "Among the best quarter of landlords",
  2: "Better than the median, but not among the best quarter",
  3: "Worse than the median, but not among the worst quarter",
  4: "Among the worst quarter of landlords",
} as const;

export function quartileWords(
  kpi: Pick<KpiFinding, "polarity" | "unit"> & { benchmark: BenchmarkFinding }
): QuartileWords {
  const { benchmark, polarity, unit } = kpi;
  const { position } = benchmark;
  const meaning =
    position.kind === "quartile"
      ? MEANINGS[position.quartile]
      : position.kind === "half"
        ? position.betterThanMedian
          ? "As good as the median or better"
          : "Worse than the median"
        : "Shown for context: neither higher nor lower is better";
  const words: QuartileWords = { label: benchmark.quartile, meaning };
  if (polarity === "higher" || polarity === "lower") {
    const best = polarity === "higher" ? benchmark.upperQuartile : benchmark.lowerQuartile;
    const better = polarity === "higher" ? "Higher is better" : "Lower is better";
    words.direction =
      best === undefined
        ? `${better}.`
        : `${better}: the best quarter of landlords are at or ${polarity === "higher" ? "above" : "below"} ${formatFigure(best, unit)}.`;
  }
  return words;
}

/**
 * The period of an indicator's latest figure: a measure from the complaints log by its TSM year
 * (`TSM year 2026/27 so far`), any other by its month (`Apr 2026`), as KPI status shows it.
 */
export function latestPeriodWords(kpi: KpiFinding): string | undefined {
  const latest = kpi.latest;
  if (!latest) return undefined;
  return (
    kpi.fromLog?.periodLabels.find((p) => p.period === latest.period)?.label ??
    formatMonth(latest.period)
  );
}

/**
 * Where the benchmark figures came from, as the Benchmarks sheet's Source column has it: the sources,
 * each once in the order the indicators come, and the indicators whose row gives none.
 */
export function benchmarkSources(kpis: readonly KpiFinding[]): {
  sources: string[];
  withoutSource: string[];
} {
  const placed = kpis.filter((k) => k.benchmark !== undefined);
  const sources = [
    ...new Set(
      placed.map((k) => k.benchmark?.source?.trim() ?? "").filter((source) => source !== "")
    ),
  ];
  const withoutSource = placed
    .filter((k) => (k.benchmark?.source?.trim() ?? "") === "")
    .map((k) => k.indicator);
  return { sources, withoutSource };
}
