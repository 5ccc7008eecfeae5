import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatMonth } from "../../domain/calendar/days";
import { KpiFinding } from "../../engine/findings";
import { trendWords } from "../../wording/trends";
import { formatFigure } from "./format";

export interface TrendChartProps {
  kpi: KpiFinding;
}

const WIDTH = 120;
const HEIGHT = 36;
const PAD = 3;

/** In forced colours (Windows contrast themes) the lines take the system's colours. */
const FORCED = "@media (forced-colors: active)";

const useStyles = makeStyles({
  chart: { display: "block", width: "100%", maxWidth: "240px", height: "auto" },
  actual: {
    stroke: tokens.colorBrandForeground1,
    fill: "none",
    strokeWidth: "2px",
    [FORCED]: { stroke: "CanvasText" },
  },
  target: {
    stroke: tokens.colorNeutralForeground3,
    fill: "none",
    strokeWidth: "1.5px",
    strokeDasharray: "4 3",
    [FORCED]: { stroke: "GrayText" },
  },
  point: { fill: tokens.colorBrandForeground1, [FORCED]: { fill: "Highlight" } },
});

/** What the chart shows, in words: its accessible name (the chart itself is only a picture of this). */
export function trendChartLabel(kpi: KpiFinding): string {
  const withActual = kpi.periods.filter((p) => p.actual !== undefined);
  const first = withActual[0];
  const last = withActual[withActual.length - 1];
  if (!first || !last) return `${kpi.indicator}: no actual figures yet`;
  const span =
    first === last
      ? `1 period, ${formatMonth(first.period)}`
      : `${withActual.length} periods from ${formatMonth(first.period)} to ${formatMonth(last.period)}`;
  const latest = `latest ${formatFigure(last.actual as number, kpi.unit)}${
    last.target !== undefined ? ` against a target of ${formatFigure(last.target, kpi.unit)}` : ""
  }`;
  const trend = trendWords(kpi);
  return `${kpi.indicator}, actual against target: ${span}; ${latest}${trend ? `. ${trend.sentence}` : ""}`;
}

/** A small line chart of an indicator's periods: actual (solid) against target (dashed). */
export function TrendChart({ kpi }: TrendChartProps): React.JSX.Element {
  const styles = useStyles();
  const periods = kpi.periods;
  const values = periods.flatMap((p) =>
    [p.actual, p.target].filter((v): v is number => v !== undefined)
  );
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low || 1;
  const x = (index: number): number =>
    periods.length > 1 ? PAD + (index * (WIDTH - 2 * PAD)) / (periods.length - 1) : WIDTH / 2;
  const y = (value: number): number => HEIGHT - PAD - ((value - low) * (HEIGHT - 2 * PAD)) / range;
  const line = (pick: (index: number) => number | undefined): string =>
    periods
      .map((_, index) => {
        const value = pick(index);
        return value === undefined ? undefined : `${x(index).toFixed(1)},${y(value).toFixed(1)}`;
      })
      .filter((point): point is string => point !== undefined)
      .join(" ");
  const actualPoints = line((i) => periods[i]?.actual);
  const targetPoints = line((i) => periods[i]?.target);
  const lastActual = [...periods.keys()].reverse().find((i) => periods[i]?.actual !== undefined);

  return (
    <svg
      className={styles.chart}
      role="img"
      aria-label={trendChartLabel(kpi)}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {targetPoints && <polyline className={styles.target} points={targetPoints} />}
      {actualPoints && <polyline className={styles.actual} points={actualPoints} />}
      {lastActual !== undefined && values.length > 0 && (
        <circle
          className={styles.point}
          cx={x(lastActual)}
          cy={y(periods[lastActual]?.actual as number)}
          r={2.5}
        />
      )}
    </svg>
  );
}
