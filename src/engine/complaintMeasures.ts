import { addMonths, Day } from "../domain/calendar/days";
import { firstOfMonth } from "../domain/calendar/ukDates";
import { panelYearLabel } from "../domain/calendar/panelYear";
import { complaintMeasures, ComplaintMeasures } from "../domain/complaints/measures";
import { findKnownIndicator } from "../domain/kpi/catalogue";
import { Polarity } from "../domain/kpi/types";
import { PanelSettings } from "../domain/settings";
import { ReportingPeriod, tsmPeriodsAt, tsmYear, tsmYearOf } from "../domain/tsm/reportingPeriods";
import { parseReference } from "../workbook/address";
import { Problem } from "../workbook/problems";
import { ComplaintRecord, KpiIndicatorRecord, KpiSheetRead } from "../workbook/records";
import { KpiFinding, LoggedFigure, MeasureMismatchFinding } from "./findings";
import { figure, scanKpis } from "./kpis";

/** KPI status's Source for a measure worked out from the log (docs/workbook.md, KPI status). */
export const FROM_THE_LOG = "Complaints log";

/** One part of CH01 or CH02 as the log gives it. */
interface Part {
  code: "CH02(1)" | "CH02(2)" | "CH01(1)" | "CH01(2)";
  /** KPI status's Indicator for the log's figure. */
  indicator: string;
  polarity: Polarity;
  unit: string;
  /** The figure as the log gives it, unrounded (compared with a reported figure). */
  figureOf(measures: ComplaintMeasures): number | undefined;
  countsOf(measures: ComplaintMeasures): string;
}

const answered = (stage: 1 | 2) => (m: ComplaintMeasures) => {
  const { answered, withinCode } = stage === 1 ? m.ch02.stage1 : m.ch02.stage2;
  return answered === 0
    ? `no stage ${stage} complaint answered`
    : `${withinCode} of ${answered} stage ${stage} complaint${answered === 1 ? "" : "s"} answered within the Code`;
};
const received = (stage: 1 | 2) => (m: ComplaintMeasures) => {
  const count = (stage === 1 ? m.ch01.stage1 : m.ch01.stage2).received;
  return `${count} stage ${stage} complaint${count === 1 ? "" : "s"} received`;
};

const PARTS: readonly Part[] = [
  {
    code: "CH02(1)",
    indicator: "Stage 1 complaints answered within the Code (complaints log)",
    polarity: "higher",
    unit: "%",
    figureOf: (m) => m.ch02.stage1.percent,
    countsOf: answered(1),
  },
  {
    code: "CH02(2)",
    indicator: "Stage 2 complaints answered within the Code (complaints log)",
    polarity: "higher",
    unit: "%",
    figureOf: (m) => m.ch02.stage2.percent,
    countsOf: answered(2),
  },
  {
    code: "CH01(1)",
    indicator: "Stage 1 complaints per 1,000 homes (complaints log)",
    polarity: "context",
    unit: "per 1,000 homes",
    figureOf: (m) => m.ch01.stage1.perThousandHomes,
    countsOf: received(1),
  },
  {
    code: "CH01(2)",
    indicator: "Stage 2 complaints per 1,000 homes (complaints log)",
    polarity: "context",
    unit: "per 1,000 homes",
    figureOf: (m) => m.ch01.stage2.perThousandHomes,
    countsOf: received(2),
  },
];

/** A TSM year as far as the scan: the whole year once it has ended, else to the as-of date. */
function yearTo(startYear: number, asOf: Day, settings: PanelSettings): ReportingPeriod {
  const year = tsmYear(startYear, settings.tsmPeriods);
  return year.last <= asOf ? year : { ...year, last: asOf, label: `${year.label} to date` };
}

export interface ComplaintMeasuresScan {
  /** KPI status's rows for the log's CH02 (and CH01, with homes owned set), after the KPI sheets'. */
  kpis: KpiFinding[];
  measures: { yearToDate: ComplaintMeasures; recent: ComplaintMeasures };
  mismatches: MeasureMismatchFinding[];
  /** Each mismatch, at the reported figure's cell. */
  problems: Problem[];
}

/**
 * docs/rules.md, "Complaints": CH02 (1) and (2), and CH01 (1) and (2) when homes owned is set, from the
 * Complaints log. KPI status gets a row a part, rated by the KPI rule like a reported measure (CH02 has
 * the target *setting*, so the responsive trigger applies; CH01 is context only): its periods are the
 * TSM years the log reaches, the current one to the scan, dated at the year's first month as annual TSM
 * returns are. The finding carries the figures for the TSM year to date and the recent months too.
 *
 * A reported figure of a part is checked against the log's for a TSM year (decision): when it is dated
 * at the year's first month on a sheet that gives the measure once a year (its periods 12 months apart,
 * or one period), the year has ended by the scan, and the log reaches back to the year's first month.
 * One that differs by more than rounding to one decimal place (0.05) is a problem at its cell.
 */
export function scanComplaintMeasures(
  complaints: readonly ComplaintRecord[],
  kpiSheets: readonly KpiSheetRead[],
  asOf: Day,
  settings: PanelSettings
): ComplaintMeasuresScan | undefined {
  if (complaints.length === 0) return undefined;
  const measuresOf = (period: ReportingPeriod) =>
    complaintMeasures(complaints, period, settings.homesOwned, settings.complaintHandlingCode);
  const { yearToDate, recent } = tsmPeriodsAt(asOf, settings.tsmPeriods);
  const measures = { yearToDate: measuresOf(yearToDate), recent: measuresOf(recent) };

  const earliest = Math.min(...complaints.map((complaint) => complaint.received));
  const firstYear = tsmYearOf(Math.min(earliest, asOf), settings.tsmPeriods);
  const years: { period: ReportingPeriod; measures: ComplaintMeasures }[] = [];
  for (let year = firstYear; year <= tsmYearOf(asOf, settings.tsmPeriods); year++) {
    const period = yearTo(year, asOf, settings);
    years.push({ period, measures: measuresOf(period) });
  }

  const parts = PARTS.filter(
    (part) => part.polarity !== "context" || settings.homesOwned !== undefined
  );
  const indicators: KpiIndicatorRecord[] = parts.map((part) => ({
    sheet: FROM_THE_LOG,
    row: 0,
    indicator: part.indicator,
    code: part.code,
    serviceArea: findKnownIndicator({ code: part.code })?.serviceArea ?? "Complaints",
    polarity: part.polarity,
    unit: part.unit,
    periods: years.map(({ period, measures }) => ({
      period: firstOfMonth(period.first),
      actual: oneDecimal(part.figureOf(measures)),
      target: part.polarity === "context" ? undefined : settings.ch02TargetPercent,
      source: FROM_THE_LOG,
    })),
  }));
  const kpis = scanKpis([{ sheet: FROM_THE_LOG, layout: "long", indicators }], settings).map(
    (finding, i) => {
      const part = parts[i] as Part;
      const logged = (period: ReportingPeriod, m: ComplaintMeasures): LoggedFigure => {
        const value = oneDecimal(part.figureOf(m));
        return {
          period: period.label,
          counts: part.countsOf(m),
          ...(value !== undefined ? { figure: value } : {}),
        };
      };
      return {
        ...finding,
        fromLog: {
          code: part.code,
          yearToDate: logged(yearToDate, measures.yearToDate),
          recent: logged(recent, measures.recent),
          recentMonths: settings.tsmPeriods.recentMonths,
          periodLabels: years.map(({ period }) => ({
            period: firstOfMonth(period.first),
            label: `TSM year ${panelYearLabel(tsmYearOf(period.first, settings.tsmPeriods))}${period.last < tsmYear(tsmYearOf(period.first, settings.tsmPeriods), settings.tsmPeriods).last ? " so far" : ""}`,
          })),
        },
      };
    }
  );

  const mismatches = reportedAgainstLog(kpiSheets, years, earliest, asOf, settings);
  return { kpis, measures, ...mismatches };
}

/** 66.666… → 66.7: the log's figures as the Regulator publishes them. */
const oneDecimal = (value: number | undefined): number | undefined =>
  value === undefined ? undefined : Math.round(value * 10) / 10;

/** `ch02 (1)` → `CH02(1)`. */
const codeKey = (code: string): string => code.toUpperCase().replace(/\s+/g, "");

function reportedAgainstLog(
  kpiSheets: readonly KpiSheetRead[],
  years: readonly { period: ReportingPeriod; measures: ComplaintMeasures }[],
  earliest: Day,
  asOf: Day,
  settings: PanelSettings
): { mismatches: MeasureMismatchFinding[]; problems: Problem[] } {
  const mismatches: MeasureMismatchFinding[] = [];
  const problems: Problem[] = [];
  for (const indicator of kpiSheets.flatMap((sheet) => sheet.indicators)) {
    const part = PARTS.find(
      (p) => indicator.code !== undefined && codeKey(indicator.code) === p.code
    );
    if (!part) continue;
    const dated = indicator.periods.map((p) => p.period);
    const yearly = dated.every((day, i) => i === 0 || addMonths(dated[i - 1] as Day, 12) <= day);
    if (!yearly) continue;
    for (const reported of indicator.periods) {
      if (reported.actual === undefined) continue;
      const year = years.find(
        ({ period }) =>
          firstOfMonth(period.first) === reported.period &&
          tsmYear(tsmYearOf(period.first, settings.tsmPeriods), settings.tsmPeriods).last <= asOf &&
          earliest < addMonths(firstOfMonth(period.first), 1)
      );
      if (!year) continue;
      const fromLog = part.figureOf(year.measures);
      if (fromLog === undefined || Math.abs(fromLog - reported.actual) <= 0.05 + 1e-9) continue;
      const label = `TSM year ${panelYearLabel(tsmYearOf(year.period.first, settings.tsmPeriods))}`;
      const message = `${part.code} is ${figure(reported.actual, part.unit)} for ${label} here, but the complaints log gives ${figure(fromLog, part.unit)} (${part.countsOf(year.measures)}): check the figure and the log`;
      const cell = parseReference(reported.source);
      problems.push({
        sheet: indicator.sheet,
        address: reported.source,
        message,
        ...(cell ? { cell: { row: cell.row, column: cell.column } } : {}),
      });
      mismatches.push({
        code: part.code,
        period: label,
        reported: reported.actual,
        fromLog,
        unit: part.unit,
        where: reported.source,
      });
    }
  }
  return { mismatches, problems };
}
