/**
 * The words the panel uses for performance indicators (docs/rules.md, "KPIs and responsive triggers").
 */

/** §2.2: the service areas whose key performance indicators the panel monitors. */
export const SERVICE_AREAS = [
  "Rent charging and recovery",
  "Repairs and maintenance",
  "Voids and lettings",
  "Neighbourhood management",
  "Complaints",
  "Customer feedback",
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/**
 * Which way is better. `context` indicators (e.g. complaints or ASB cases per 1,000 homes) are shown
 * with their trend but never rated against a target and never trigger a review.
 */
export type Polarity = "higher" | "lower" | "context";

/** Status of one period of one indicator, in the order reports list them. */
export const KPI_STATUSES = [
  "Met",
  "Near miss",
  "Missed",
  "No data",
  "No target",
  "Context only",
] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** An indicator the add-in knows: its polarity and service area come from here, not from a guess. */
export interface KnownIndicator {
  /** Short code: a Tenant Satisfaction Measure code such as `TP01`, or the add-in's own code such as `RENT-COLLECTED`. */
  code: string;
  /** The usual name, as the Regulator or most landlords write it. */
  name: string;
  /** Other names officers use for it on their KPI sheets. */
  aliases: string[];
  serviceArea: ServiceArea;
  polarity: Polarity;
  /** Unit of the actual and target: `%`, `days`, `£`, `count` or `per 1,000 homes`. */
  unit: string;
  /** Where the indicator comes from: `Tenant Satisfaction Measure` or `Operational`. */
  source: "Tenant Satisfaction Measure" | "Operational";
}
