import { RuleInputError } from "../../domain/errors";
import { benchmarkPosition } from "../../domain/kpi/quartile";
import { readNumber, readText } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { BenchmarkRecord, TsmSurveyRecord } from "../records";
import { BENCHMARKS, TSM_SURVEY } from "../sheets/benchmarks";

type BenchmarkKey = (typeof BENCHMARKS.columns)[number]["key"];
type SurveyKey = (typeof TSM_SURVEY.columns)[number]["key"];

/** A code or name compared as people write it: case and spaces aside (`ch02 (1)` is `CH02(1)`). */
export const benchmarkKey = (text: string): string => text.replace(/\s+/g, "").toLowerCase();

/**
 * docs/workbook.md, Benchmarks: a row names its measure by `Code` or `Indicator` and needs the median; the
 * quartiles are optional but must be in number order (the lower quartile the 25th percentile, whichever
 * way is better), as domain/kpi/quartile.ts reads them. A measure given twice is reported; the first
 * row is used.
 */
export function readBenchmarks(
  layout: TableLayout<BenchmarkKey>,
  problems: Problem[]
): BenchmarkRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: BenchmarkRecord[] = [];
  const seen = new Map<string, number>();
  for (const row of dataRows(layout)) {
    const code = grid.read(row, columns.code, readText, problems);
    const indicator = grid.read(row, columns.indicator, readText, problems);
    const named = columns.code ?? columns.indicator;
    if (code === undefined && indicator === undefined) {
      problems.push(
        grid.problem(
          row,
          named ?? (columns.median as number),
          "this benchmark names no measure: give its Code (such as TP01) or its Indicator"
        )
      );
      continue;
    }
    const median = grid.required(
      row,
      columns.median as number,
      readNumber,
      problems,
      "this benchmark has no median: give the published median, or clear the row"
    );
    const lowerQuartile = grid.read(row, columns.lowerQuartile, readNumber, problems);
    const upperQuartile = grid.read(row, columns.upperQuartile, readNumber, problems);
    const source = grid.read(row, columns.source, readText, problems);
    if (median === undefined) continue;
    const record: BenchmarkRecord = { row, median };
    if (code !== undefined) record.code = code;
    if (indicator !== undefined) record.indicator = indicator;
    if (lowerQuartile !== undefined) record.lowerQuartile = lowerQuartile;
    if (upperQuartile !== undefined) record.upperQuartile = upperQuartile;
    if (source !== undefined) record.source = source;
    try {
      benchmarkPosition(median, record, "higher");
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      const lowerWrong = lowerQuartile !== undefined && lowerQuartile > median;
      const at = lowerWrong ? columns.lowerQuartile : columns.upperQuartile;
      problems.push(grid.problem(row, at as number, error.message));
      continue;
    }
    const key = benchmarkKey(code ?? (indicator as string));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        grid.problem(
          row,
          named as number,
          `${code ?? indicator} already has a benchmark (row ${grid.sheetRow(earlier) + 1}): the first is used`
        )
      );
      continue;
    }
    seen.set(key, row);
    records.push(record);
  }
  return records;
}

/**
 * docs/workbook.md, "TSM survey details": one survey, the first row with figures. A later row is reported
 * rather than passed over (keep earlier surveys on a sheet of their own).
 */
export function readTsmSurvey(
  layout: TableLayout<SurveyKey>,
  problems: Problem[]
): TsmSurveyRecord | undefined {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  let survey: TsmSurveyRecord | undefined;
  for (const row of dataRows(layout)) {
    if (survey) {
      problems.push(
        grid.problem(
          row,
          columns.responses as number,
          `only one survey is read, the one in row ${grid.sheetRow(survey.row) + 1}: move earlier surveys to a sheet of their own`
        )
      );
      continue;
    }
    survey = { row };
    const name = grid.read(row, columns.survey, readText, problems);
    if (name !== undefined) survey.survey = name;
    const responses = grid.read(row, columns.responses, readNumber, problems);
    if (responses !== undefined) survey.responses = responses;
    const population = grid.read(row, columns.population, readNumber, problems);
    if (population !== undefined) survey.population = population;
    const source = grid.read(row, columns.source, readText, problems);
    if (source !== undefined) survey.source = source;
  }
  return survey;
}
