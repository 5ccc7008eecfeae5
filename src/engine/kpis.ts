import { formatMonth } from "../domain/calendar/days";
import { polarityLabel } from "../domain/kpi/polarity";
import { rateIndicator, responsiveTrigger, RatedPeriod } from "../domain/kpi/triggers";
import { trendBetween } from "../domain/kpi/status";
import { PanelSettings } from "../domain/settings";
import { KpiSheetRead } from "../workbook/records";
import { BLANK_VALUE, date, number, text, WriteValue, MONTH_FORMAT } from "../workbook/plan";
import { KPI_STATUS } from "../workbook/sheets";
import { KPI_STATUS_BEFORE_QUARTILE } from "../workbook/sheets/kept";
import { headerKey } from "../workbook/definition";
import { Grid } from "../workbook/grid";
import { Problem } from "../workbook/problems";
import { KpiFinding } from "./findings";

/** Figures as people write them: no binary noise, at most 2 decimals. */
export function figure(value: number | undefined, unit?: string): string {
  if (value === undefined) return "no figure";
  const rounded = groupedFigure(value);
  if (unit === "%") return `${rounded}%`;
  if (unit === "£") return `£${rounded}`;
  return unit === "days" ? `${rounded} days` : rounded;
}

/**
 * 1234.5 → "1,234.5", at most 2 decimals, as toLocaleString("en-GB") writes it but without its cost
 * (a fifth of a 100,000-row scan went on it: npm run bench, profiled).
 */
function groupedFigure(value: number): string {
  const [whole = "0", decimals = ""] = Math.abs(Math.round(value * 100) / 100)
    .toFixed(2)
    .split(".");
  const trimmed = decimals.replace(/0+$/, "");
  const sign = value < 0 && (whole !== "0" || trimmed !== "") ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${trimmed ? `.${trimmed}` : ""}`;
}

/**
 * Rates every indicator of every KPI sheet (docs/rules.md, KPIs): each period's status, the latest period with
 * an actual, the run of periods worse than target, the trend, and whether it is a responsive trigger
 * (§11.2). Indicators without a polarity were reported by the reader and are listed unrated.
 */
export function scanKpis(sheets: KpiSheetRead[], settings: PanelSettings): KpiFinding[] {
  return sheets.flatMap((sheet) =>
    sheet.indicators.map((indicator): KpiFinding => {
      const base = {
        sheet: indicator.sheet,
        indicator: indicator.indicator,
        code: indicator.code,
        serviceArea: indicator.serviceArea,
        polarity: indicator.polarity,
        unit: indicator.unit,
      };
      if (indicator.polarity === undefined) {
        return { ...base, periods: [], periodsWorse: 0 };
      }
      const rating = rateIndicator(
        indicator.periods,
        indicator.polarity,
        indicator.tolerance ?? settings.kpiTolerance
      );
      const withData = rating.periods.filter((p) => p.status !== "No data");
      const previous = withData[withData.length - 2];
      const latest = rating.latest;
      const sources = new Map(indicator.periods.map((p) => [p.period, p.source]));
      const trigger = responsiveTrigger(rating, settings.consecutivePeriodsWorse);
      return {
        ...base,
        periods: rating.periods,
        latest,
        status: latest?.status ?? (indicator.polarity === "context" ? "Context only" : "No data"),
        periodsWorse: rating.currentRun.length,
        trend:
          latest && previous && latest.actual !== undefined && previous.actual !== undefined
            ? trendBetween(previous.actual, latest.actual, indicator.polarity)
            : undefined,
        source: latest ? sources.get(latest.period) : undefined,
        trigger,
        triggerSources: trigger?.evidence.map((p) => sources.get(p.period) ?? indicator.sheet),
      };
    })
  );
}

/** Evidence for a responsive trigger: each period of the run with its actual, target and status. */
export function kpiEvidence(finding: KpiFinding): string {
  const unit = finding.unit;
  const trigger = finding.trigger;
  if (!trigger) return "";
  const why = trigger.reasons.includes("consecutive periods worse than target")
    ? `Worse than target for ${trigger.evidence.length} periods in a row`
    : "Latest period missed target";
  // A measure from the complaints log is given by TSM year, then its recent months.
  const labels = new Map(finding.fromLog?.periodLabels.map((p) => [p.period, p.label]));
  const periods = trigger.evidence.map(
    (p: RatedPeriod) =>
      `${labels.get(p.period) ?? formatMonth(p.period)} ${figure(p.actual, unit)} against ${figure(p.target, unit)} (${p.status})`
  );
  const recent = finding.fromLog?.recent;
  const lately = recent
    ? `. In the last ${finding.fromLog?.recentMonths} months: ${recent.counts}${recent.figure !== undefined ? ` (${figure(recent.figure, unit)})` : ""}`
    : "";
  return `${why} (${polarityLabel(finding.polarity ?? "higher").toLowerCase()}): ${periods.join("; ")}${lately}`;
}

/**
 * A figure's unit shown in its cell, the value unchanged (percentages stay in percentage points, as the
 * readers take a plain number: docs/workbook.md, Numbers): 96.4 shows as `96.4%`, 41 as `41 days`.
 */
export function unitFormat(unit: string | undefined): string | undefined {
  if (unit === "%") return 'General"%"';
  if (unit === "days") return 'General" days"';
  if (unit === "£") return '"£"#,##0.00';
  return undefined;
}

/** The KPI status sheet's headers, from its definition. */
export const KPI_STATUS_HEADERS = KPI_STATUS.columns.map((column) => column.header);

type KpiStatusKey = (typeof KPI_STATUS.columns)[number]["key"];

/**
 * The columns KPI status is written with on a sheet, left to right: the definition's, or on a sheet an
 * earlier version wrote without `Quartile` whose column after the table holds the officers'
 * own cells, the columns it has: the add-in never writes over the officers' column to fit its new one,
 * and says so (`quartileProblem`). An empty column there is taken, and the table grows by one.
 */
export function kpiStatusColumns(existing: Grid | undefined): {
  keys: KpiStatusKey[];
  blockedBy?: { row: number; column: number };
} {
  const all = KPI_STATUS.columns.map((column) => column.key);
  if (!existing || existing.sheetRow(0) !== 0 || existing.sheetColumn(0) !== 0)
    return { keys: all };
  const before = KPI_STATUS_BEFORE_QUARTILE.columns;
  const legacy = before.every((column, index) => {
    const header = existing.cell(0, index);
    return header.kind === "text" && headerKey(header.text) === headerKey(column.header);
  });
  if (!legacy) return { keys: all };
  const next = before.length;
  for (let row = 0; row < existing.rowCount; row++)
    if (existing.cell(row, next).kind !== "blank")
      return { keys: before.map((column) => column.key), blockedBy: { row, column: next } };
  return { keys: all };
}

/** The problem of a KPI status sheet whose officers' column stands where Quartile would go. */
export function quartileProblem(grid: Grid, at: { row: number; column: number }): Problem {
  return grid.problem(
    0,
    at.column,
    `KPI status now has a Quartile column before Source, and this column is yours: move it one column to the right and scan again to see the quartiles`
  );
}

/** One KPI status row per indicator, in the order of docs/workbook.md's KPI status columns (or those given). */
export function kpiStatusRow(
  finding: KpiFinding,
  keys: readonly KpiStatusKey[] = KPI_STATUS.columns.map((column) => column.key)
): WriteValue[] {
  const latest = finding.latest;
  const optionalText = (value: string | undefined, untrusted = true) =>
    value === undefined ? BLANK_VALUE : text(value, untrusted);
  const values: Record<KpiStatusKey, WriteValue> = {
    indicator: text(finding.indicator, true),
    code: optionalText(finding.code),
    serviceArea: optionalText(finding.serviceArea),
    polarity: finding.polarity ? text(polarityLabel(finding.polarity)) : BLANK_VALUE,
    latestPeriod: latest ? date(latest.period, MONTH_FORMAT) : BLANK_VALUE,
    actual:
      latest?.actual !== undefined ? number(latest.actual, unitFormat(finding.unit)) : BLANK_VALUE,
    target:
      latest?.target !== undefined ? number(latest.target, unitFormat(finding.unit)) : BLANK_VALUE,
    status: optionalText(finding.status, false),
    periodsWorse: number(finding.periodsWorse),
    trend: optionalText(finding.trend, false),
    quartile: optionalText(finding.benchmark?.quartile, false),
    source: text(latest && finding.source ? finding.source : finding.sheet, true),
  };
  return keys.map((key) => values[key]);
}
