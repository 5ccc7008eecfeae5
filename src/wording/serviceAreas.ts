import { KPI_STATUSES, KpiStatus, SERVICE_AREAS } from "../domain/kpi/types";
import { KpiFinding } from "../engine/findings";

/** Where indicators go that neither say their service area nor sit on a sheet named after one. */
export const OTHER_INDICATORS = "Other indicators";

/** Words in a sheet's name that name a service area (§2.2), checked in this order. */
const SHEET_WORDS: [RegExp, (typeof SERVICE_AREAS)[number]][] = [
  [/\brent|arrears|income collection/, "Rent charging and recovery"],
  [/repair|maintenance/, "Repairs and maintenance"],
  [/\bvoids?\b|letting|\bre-?lets?\b|empty homes/, "Voids and lettings"],
  [/neighbourhood|anti-social|\basb\b|\bestates?\b/, "Neighbourhood management"],
  [/complaint/, "Complaints"],
  [/feedback|survey|satisfaction/, "Customer feedback"],
];

/**
 * The service area an indicator is shown under: its own; else the one its sheet's name
 * names ("KPI - Rent" → Rent charging and recovery); else "Other indicators". Shown only: the
 * KPI status sheet keeps the service area the workbook gives.
 */
export function placedServiceArea(kpi: Pick<KpiFinding, "serviceArea" | "sheet">): string {
  if (kpi.serviceArea) return kpi.serviceArea;
  const sheet = kpi.sheet.toLowerCase();
  const named = SERVICE_AREAS.find((area) => sheet.includes(area.toLowerCase()));
  if (named) return named;
  return SHEET_WORDS.find(([words]) => words.test(sheet))?.[1] ?? OTHER_INDICATORS;
}

/** §2.2's order, then any other area the workbook names, then Other indicators last. */
function rank(area: string): number {
  if (area === OTHER_INDICATORS) return SERVICE_AREAS.length + 1;
  const index = (SERVICE_AREAS as readonly string[]).indexOf(area);
  return index === -1 ? SERVICE_AREAS.length : index;
}

/** Areas in the order they are shown. */
export function byAreaOrder<T>(items: Map<string, T>): [string, T][] {
  return [...items].sort(([a], [b]) => rank(a) - rank(b));
}

export interface AreaStatusCounts {
  serviceArea: string;
  counts: Record<KpiStatus, number>;
}

/**
 * The Summary's KPI counts, with each indicator in its placed area: the same counts as the engine's
 * summary (rated indicators by their latest status), grouped as the pane and the report show them.
 */
export function statusCountsByArea(kpis: readonly KpiFinding[]): AreaStatusCounts[] {
  const areas = new Map<string, Record<KpiStatus, number>>();
  for (const kpi of kpis) {
    if (kpi.status === undefined) continue;
    const area = placedServiceArea(kpi);
    const counts =
      areas.get(area) ??
      (Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as Record<KpiStatus, number>);
    counts[kpi.status]++;
    areas.set(area, counts);
  }
  return byAreaOrder(areas).map(([serviceArea, counts]) => ({ serviceArea, counts }));
}
