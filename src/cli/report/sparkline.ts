import { formatMonth } from "../../domain/calendar/days";
import { KpiFinding } from "../../engine/findings";
import { formatFigure, html, Html } from "./html";

/** The lines' part of the sparkline, and the gutter on its left for the scale's two labels. */
const LINES_WIDTH = 150;
const GUTTER = 62;
const SPARK_WIDTH = GUTTER + LINES_WIDTH;
const SPARK_HEIGHT = 52;
const PAD = 8;

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
 * The scale of a sparkline: from the lowest figure to the highest (actuals and targets), widened to at
 * least 2% of the figures' size so that a flat series draws flat, not jagged.
 */
export function sparklineScale(values: number[]): { low: number; high: number } {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const least = Math.max(Math.abs(high), Math.abs(low)) * 0.02 || 1;
  if (high - low >= least) return { low, high };
  const middle = (high + low) / 2;
  return { low: middle - least / 2, high: middle + least / 2 };
}

/**
 * An indicator's periods for its row of a KPI table, as inline SVG: actual as a solid line with the
 * latest marked, target as a dashed line, the highest and lowest figures labelled on the left (once,
 * without a scale a flat series looked jagged). The row says the latest figure, target and trend.
 */
export function sparkline(kpi: KpiFinding): Html {
  const periods = kpi.periods;
  const values = periods.flatMap((p) =>
    [p.actual, p.target].filter((v): v is number => v !== undefined)
  );
  if (values.length === 0) return html`<span>No figures</span>`;
  const top = Math.max(...values);
  const bottom = Math.min(...values);
  const { low, high } = sparklineScale(values);
  const x = (i: number): number =>
    GUTTER +
    (periods.length > 1
      ? PAD + (i * (LINES_WIDTH - 2 * PAD)) / (periods.length - 1)
      : LINES_WIDTH / 2);
  const y = (v: number): number =>
    SPARK_HEIGHT - PAD - ((v - low) * (SPARK_HEIGHT - 2 * PAD)) / (high - low);
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
  const scaleLabel = (value: number, at: number, className: string): Html =>
    html`<text class="${className}" x="${GUTTER - 6}" y="${at.toFixed(1)}" text-anchor="end"
      >${formatFigure(value, kpi.unit)}</text
    >`;
  return html`<svg
    class="sparkline"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
    width="${SPARK_WIDTH}"
    height="${SPARK_HEIGHT}"
    font-size="11"
  >
    <title>${label}</title>
    <line
      class="axis"
      x1="${GUTTER - 2}"
      y1="${PAD - 4}"
      x2="${GUTTER - 2}"
      y2="${SPARK_HEIGHT - PAD + 4}"
      stroke="#8a8a8a"
    />
    ${scaleLabel(top, y(top) + 4, "max")}${top !== bottom && scaleLabel(bottom, y(bottom) + 4, "min")}
    ${target && html`<polyline class="target" points="${target}" fill="none" stroke="#555555" stroke-width="1.5" stroke-dasharray="4 3" />`}${actual && html`<polyline class="actual" points="${actual}" fill="none" stroke="#1f4e79" stroke-width="2.5" />`}${last !== undefined && html`<circle class="latest" cx="${x(last).toFixed(1)}" cy="${y(periods[last]?.actual as number).toFixed(1)}" r="3.5" fill="#1f4e79" />`}
  </svg>`;
}
