import * as React from "react";
import { Body1, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatMonth } from "../../domain/calendar/days";
import { KpiFinding } from "../../engine/findings";
import { periodNoun } from "../../wording/figures";
import { trendWords } from "../../wording/trends";
import type { ActionFeedback } from "../usePanel";
import { formatFigure, KPI_STATUS_COLOURS, plural } from "./format";
import { ShowCell } from "./ShowCell";
import { StatusBadge } from "./StatusBadge";
import { TrendChart } from "./TrendChart";
import { useViewStyles } from "./viewStyles";

export interface KpiIndicatorProps {
  kpi: KpiFinding;
  selected?: ActionFeedback;
  onShowCell: (address: string) => void;
}

const useStyles = makeStyles({
  trend: { whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
});

/**
 * One indicator: its status in words, its trend (the arrow is the figure's direction, the word says
 * better or worse), its latest figure and chart; its code and cell on a secondary line.
 */
export function KpiIndicator({ kpi, selected, onShowCell }: KpiIndicatorProps): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const latest = kpi.latest;
  const trend = trendWords(kpi);
  const noun = periodNoun(kpi.periods.map((p) => p.period));
  return (
    <li className={styles.item}>
      <Text weight="semibold">{kpi.indicator}</Text>
      <span className={styles.line}>
        {kpi.status ? (
          <StatusBadge colour={KPI_STATUS_COLOURS[kpi.status]}>{kpi.status}</StatusBadge>
        ) : (
          <StatusBadge colour="subtle">Not rated</StatusBadge>
        )}
        {trend && (
          <span className={own.trend} title={trend.sentence} data-trend={trend.direction}>
            <span aria-hidden="true">{trend.arrow} </span>
            {trend.judgement && <span className={styles.visuallyHidden}>{trend.direction}, </span>}
            {trend.word}
          </span>
        )}
      </span>
      {latest && latest.actual !== undefined && (
        <Body1>
          {formatMonth(latest.period)}: {formatFigure(latest.actual, kpi.unit)}
          {latest.target !== undefined &&
            ` against a target of ${formatFigure(latest.target, kpi.unit)}`}
          {kpi.periodsWorse > 0 &&
            `; worse than target for ${plural(kpi.periodsWorse, noun.one, noun.many)} running`}
        </Body1>
      )}
      {kpi.periods.length > 0 && <TrendChart kpi={kpi} />}
      {(kpi.code || kpi.source) && (
        <Caption1 className={styles.secondary}>
          {kpi.code && <span>Code {kpi.code}</span>}
          {kpi.source && (
            <>
              <span>Latest figure in {kpi.source}</span>
              <ShowCell address={kpi.source} selected={selected} onShowCell={onShowCell}>
                Show the cell
              </ShowCell>
            </>
          )}
        </Caption1>
      )}
    </li>
  );
}
