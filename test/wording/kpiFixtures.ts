import { dayFromIso } from "../../src/domain/calendar/days";
import { KpiStatus, Polarity } from "../../src/domain/kpi/types";
import { rateIndicator, responsiveTrigger } from "../../src/domain/kpi/triggers";
import { trendBetween } from "../../src/domain/kpi/status";
import { KpiFinding } from "../../src/engine/findings";

/**
 * An indicator as the scan finds it, from monthly figures starting in `from` (blank: no figure), rated
 * by the domain's own rules, so the wording is tested on the findings the engine gives.
 */
export function kpiFinding(options: {
  indicator?: string;
  polarity: Polarity;
  unit?: string;
  target?: number;
  figures: (number | undefined)[];
  from?: string;
  monthsApart?: number;
  serviceArea?: string;
  sheet?: string;
}): KpiFinding {
  const start = dayFromIso(options.from ?? "2026-04-01");
  const apart = options.monthsApart ?? 1;
  const periods = options.figures.map((actual, i) => {
    const d = new Date(Date.UTC(1899, 11, 30 + start));
    d.setUTCMonth(d.getUTCMonth() + i * apart);
    const iso = d.toISOString().slice(0, 10);
    return { period: dayFromIso(iso), actual, target: options.target };
  });
  const rating = rateIndicator(periods, options.polarity);
  const withData = rating.periods.filter((p) => p.actual !== undefined);
  const [previous, latest] = withData.slice(-2);
  const trigger = responsiveTrigger(rating, 3);
  return {
    sheet: options.sheet ?? "KPI - Services",
    indicator: options.indicator ?? "Test indicator",
    serviceArea: options.serviceArea,
    polarity: options.polarity,
    unit: options.unit,
    periods: rating.periods,
    latest: rating.latest,
    status: (rating.latest?.status ?? "No data") as KpiStatus,
    periodsWorse: rating.currentRun.length,
    trend:
      previous && latest && previous.actual !== undefined && latest.actual !== undefined
        ? trendBetween(previous.actual, latest.actual, options.polarity)
        : undefined,
    source: "'KPI - Services'!P3",
    trigger,
    triggerSources: trigger?.evidence.map((_, i) => `'KPI - Services'!${"JKLMNOP"[i]}3`),
  };
}
