import { KpiStatus } from "../../domain/kpi/types";
import { MemberStatus } from "../../domain/members/status";

export { formatFigure, plural } from "../../wording/figures";

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

/** A count's colour: a count of nothing is neutral, never red or amber ("0 Missed" in red). */
export const countColour = (count: number, colour: BadgeColour): BadgeColour =>
  count === 0 ? "subtle" : colour;

export const MEMBER_STATUS_COLOURS: Record<MemberStatus, BadgeColour> = {
  "Not eligible": "danger",
  Lapsed: "danger",
  "Term ended": "warning",
  "Training incomplete": "warning",
  "At risk of lapse": "warning",
  Active: "success",
};
