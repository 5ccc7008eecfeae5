/**
 * Entries of the catalogue of known indicators (see catalogue.ts): small constructors and the service areas.
 */
import { KnownIndicator, Polarity, ServiceArea } from "./types";

export type Unit = "%" | "days" | "£" | "count" | "per 1,000 homes";

export const RENT: ServiceArea = "Rent charging and recovery";
export const REPAIRS: ServiceArea = "Repairs and maintenance";
export const VOIDS: ServiceArea = "Voids and lettings";
export const NEIGHBOURHOOD: ServiceArea = "Neighbourhood management";
export const COMPLAINTS: ServiceArea = "Complaints";
export const FEEDBACK: ServiceArea = "Customer feedback";

function entry(
  source: KnownIndicator["source"],
  code: string,
  name: string,
  serviceArea: ServiceArea,
  polarity: Polarity,
  unit: Unit,
  aliases: string[]
): KnownIndicator {
  Object.freeze(aliases);
  return Object.freeze({ code, name, aliases, serviceArea, polarity, unit, source });
}

export function tsm(
  code: string,
  name: string,
  area: ServiceArea,
  polarity: Polarity,
  unit: Unit,
  aliases: string[] = []
): KnownIndicator {
  return entry("Tenant Satisfaction Measure", code, name, area, polarity, unit, aliases);
}

export function operational(
  code: string,
  name: string,
  area: ServiceArea,
  polarity: Polarity,
  unit: Unit,
  aliases: string[] = []
): KnownIndicator {
  return entry("Operational", code, name, area, polarity, unit, aliases);
}
