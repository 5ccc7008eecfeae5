import { Day } from "../calendar/days";
import { DEFAULT_TOLERANCE, isWorseThanTarget, kpiStatus, Tolerance } from "./status";
import { KpiStatus, Polarity } from "./types";

/** One period of one indicator, as read from a KPI sheet. */
export interface KpiPeriod {
  /** The first day of the period (a month). */
  period: Day;
  actual?: number;
  target?: number;
}

export interface RatedPeriod extends KpiPeriod {
  status: KpiStatus;
}

export interface IndicatorRating {
  /** Every period, in date order, with its status. */
  periods: RatedPeriod[];
  /** docs/rules.md: the latest period with an actual value (a later blank period is `No data`, not a miss). */
  latest?: RatedPeriod;
  /** The periods worse than target that end at the latest period, oldest first. */
  currentRun: RatedPeriod[];
}

/**
 * Rates every period. Decision: a run of periods worse than target is counted over the periods that
 * have an actual value (a period left blank is skipped, as a blank attendance mark is); a period on
 * target or with no target ends it.
 */
export function rateIndicator(
  periods: readonly KpiPeriod[],
  polarity: Polarity,
  tolerance: Tolerance = DEFAULT_TOLERANCE
): IndicatorRating {
  const rated = [...periods]
    .sort((a, b) => a.period - b.period)
    .map((p): RatedPeriod => ({ ...p, status: kpiStatus(p, polarity, tolerance) }));
  const withData = rated.filter((p) => p.status !== "No data");
  const latest = withData[withData.length - 1];
  const currentRun: RatedPeriod[] = [];
  for (let i = withData.length - 1; i >= 0; i--) {
    const period = withData[i] as RatedPeriod;
    if (!isWorseThanTarget(period.status)) break;
    currentRun.unshift(period);
  }
  return { periods: rated, latest, currentRun };
}

export type ResponsiveReason = "latest period missed" | "consecutive periods worse than target";

export interface ResponsiveTrigger {
  reasons: ResponsiveReason[];
  /** The periods that make up the evidence, oldest first. */
  evidence: RatedPeriod[];
}

/**
 * §11.2 Responsive: a service area not meeting its service promise. Decision (docs/rules.md): an indicator
 * triggers when its latest period is `Missed`, or it has been worse than target (near miss or missed)
 * for 3 consecutive periods (*setting*). Context-only indicators never trigger.
 */
export function responsiveTrigger(
  rating: IndicatorRating,
  consecutivePeriods = 3
): ResponsiveTrigger | undefined {
  const reasons: ResponsiveReason[] = [];
  if (rating.latest?.status === "Missed") reasons.push("latest period missed");
  if (rating.currentRun.length >= consecutivePeriods)
    reasons.push("consecutive periods worse than target");
  if (reasons.length === 0) return undefined;
  return { reasons, evidence: rating.currentRun };
}

export function describeResponsiveTrigger(trigger: ResponsiveTrigger): string {
  const runLength = trigger.evidence.length;
  return trigger.reasons
    .map((reason) =>
      reason === "latest period missed"
        ? "Latest period missed target"
        : `Worse than target for ${runLength} periods in a row`
    )
    .join("; ");
}
