import { formatMonth } from "../../domain/calendar/days";
import { KpiStatus } from "../../domain/kpi/types";
import { Findings, KpiFinding } from "../../engine/findings";
import { AreaCounts, statusByAreaChart } from "./charts";
import { sparkline } from "./sparkline";
import { formatFigure, html, Html, plural, section, statusLabel, table, Tone } from "./html";

/** As the engine's Summary names indicators with no service area. */
const NO_AREA = "No service area";
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

/** KPI status by service area: the chart of the Summary's counts, then each area's indicators. */
export function kpiSection(findings: Findings): Html {
  const areas: AreaCounts[] = findings.summary.kpisByServiceArea.map(({ serviceArea, counts }) => ({
    serviceArea,
    counts: { Met: counts.Met, "Near miss": counts["Near miss"], Missed: counts.Missed },
    others: Object.fromEntries(OTHER_STATUSES.map((s) => [s, counts[s]])),
  }));
  if (findings.kpis.length === 0)
    return section(
      "kpis",
      "KPI status by service area",
      html`<p class="none">No KPI sheets were found in the workbook.</p>`
    );
  const order = [...areas.map((a) => a.serviceArea)];
  for (const kpi of findings.kpis) {
    const area = kpi.serviceArea ?? NO_AREA;
    if (!order.includes(area)) order.push(area);
  }
  return section(
    "kpis",
    "KPI status by service area",
    html`<p>
        The chart counts each area's indicators rated against a target by their latest figure: Met,
        Near miss or Missed. Context indicators are listed below but never rated. In the small
        charts of each indicator's periods, the solid line is the actual figure, the dashed line the
        target, and the dot the latest figure.
      </p>
      <figure class="keep">
        ${statusByAreaChart(areas)}
        <figcaption>
          KPI status by service area: each bar counts the indicators by their latest figure.
        </figcaption>
      </figure>
      ${order.map((area) =>
        areaTable(
          area,
          findings.kpis.filter((k) => (k.serviceArea ?? NO_AREA) === area)
        )
      )}`
  );
}

function areaTable(area: string, kpis: KpiFinding[]): Html {
  return html`<h3>${area}</h3>
    ${table(
      `${area}: ${plural(kpis.length, "indicator")}`,
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

const TREND_WORDS = {
  better: "Better than the period before",
  worse: "Worse than the period before",
  same: "The same as the period before",
};

export function trendText(kpi: KpiFinding): string {
  const trend = kpi.trend === undefined ? "No trend to show" : TREND_WORDS[kpi.trend];
  if (kpi.periodsWorse === 0) return `${trend}.`;
  return `${trend}; worse than target for ${plural(kpi.periodsWorse, "period")} in a row.`;
}
