import { Day, formatMonth } from "../../domain/calendar/days";
import { RuleInputError } from "../../domain/errors";
import { findKnownIndicator } from "../../domain/kpi/catalogue";
import { parsePolarity, parseTolerance } from "../../domain/kpi/polarity";
import { Tolerance } from "../../domain/kpi/status";
import { Polarity } from "../../domain/kpi/types";
import { columnLetters } from "../address";
import {
  Cell,
  readMonth,
  readNumber,
  readText,
  toleranceFromText,
  toPercentPoints,
} from "../cells";
import { dataRows, Grid, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { KpiIndicatorRecord, KpiPeriodRecord, KpiSheetRead } from "../records";
import { KPI } from "../sheets/kpi";
import { monthColumnsNotRead } from "./kpiMixedLayout";
import { withoutRepeatedIndicators } from "./kpiRepeats";

type KpiKey = (typeof KPI.columns)[number]["key"];
type Layout = TableLayout<KpiKey>;

/**
 * docs/workbook.md, KPI sheets. A sheet with an `Indicator` header is read in the long layout when it has
 * `Period` and `Actual` columns, else in the wide layout (one column per month). Polarity and service
 * area come from the sheet, else from the catalogue of known indicators; an unknown indicator without
 * a polarity is a problem, never a guess.
 */
export function readKpiSheet(layout: Layout, problems: Problem[]): KpiSheetRead {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  if (columns.period !== undefined && columns.actual !== undefined) {
    monthColumnsNotRead(layout, problems);
    const [indicators] = withoutRepeatedIndicators(
      [{ layout, indicators: readLong(layout, problems) }],
      problems
    );
    return { sheet: grid.name, layout: "long", indicators: indicators ?? [] };
  }
  const months = monthColumns(layout, problems);
  if (months.length === 0) {
    problems.push(
      grid.problem(
        layout.headerRow,
        columns.indicator as number,
        "this sheet has an Indicator column but no Period and Actual columns and no month columns: add one or the other"
      )
    );
    return { sheet: grid.name, layout: "wide", indicators: [] };
  }
  const [indicators] = withoutRepeatedIndicators(
    [{ layout, indicators: readWide(layout, months, problems) }],
    problems
  );
  return { sheet: grid.name, layout: "wide", indicators: indicators ?? [] };
}

/** Wide layout: header cells that are months (a date, or text such as Apr-26), left to right; a repeated month is reported. */
function monthColumns(layout: Layout, problems: Problem[]): { column: number; period: Day }[] {
  const { grid, headerRow } = layout;
  const seen = new Map<Day, number>();
  return layout.otherColumns.flatMap(({ column }) => {
    const cell = grid.cell(headerRow, column);
    const reading = readMonth(cell);
    if ("problem" in reading && (cell.kind !== "text" || /\d/.test(cell.text))) {
      // A header with figures in it (or a number) was meant as a month: say so rather than drop its column.
      problems.push(grid.problem(headerRow, column, reading.problem));
    }
    if (!("value" in reading)) return [];
    const earlier = seen.get(reading.value);
    if (earlier !== undefined) {
      const where = columnLetters(grid.sheetColumn(earlier));
      problems.push(
        grid.problem(
          headerRow,
          column,
          `${formatMonth(reading.value)} already heads column ${where}: the first column is used`
        )
      );
      return [];
    }
    seen.set(reading.value, column);
    return [{ column, period: reading.value }];
  });
}

interface RowDetails {
  indicator: string;
  code?: string;
  serviceArea?: string;
  polarityText?: string;
  /** The row the polarity text came from, for a problem's address. */
  polarityRow?: number;
  tolerance?: Tolerance;
  unit?: string;
  timescale?: string;
  responses?: number;
  population?: number;
}

function readDetails(
  layout: Layout,
  row: number,
  problems: Problem[],
  whenNoName: string
): RowDetails | undefined {
  const { grid, columns } = layout;
  const indicator = grid.required(row, columns.indicator as number, readText, problems, whenNoName);
  if (indicator === undefined) return undefined;
  const polarityText = grid.read(row, columns.polarity, readText, problems);
  return {
    indicator,
    code: grid.read(row, columns.code, readText, problems),
    serviceArea: grid.read(row, columns.serviceArea, readText, problems),
    polarityText,
    polarityRow: polarityText === undefined ? undefined : row,
    tolerance: readToleranceCell(grid, row, columns.tolerance, problems),
    unit: grid.read(row, columns.unit, readText, problems),
    timescale: grid.read(row, columns.timescale, readText, problems),
    responses: grid.read(row, columns.responses, readNumber, problems),
    population: grid.read(row, columns.population, readNumber, problems),
  };
}

/** The TSM publication check's details, only those given (so records of other sheets are unchanged). */
function publicationDetails(
  details: RowDetails
): Pick<KpiIndicatorRecord, "timescale" | "responses" | "population"> {
  const { timescale, responses, population } = details;
  return {
    ...(timescale !== undefined ? { timescale } : {}),
    ...(responses !== undefined ? { responses } : {}),
    ...(population !== undefined ? { population } : {}),
  };
}

function readToleranceCell(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[]
): Tolerance | undefined {
  if (column === undefined) return undefined;
  const cell: Cell = grid.cell(row, column);
  try {
    if (cell.kind === "blank") return undefined;
    if (cell.kind === "number") {
      return cell.format === "percent"
        ? { kind: "percentOfTarget", value: toPercentPoints(cell.value) }
        : parseTolerance(cell.value);
    }
    if (cell.kind === "text") {
      const tolerance = toleranceFromText(cell.text);
      if ("value" in tolerance) return tolerance.value;
      problems.push(grid.problem(row, column, tolerance.problem));
      return undefined;
    }
    problems.push(
      grid.problem(
        row,
        column,
        "this is not a tolerance: give a number in the target's unit, or a percentage such as 5%"
      )
    );
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    problems.push(grid.problem(row, column, error.message));
  }
  return undefined;
}

const POLARITY_CHOICES = "Higher is better, Lower is better or Context only";

/** Polarity and service area from the sheet, else the catalogue; a problem when neither gives a polarity. */
function resolve(
  layout: Layout,
  row: number,
  details: RowDetails,
  problems: Problem[]
): Pick<KpiIndicatorRecord, "polarity" | "serviceArea" | "code" | "unit"> {
  const { grid, columns } = layout;
  const known = findKnownIndicator({ code: details.code, name: details.indicator });
  let polarity: Polarity | undefined;
  if (details.polarityText !== undefined) {
    polarity = parsePolarity(details.polarityText);
    if (polarity === undefined) {
      const at = details.polarityRow ?? row;
      problems.push(
        grid.problem(
          at,
          columns.polarity as number,
          `"${details.polarityText}" is not a polarity: choose ${POLARITY_CHOICES}`
        )
      );
    }
  }
  polarity ??= known?.polarity;
  if (polarity === undefined && details.polarityText === undefined) {
    const message = `"${details.indicator}" is not an indicator the add-in knows`;
    problems.push(
      columns.polarity !== undefined
        ? grid.problem(
            row,
            columns.polarity,
            `${message}: fill in its Polarity (${POLARITY_CHOICES})`
          )
        : grid.problem(
            row,
            columns.indicator as number,
            `${message} and has no polarity: add a Polarity column saying ${POLARITY_CHOICES}`
          )
    );
  }
  return {
    polarity,
    serviceArea: details.serviceArea ?? known?.serviceArea,
    code: details.code ?? known?.code,
    unit: details.unit ?? known?.unit,
  };
}

function readWide(
  layout: Layout,
  months: { column: number; period: Day }[],
  problems: Problem[]
): KpiIndicatorRecord[] {
  const { grid, columns } = layout;
  const indicators: KpiIndicatorRecord[] = [];
  for (const row of dataRows(layout)) {
    const details = readDetails(
      layout,
      row,
      problems,
      "these figures have no indicator name: fill it in or clear the row"
    );
    if (details === undefined) continue;
    const target = grid.read(row, columns.target, readNumber, problems);
    const periods: KpiPeriodRecord[] = months
      .map(({ column, period }) => ({
        period,
        actual: grid.read(row, column, readNumber, problems),
        target,
        source: grid.address(row, column),
      }))
      .sort((a, b) => a.period - b.period);
    indicators.push({
      sheet: grid.name,
      row,
      indicator: details.indicator,
      tolerance: details.tolerance,
      periods,
      ...resolve(layout, row, details, problems),
      ...publicationDetails(details),
    });
  }
  return indicators;
}

const indicatorKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

interface LongRow {
  row: number;
  period: Day;
  actual?: number;
  target?: number;
  source: string;
}

function readLong(layout: Layout, problems: Problem[]): KpiIndicatorRecord[] {
  const { grid, columns } = layout;
  const byIndicator = new Map<string, { first: number; details: RowDetails; rows: LongRow[] }>();
  for (const row of dataRows(layout)) {
    const details = readDetails(
      layout,
      row,
      problems,
      "this row has no indicator name: fill it in or clear the row"
    );
    if (details === undefined) continue;
    const period = grid.required(
      row,
      columns.period as number,
      readMonth,
      problems,
      `this row of "${details.indicator}" has no period: give the month, such as Apr-26`
    );
    if (period === undefined) continue;
    const key = indicatorKey(details.indicator);
    const entry = byIndicator.get(key) ?? { first: row, details, rows: [] };
    mergeDetails(entry.details, details);
    entry.rows.push({
      row,
      period,
      actual: grid.read(row, columns.actual, readNumber, problems),
      target: grid.read(row, columns.target, readNumber, problems),
      source: grid.address(row, columns.actual as number),
    });
    byIndicator.set(key, entry);
  }

  return [...byIndicator.values()].map(({ first, details, rows }) => ({
    sheet: grid.name,
    row: first,
    indicator: details.indicator,
    tolerance: details.tolerance,
    periods: periodsOf(layout, details.indicator, rows, problems),
    ...resolve(layout, first, details, problems),
    ...publicationDetails(details),
  }));
}

/**
 * One period a month, in date order. A repeated month is reported and its row ignored (the first row
 * on the sheet is used). docs/workbook.md: a blank target takes the indicator's target from its latest
 * earlier row — decision: the latest earlier period, so rows may come in any order.
 */
function periodsOf(
  layout: Layout,
  indicator: string,
  rows: LongRow[],
  problems: Problem[]
): KpiPeriodRecord[] {
  const firstRowOf = new Map<Day, number>();
  const kept = rows.filter((entry) => {
    const earlier = firstRowOf.get(entry.period);
    if (earlier === undefined) {
      firstRowOf.set(entry.period, entry.row);
      return true;
    }
    const message = `"${indicator}" already has a row for ${formatMonth(entry.period)} (row ${layout.grid.sheetRow(earlier) + 1}): the first is used`;
    problems.push(layout.grid.problem(entry.row, layout.columns.period as number, message));
    return false;
  });
  let target: number | undefined;
  return kept
    .sort((a, b) => a.period - b.period)
    .map((entry) => {
      target = entry.target ?? target;
      return { period: entry.period, actual: entry.actual, target, source: entry.source };
    });
}

/** Details given on any of an indicator's rows count; the first given wins. */
function mergeDetails(into: RowDetails, from: RowDetails): void {
  into.code ??= from.code;
  into.serviceArea ??= from.serviceArea;
  if (into.polarityText === undefined && from.polarityText !== undefined) {
    into.polarityText = from.polarityText;
    into.polarityRow = from.polarityRow;
  }
  into.tolerance ??= from.tolerance;
  into.unit ??= from.unit;
  into.timescale ??= from.timescale;
  into.responses ??= from.responses;
  into.population ??= from.population;
}
