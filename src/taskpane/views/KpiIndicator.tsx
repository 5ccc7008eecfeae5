import * as React from "react";
import { Body1, Caption1, Text } from "@fluentui/react-components";
import { formatMonth } from "../../domain/calendar/days";
import { KpiFinding } from "../../engine/findings";
import { formatFigure, KPI_STATUS_COLOURS, plural, TREND_ARROWS, TREND_WORDS } from "./format";
import { StatusBadge } from "./StatusBadge";
import { TrendChart } from "./TrendChart";
import { useViewStyles } from "./viewStyles";

export interface KpiIndicatorProps {
  kpi: KpiFinding;
}

/** One indicator: its status in words, its trend as an arrow with words, its latest figure and chart. */
export function KpiIndicator({ kpi }: KpiIndicatorProps): React.JSX.Element {
  const styles = useViewStyles();
  const latest = kpi.latest;
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        <Text weight="semibold">
          {kpi.indicator}
          {kpi.code ? ` (${kpi.code})` : ""}
        </Text>
        {kpi.status ? (
          <StatusBadge colour={KPI_STATUS_COLOURS[kpi.status]}>{kpi.status}</StatusBadge>
        ) : (
          <StatusBadge colour="subtle">Not rated</StatusBadge>
        )}
        {kpi.trend && (
          <span role="img" aria-label={TREND_WORDS[kpi.trend]} title={TREND_WORDS[kpi.trend]}>
            {TREND_ARROWS[kpi.trend]}
          </span>
        )}
      </span>
      {latest && latest.actual !== undefined && (
        <Body1>
          {formatMonth(latest.period)}: {formatFigure(latest.actual, kpi.unit)}
          {latest.target !== undefined &&
            ` against a target of ${formatFigure(latest.target, kpi.unit)}`}
          {kpi.periodsWorse > 0 &&
            `; worse than target for ${plural(kpi.periodsWorse, "period", "periods")} running`}
        </Body1>
      )}
      {kpi.periods.length > 0 && <TrendChart kpi={kpi} />}
      {kpi.source && <Caption1 className={styles.muted}>Latest figure: {kpi.source}</Caption1>}
    </li>
  );
}
