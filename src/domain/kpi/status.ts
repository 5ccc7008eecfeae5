import { RuleInputError } from "../errors";
import { KpiStatus, Polarity } from "./types";

/** How far worse than target still counts as a near miss: in the target's unit, or a % of the target. */
export type Tolerance =
  { kind: "absolute"; value: number } | { kind: "percentOfTarget"; value: number };

/** docs/rules.md: default tolerance 5% of target (*setting*, per indicator where given). */
export const DEFAULT_TOLERANCE: Tolerance = { kind: "percentOfTarget", value: 5 };

/** Absorbs binary rounding (95.2 − 0.1…) so that "on target" and "inclusive" mean what they say. */
const EPSILON = 1e-9;

export function toleranceAmount(tolerance: Tolerance, target: number): number {
  if (!(tolerance.value >= 0)) {
    throw new RuleInputError(
      `A tolerance cannot be negative; got ${tolerance.value}. Give 0 or more.`
    );
  }
  return tolerance.kind === "absolute"
    ? tolerance.value
    : (Math.abs(target) * tolerance.value) / 100;
}

/** How much worse than target the actual is (negative when better), in the target's unit. */
function shortfall(actual: number, target: number, polarity: "higher" | "lower"): number {
  return polarity === "higher" ? target - actual : actual - target;
}

export interface PeriodFigures {
  actual?: number;
  target?: number;
}

/**
 * docs/rules.md, "KPIs and responsive triggers": `Context only` for indicators never rated; `No data` without
 * an actual; `No target` without a target; otherwise `Met` on or better than target, `Near miss` worse
 * but within the tolerance (inclusive: 21 days against a lower-is-better 20 with 5% is a near miss),
 * `Missed` worse beyond it.
 */
export function kpiStatus(
  figures: PeriodFigures,
  polarity: Polarity,
  tolerance: Tolerance = DEFAULT_TOLERANCE
): KpiStatus {
  if (polarity === "context") return "Context only";
  const { actual, target } = figures;
  if (actual === undefined) return "No data";
  if (target === undefined) return "No target";
  const worseBy = shortfall(actual, target, polarity);
  const slack = EPSILON * Math.max(1, Math.abs(target));
  if (worseBy <= slack) return "Met";
  if (worseBy <= toleranceAmount(tolerance, target) + slack) return "Near miss";
  return "Missed";
}

/** Worse than target: a near miss or a miss (what a run of periods counts, §11.2 Responsive). */
export function isWorseThanTarget(status: KpiStatus): boolean {
  return status === "Near miss" || status === "Missed";
}

export type Trend = "better" | "worse" | "same";

/** The direction of travel from one period's actual to the next, in the indicator's polarity. */
export function trendBetween(
  previous: number,
  latest: number,
  polarity: Polarity
): Trend | undefined {
  if (polarity === "context") return undefined;
  const change = latest - previous;
  if (Math.abs(change) <= EPSILON * Math.max(1, Math.abs(previous))) return "same";
  const better = polarity === "higher" ? change > 0 : change < 0;
  return better ? "better" : "worse";
}
