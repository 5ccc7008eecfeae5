import { Day, dayFromIso, formatUkDate } from "../calendar/days";
import { WallClockTime } from "../calendar/londonTime";
import { HazardCategory } from "./awaabsLaw";

/**
 * docs/rules.md, "Hazards": later phases of Awaab's Law (2026: more hazard types; 2027: the rest) change which
 * hazards are in scope, not the clocks, so the hazard types in scope are a *setting* list, each with the
 * date it came into scope. An entry covers one hazard type (`Damp and mould`) or every type
 * (`All hazards`), for every category or for emergency hazards only.
 */
export interface HazardTypeInScope {
  /** A hazard type as the log's `Hazard` column names it, or ALL_HAZARDS. */
  hazard: string;
  /** `Emergency`: only emergency hazards of that type; `Any`: emergency and significant. */
  category: HazardCategory | "Any";
  /** The first day a hazard the landlord became aware of is in scope. */
  from: Day;
}

export const ALL_HAZARDS = "All hazards";

/** Phase 1, in force 27 October 2025: damp and mould, and emergency hazards of every type. */
export const AWAABS_LAW_SCOPE: readonly HazardTypeInScope[] = [
  { hazard: "Damp and mould", category: "Any", from: dayFromIso("2025-10-27") },
  { hazard: ALL_HAZARDS, category: "Emergency", from: dayFromIso("2025-10-27") },
];

/** Hazard types compared as people write them: case, spacing, `&` for `and`, a trailing `s`. */
const typeKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/s$/, "");

export type HazardScope =
  { inScope: true; entry: HazardTypeInScope } | { inScope: false; reason: string };

/**
 * Whether a hazard is in scope on the day the landlord became aware of it. Decision: a hazard whose
 * type is not given is in scope only through an entry for all hazards (an emergency, in phase 1); the
 * reason says to name the type.
 */
export function hazardScope(
  hazard: { category: HazardCategory; hazard?: string; aware: WallClockTime },
  inScope: readonly HazardTypeInScope[] = AWAABS_LAW_SCOPE
): HazardScope {
  const aware = Math.floor(hazard.aware);
  const type = (hazard.hazard ?? "").trim();
  const covers = (entry: HazardTypeInScope): boolean =>
    (entry.category === "Any" || entry.category === hazard.category) &&
    (entry.hazard === ALL_HAZARDS || (type !== "" && typeKey(entry.hazard) === typeKey(type)));
  const matching = inScope.filter(covers);
  const inForce = matching.filter((entry) => entry.from <= aware);
  if (inForce.length > 0) {
    const earliest = inForce.reduce((a, b) => (b.from < a.from ? b : a));
    return { inScope: true, entry: earliest };
  }
  if (matching.length > 0) {
    const first = Math.min(...matching.map((entry) => entry.from));
    return {
      inScope: false,
      reason: `Awaab's Law covers ${type === "" ? "this hazard" : type.toLowerCase()} from ${formatUkDate(first)}, after the landlord became aware on ${formatUkDate(aware)}`,
    };
  }
  if (type === "")
    return {
      inScope: false,
      reason: `the hazard type is blank: name it (e.g. Damp and mould) to see whether Awaab's Law covers it`,
    };
  return {
    inScope: false,
    reason: `${type} is not among the hazard types Awaab's Law covers in the Settings`,
  };
}
