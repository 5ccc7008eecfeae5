import { addMonths, Day, formatUkDate } from "../calendar/days";
import {
  PanelYearStart,
  panelYearBounds,
  panelYearLabel,
  panelYearOf,
} from "../calendar/panelYear";

/**
 * The periods the computed Tenant Satisfaction Measures are given for (docs/rules.md, "Complaints": "the TSM
 * reporting year (1 April – 31 March) and the last 3 months"). Both are *settings*.
 */
export interface TsmPeriodSettings {
  /** The TSM reporting year's first day: 1 April (the Regulator's reporting year). */
  yearStart: PanelYearStart;
  /** The recent window, in months back from the as-of date. */
  recentMonths: number;
}

export const TSM_PERIODS: TsmPeriodSettings = { yearStart: { month: 4, day: 1 }, recentMonths: 3 };

/** A period, both ends included. */
export interface ReportingPeriod {
  first: Day;
  last: Day;
  /** In the panel's words: `TSM year 2026/27 to 23/11/2026`, `3 months to 23/11/2026`. */
  label: string;
}

/** The TSM reporting year a date falls in, by its start year: 23/11/2026 → 2026 (2026/27); 31/03/2027 → 2026. */
export function tsmYearOf(day: Day, settings: TsmPeriodSettings = TSM_PERIODS): number {
  return panelYearOf(day, settings.yearStart);
}

/** A whole TSM reporting year, as published: 1 April to 31 March. */
export function tsmYear(
  startYear: number,
  settings: TsmPeriodSettings = TSM_PERIODS
): ReportingPeriod {
  const { first, last } = panelYearBounds(startYear, settings.yearStart);
  return { first, last, label: `TSM year ${panelYearLabel(startYear)}` };
}

/**
 * The two periods at the as-of date: the TSM year so far (from its start to the as-of date), and the
 * last months (after EDATE(asOf, −months), up to and including asOf, as the complaints-theme rule counts
 * them).
 */
export function tsmPeriodsAt(
  asOf: Day,
  settings: TsmPeriodSettings = TSM_PERIODS
): { yearToDate: ReportingPeriod; recent: ReportingPeriod } {
  const year = tsmYear(tsmYearOf(asOf, settings), settings);
  const to = formatUkDate(asOf);
  return {
    yearToDate: { first: year.first, last: asOf, label: `${year.label} to ${to}` },
    recent: {
      first: addMonths(asOf, -settings.recentMonths) + 1,
      last: asOf,
      label: `${settings.recentMonths} months to ${to}`,
    },
  };
}

export function isInPeriod(day: Day | undefined, period: ReportingPeriod): boolean {
  return day !== undefined && day >= period.first && day <= period.last;
}
