import { findKnownIndicator } from "../domain/kpi/catalogue";
import {
  benchmarkPosition,
  describeBenchmarkPosition,
  isBenchmarkTrigger,
  BenchmarkTriggerSetting,
} from "../domain/kpi/quartile";
import { TableLayout } from "../workbook/grid";
import { benchmarkKey } from "../workbook/readers/benchmarks";
import { BenchmarkRecord } from "../workbook/records";
import { BENCHMARKS } from "../workbook/sheets";
import { BenchmarkFinding, KpiFinding } from "./findings";

type BenchmarkKey = (typeof BENCHMARKS.columns)[number]["key"];

/** The names a measure goes by: its code and name as written, and its catalogue entry's code. */
function namesOf(code: string | undefined, name: string | undefined): Set<string> {
  const names = new Set<string>();
  if (code !== undefined) names.add(`code:${benchmarkKey(code)}`);
  if (name !== undefined) names.add(`name:${benchmarkKey(name)}`);
  const known = findKnownIndicator({ code, name });
  if (known) names.add(`code:${benchmarkKey(known.code)}`);
  return names;
}

/**
 * docs/rules.md, "Benchmarks": KPI status's Quartile for each indicator with a latest figure and a benchmark
 * on the Benchmarks sheet, found by code, by name, or through the catalogue (a benchmark for `TP01` is
 * Overall satisfaction's, whatever the KPI sheet calls it), the right way round for its polarity.
 */
export function withBenchmarks(
  kpis: KpiFinding[],
  benchmarks: { layout: TableLayout<BenchmarkKey>; records: BenchmarkRecord[] } | undefined
): KpiFinding[] {
  if (!benchmarks || benchmarks.records.length === 0) return kpis;
  const { grid, columns } = benchmarks.layout;
  const named = benchmarks.records.map((record) => ({
    record,
    names: namesOf(record.code, record.indicator),
  }));
  return kpis.map((kpi) => {
    const actual = kpi.latest?.actual;
    if (actual === undefined || kpi.polarity === undefined) return kpi;
    // A measure from the complaints log goes by its code only: its name says where it comes from.
    const names = namesOf(kpi.code, kpi.fromLog ? undefined : kpi.indicator);
    const found = named.find(({ names: theirs }) => [...theirs].some((name) => names.has(name)));
    if (!found) return kpi;
    const { record } = found;
    const position = benchmarkPosition(actual, record, kpi.polarity);
    const benchmark: BenchmarkFinding = {
      position,
      quartile: describeBenchmarkPosition(position),
      median: record.median,
      where: grid.address(record.row, columns.median as number),
      ...(record.lowerQuartile !== undefined ? { lowerQuartile: record.lowerQuartile } : {}),
      ...(record.upperQuartile !== undefined ? { upperQuartile: record.upperQuartile } : {}),
      ...(record.source !== undefined ? { source: record.source } : {}),
    };
    return { ...kpi, benchmark };
  });
}

/** docs/rules.md: the optional Benchmark trigger, on the measures the KPI sheets report (not the log's own). */
export function firesBenchmarkTrigger(kpi: KpiFinding, setting: BenchmarkTriggerSetting): boolean {
  return kpi.fromLog === undefined && kpi.benchmark !== undefined
    ? isBenchmarkTrigger(kpi.benchmark.position, setting)
    : false;
}
