import { formatMonth } from "../../domain/calendar/days";
import { KpiStatus } from "../../domain/kpi/types";
import { Findings, KpiFinding } from "../../engine/findings";
import { periodNoun } from "../../wording/figures";
import { byAreaOrder, placedServiceArea, statusCountsByArea } from "../../wording/serviceAreas";
import { TREND_LEGEND, trendWords } from "../../wording/trends";
import { AreaCounts, statusByAreaChart } from "./charts";
import { sparkline } from "./sparkline";
import { formatFigure, html, Html, plural, section, statusLabel, table, Tone } from "./html";

const NOT_RATED = "Not rated (no polarity)";

export const KPI_TONES: Record<KpiStatus, Tone> = {
  Met: "good",
  "Near miss": "warn",
  Missed: "bad",
  "No data": "plain",
  "No target": "plain",
  "Context only": "plain",
};

const OTHER_STATUSES: KpiStatus[] = ["No data", "No target", "Context only"];

/**
 * The chart of KPI status by service area, for the first page beside the summary (a full
 * first page). Areas as the pane shows them: an indicator without a service area is placed by its
 * sheet's name, else under Other indicators.
 */
export function kpiChart(findings: Findings): Html {
  const areas: AreaCounts[] = statusCountsByArea(findings.kpis).map(({ serviceArea, counts }) => ({
    serviceArea,
    counts: { Met: counts.Met, "Near miss": counts["Near miss"], Missed: counts.Missed },
    others: Object.fromEntries(OTHER_STATUSES.map((s) => [s, counts[s]])),
  }));
  if (areas.length === 0) return html``;
  return html`<figure class="keep">
    ${statusByAreaChart(areas)}
    <figcaption>
      KPI status by service area: each bar counts the indicators rated against a target by their
      latest figure, Met, Near miss or Missed. Each area's indicators are listed under KPI status by
      service area.
    </figcaption>
  </figure>`;
}

/** KPI status by service area: how to read it, then each area's indicators. */
export function kpiSection(findings: Findings): Html {
  if (findings.kpis.length === 0)
    return section(
      "kpis",
      "KPI status by service area",
      html`<p class="none">No KPI sheets were found in the workbook.</p>`
    );
  const areas = new Map<string, KpiFinding[]>();
  for (const kpi of findings.kpis) {
    const area = placedServiceArea(kpi);
    areas.set(area, [...(areas.get(area) ?? []), kpi]);
  }
  return section(
    "kpis",
    "KPI status by service area",
    html`<p>
        Each indicator's status is its latest figure against its target: Met, Near miss or Missed.
        Context indicators are shown but never rated.
      </p>
      <ul class="legend-words">
        <li>${TREND_LEGEND.arrows}</li>
        <li>
          ${TREND_LEGEND.lines} The figures on the left of each chart are its highest and lowest.
        </li>
      </ul>
      ${byAreaOrder(areas).map(([area, kpis], i) => areaTable(area, kpis, `kpi-area-${i + 1}`))}`
  );
}

function areaTable(area: string, kpis: KpiFinding[], id: string): Html {
  return html`<h3 id="${id}">${area}: ${plural(kpis.length, "indicator")}</h3>
    ${table(
      { labelledBy: id },
      ["Indicator", "Status", "Latest against target", "Trend", "Periods"],
      kpis.map((kpi) => [
        kpi.indicator,
        kpi.status === undefined
          ? statusLabel(NOT_RATED, "plain")
          : statusLabel(kpi.status, KPI_TONES[kpi.status]),
        latestText(kpi),
        trendText(kpi),
        sparkline(kpi),
      ]),
      "kpi-table"
    )}`;
}

export function latestText(kpi: KpiFinding): string {
  const latest = kpi.latest;
  if (latest === undefined || latest.actual === undefined) return "No figure yet";
  const target =
    latest.target === undefined ? "no target" : `target ${formatFigure(latest.target, kpi.unit)}`;
  return `${formatFigure(latest.actual, kpi.unit)} against ${target} (${formatMonth(latest.period)})`;
}

/**
 * The trend in words, from the same two figures as the sparkline's last step ("No trend to
 * show" beside a rising line): the arrow is the figure's direction, the word better or worse.
 */
export function trendText(kpi: KpiFinding): string {
  const trend = trendWords(kpi);
  const words = trend
    ? `${trend.arrow} ${trend.sentence}`
    : kpi.periods.some((p) => p.actual !== undefined)
      ? "Only one figure so far: no trend yet"
      : "No figures yet";
  if (kpi.periodsWorse === 0) return `${words}.`;
  const noun = periodNoun(kpi.periods.map((p) => p.period));
  return `${words}. Worse than target for ${plural(kpi.periodsWorse, noun.one, noun.many)} in a row.`;
}
