import { formatMonth } from "../../domain/calendar/days";
import { KpiFinding } from "../../engine/findings";
import { formatFigure, html, Html } from "./html";

const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 44;
const PAD = 5;

/** What a sparkline shows, in words: its accessible name. */
export function sparklineLabel(kpi: KpiFinding): string {
  const withActual = kpi.periods.filter((p) => p.actual !== undefined);
  const first = withActual[0];
  const last = withActual[withActual.length - 1];
  if (!first || !last) return `${kpi.indicator}: no figures yet`;
  const target = last.target === undefined ? "" : `, target ${formatFigure(last.target, kpi.unit)}`;
  return `${kpi.indicator}: ${withActual.length} periods from ${formatMonth(first.period)} (${formatFigure(first.actual as number, kpi.unit)}) to ${formatMonth(last.period)} (${formatFigure(last.actual as number, kpi.unit)})${target}`;
}

/**
 * An indicator's periods for its row of a KPI table, as inline SVG: actual as a solid line with the
 * latest marked, target as a dashed line. The row says the latest figure, target and trend in words.
 */
export function sparkline(kpi: KpiFinding): Html {
  const periods = kpi.periods;
  const values = periods.flatMap((p) =>
    [p.actual, p.target].filter((v): v is number => v !== undefined)
  );
  if (values.length === 0) return html`<span>No figures</span>`;
  const low = Math.min(...values);
  const range = Math.max(...values) - low || 1;
  const x = (i: number): number =>
    periods.length > 1
      ? PAD + (i * (SPARK_WIDTH - 2 * PAD)) / (periods.length - 1)
      : SPARK_WIDTH / 2;
  const y = (v: number): number =>
    SPARK_HEIGHT - PAD - ((v - low) * (SPARK_HEIGHT - 2 * PAD)) / range;
  const points = (pick: (i: number) => number | undefined): string =>
    periods
      .flatMap((_, i) => {
        const v = pick(i);
        return v === undefined ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`];
      })
      .join(" ");
  const target = points((i) => periods[i]?.target);
  const actual = points((i) => periods[i]?.actual);
  const last = [...periods.keys()].reverse().find((i) => periods[i]?.actual !== undefined);
  const label = sparklineLabel(kpi);
  return html`<svg
    class="sparkline"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
    width="${SPARK_WIDTH}"
    height="${SPARK_HEIGHT}"
  >
    <title>${label}</title>
    ${target && html`<polyline points="${target}" fill="none" stroke="#555555" stroke-width="1.5" stroke-dasharray="4 3" />`}${actual && html`<polyline points="${actual}" fill="none" stroke="#1f4e79" stroke-width="2.5" />`}${last !== undefined && html`<circle cx="${x(last).toFixed(1)}" cy="${y(periods[last]?.actual as number).toFixed(1)}" r="3.5" fill="#1f4e79" />`}
  </svg>`;
}
