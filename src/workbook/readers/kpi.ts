import { Day, formatUkDate } from "../../domain/calendar/days";
import { RuleInputError } from "../../domain/errors";
import { findKnownIndicator } from "../../domain/kpi/catalogue";
import { parsePolarity, parseTolerance } from "../../domain/kpi/polarity";
import { Tolerance } from "../../domain/kpi/status";
import { Polarity } from "../../domain/kpi/types";
import { Cell, readMonth, readNumber, readText } from "../cells";
import { dataRows, Grid, TableLayout } from "../grid";
import { Problem } from "../problems";
import { KpiIndicatorRecord, KpiPeriodRecord, KpiSheetRead } from "../records";
import { KPI } from "../sheets/kpi";

type KpiKey = (typeof KPI.columns)[number]["key"];
type Layout = TableLayout<KpiKey>;

/**
 * WORKBOOK.md, KPI sheets. A sheet with an `Indicator` header is read in the long layout when it has
 * `Period` and `Actual` columns, else in the wide layout (one column per month). Polarity and service
 * area come from the sheet, else from the catalogue of known indicators; an unknown indicator without
 * a polarity is a problem, never a guess.
 */
export function readKpiSheet(layout: Layout, problems: Problem[]): KpiSheetRead {
  const { grid, columns } = layout;
  if (columns.period !== undefined && columns.actual !== undefined) {
    return { sheet: grid.name, layout: "long", indicators: readLong(layout, problems) };
  }
  const months = monthColumns(layout);
  if (months.length === 0) {
    problems.push({
      sheet: grid.name,
      address: grid.address(layout.headerRow, columns.indicator as number),
      message:
        "this sheet has an Indicator column but no Period and Actual columns and no month columns: add one or the other",
    });
    return { sheet: grid.name, layout: "wide", indicators: [] };
  }
  return { sheet: grid.name, layout: "wide", indicators: readWide(layout, months, problems) };
}

/** Wide layout: header cells that are months (a date, or text such as Apr-26), left to right. */
function monthColumns(layout: Layout): { column: number; period: Day }[] {
  return layout.otherColumns.flatMap(({ column }) => {
    const reading = readMonth(layout.grid.cell(layout.headerRow, column));
    return "value" in reading ? [{ column, period: reading.value }] : [];
  });
}

interface RowDetails {
  indicator: string;
  code?: string;
  serviceArea?: string;
  polarityText?: string;
  tolerance?: Tolerance;
  unit?: string;
}

function readDetails(layout: Layout, row: number, problems: Problem[]): RowDetails | undefined {
  const { grid, columns } = layout;
  const indicator = grid.read(row, columns.indicator, readText, problems);
  if (indicator === undefined) return undefined;
  return {
    indicator,
    code: grid.read(row, columns.code, readText, problems),
    serviceArea: grid.read(row, columns.serviceArea, readText, problems),
    polarityText: grid.read(row, columns.polarity, readText, problems),
    tolerance: readToleranceCell(grid, row, columns.tolerance, problems),
    unit: grid.read(row, columns.unit, readText, problems),
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
        ? { kind: "percentOfTarget", value: Math.round(cell.value * 100 * 1e9) / 1e9 }
        : parseTolerance(cell.value);
    }
    if (cell.kind === "text") return parseTolerance(cell.text);
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

/** Polarity and service area from the sheet, else the catalogue; a problem when neither gives a polarity. */
function resolve(
  layout: Layout,
  row: number,
  details: RowDetails,
  problems: Problem[]
): Pick<KpiIndicatorRecord, "polarity" | "serviceArea" | "code"> {
  const known = findKnownIndicator({ code: details.code, name: details.indicator });
  let polarity: Polarity | undefined;
  if (details.polarityText !== undefined) {
    polarity = parsePolarity(details.polarityText);
    if (polarity === undefined) {
      problems.push(
        layout.grid.problem(
          row,
          layout.columns.polarity as number,
          `"${details.polarityText}" is not a polarity: choose Higher is better, Lower is better or Context only`
        )
      );
    }
  }
  polarity ??= known?.polarity;
  if (polarity === undefined && details.polarityText === undefined) {
    problems.push(
      layout.grid.problem(
        row,
        layout.columns.indicator as number,
        `"${details.indicator}" is not an indicator the add-in knows and has no polarity: add a Polarity column saying Higher is better, Lower is better or Context only`
      )
    );
  }
  return {
    polarity,
    serviceArea: details.serviceArea ?? known?.serviceArea,
    code: details.code ?? known?.code,
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
    const details = readDetails(layout, row, problems);
    if (details === undefined) {
      problems.push(
        grid.problem(
          row,
          columns.indicator as number,
          "these figures have no indicator name: fill it in or clear the row"
        )
      );
      continue;
    }
    const target = grid.read(row, columns.target, readNumber, problems);
    const periods: KpiPeriodRecord[] = months.map(({ column, period }) => ({
      period,
      actual: grid.read(row, column, readNumber, problems),
      target,
      source: grid.address(row, column),
    }));
    periods.sort((a, b) => a.period - b.period);
    indicators.push({
      sheet: grid.name,
      row,
      indicator: details.indicator,
      tolerance: details.tolerance,
      unit: details.unit,
      periods,
      ...resolve(layout, row, details, problems),
    });
  }
  return indicators;
}

const indicatorKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

function readLong(layout: Layout, problems: Problem[]): KpiIndicatorRecord[] {
  const { grid, columns } = layout;
  const byIndicator = new Map<
    string,
    {
      first: number;
      details: RowDetails;
      rows: { row: number; period: Day; actual?: number; target?: number; source: string }[];
    }
  >();
  for (const row of dataRows(layout)) {
    const details = readDetails(layout, row, problems);
    if (details === undefined) {
      problems.push(
        grid.problem(
          row,
          columns.indicator as number,
          "this row has no indicator name: fill it in or clear the row"
        )
      );
      continue;
    }
    const period = grid.read(row, columns.period, readMonth, problems);
    if (period === undefined) {
      if (grid.cell(row, columns.period as number).kind === "blank") {
        problems.push(
          grid.problem(
            row,
            columns.period as number,
            `this row of "${details.indicator}" has no period: give the month, such as Apr-26`
          )
        );
      }
      continue;
    }
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

  const indicators: KpiIndicatorRecord[] = [];
  for (const { first, details, rows } of byIndicator.values()) {
    rows.sort((a, b) => a.period - b.period);
    const periods: KpiPeriodRecord[] = [];
    let target: number | undefined;
    for (const entry of rows) {
      // WORKBOOK.md: a blank target in the long layout takes the indicator's target from its latest earlier row.
      target = entry.target ?? target;
      const previous = periods[periods.length - 1];
      if (previous && previous.period === entry.period) {
        problems.push(
          grid.problem(
            entry.row,
            columns.period as number,
            `"${details.indicator}" already has a row for ${formatUkDate(entry.period).slice(3)}: the first is used`
          )
        );
        continue;
      }
      periods.push({ period: entry.period, actual: entry.actual, target, source: entry.source });
    }
    indicators.push({
      sheet: grid.name,
      row: first,
      indicator: details.indicator,
      tolerance: details.tolerance,
      unit: details.unit,
      periods,
      ...resolve(layout, first, details, problems),
    });
  }
  return indicators;
}

/** Details given on any of an indicator's rows count; the first given wins. */
function mergeDetails(into: RowDetails, from: RowDetails): void {
  into.code ??= from.code;
  into.serviceArea ??= from.serviceArea;
  into.polarityText ??= from.polarityText;
  into.tolerance ??= from.tolerance;
  into.unit ??= from.unit;
}
