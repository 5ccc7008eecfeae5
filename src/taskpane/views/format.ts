import { Trend } from "../../domain/kpi/status";
import { KpiStatus } from "../../domain/kpi/types";
import { MemberStatus } from "../../domain/members/status";

/** "1 problem", "3 problems". */
export const plural = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/** The trend in words (for screen readers and the chart's label) and as an arrow: up is always better. */
export const TREND_WORDS: Record<Trend, string> = {
  better: "improving",
  worse: "getting worse",
  same: "steady",
};
export const TREND_ARROWS: Record<Trend, string> = { better: "↑", worse: "↓", same: "→" };

/** A figure in its unit, as officers write it: 95.2%, £12,300, 21 days. */
export function formatFigure(value: number, unit?: string): string {
  const figure = value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  if (unit === undefined || unit === "" || unit === "count") return figure;
  if (unit === "%") return `${figure}%`;
  if (unit === "£") return `£${figure}`;
  return `${figure} ${unit}`;
}

/** Fluent badge colours for a status: the word is always shown too, never the colour alone. */
export type BadgeColour = "success" | "warning" | "danger" | "informative" | "subtle";

export const KPI_STATUS_COLOURS: Record<KpiStatus, BadgeColour> = {
  Met: "success",
  "Near miss": "warning",
  Missed: "danger",
  "No data": "subtle",
  "No target": "informative",
  "Context only": "informative",
};

export const MEMBER_STATUS_COLOURS: Record<MemberStatus, BadgeColour> = {
  "Not eligible": "danger",
  Lapsed: "danger",
  "Term ended": "warning",
  "Training incomplete": "warning",
  "At risk of lapse": "warning",
  Active: "success",
};

/** The panel's decisions that still leave a trigger open to be added to the review programme. */
export function canAcceptTrigger(panelDecision: string): boolean {
  return panelDecision === "" || panelDecision === "New" || panelDecision === "Discussed";
}
