import { MemberGroup } from "./groups";

/** §4.1 limits (*settings*). */
export interface CompositionLimits {
  tenantMembers: number;
  tenantsForum: number;
  silverServiceForum: number;
  general: number;
  deputies: number;
}

export const DEFAULT_COMPOSITION_LIMITS: CompositionLimits = {
  tenantMembers: 8,
  tenantsForum: 4,
  silverServiceForum: 1,
  general: 3,
  deputies: 4,
};

export interface CompositionCounts {
  tenantsForum: number;
  silverServiceForum: number;
  general: number;
  deputies: number;
  coOptees: number;
  /** Tenants' Forum + Silver Service Forum + general. */
  tenantMembers: number;
}

export interface Composition {
  counts: CompositionCounts;
  /** Each breach of §4.1, named, in plain words. */
  breaches: string[];
  /** Allowed departures worth saying, such as a Tenants' Forum member filling a general space (§4.3). */
  notes: string[];
}

export function countGroups(groups: readonly MemberGroup[]): CompositionCounts {
  const counts = {
    tenantsForum: 0,
    silverServiceForum: 0,
    general: 0,
    deputies: 0,
    coOptees: 0,
    tenantMembers: 0,
  };
  for (const group of groups) {
    if (group === "Tenants' Forum") counts.tenantsForum++;
    else if (group === "Silver Service Forum") counts.silverServiceForum++;
    else if (group === "General") counts.general++;
    else if (group === "Deputy") counts.deputies++;
    else counts.coOptees++;
  }
  counts.tenantMembers = counts.tenantsForum + counts.silverServiceForum + counts.general;
  return counts;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * §4.1: at most 8 tenant members — 4 from the Tenants' Forum, 1 from the Silver Service Forum, up to 3
 * general members — and up to 4 deputies. §4.3 (first): with fewer than 3 general members and no other
 * candidates, extra Tenants' Forum representatives may fill the general spaces; decision: Tenants'
 * Forum members above 4 are allowed while Tenants' Forum + general ≤ 7 (the 8 less the Silver Service
 * place), and reported as filling a general space rather than as a breach.
 */
export function checkComposition(
  groups: readonly MemberGroup[],
  limits: CompositionLimits = DEFAULT_COMPOSITION_LIMITS
): Composition {
  const counts = countGroups(groups);
  const breaches: string[] = [];
  const notes: string[] = [];
  if (counts.tenantMembers > limits.tenantMembers) {
    breaches.push(
      `${counts.tenantMembers} tenant members: the most is ${limits.tenantMembers} (§4.1)`
    );
  }
  const tfOver = counts.tenantsForum - limits.tenantsForum;
  if (tfOver > 0) {
    const generalSpaces = limits.tenantMembers - limits.silverServiceForum;
    if (counts.tenantsForum + counts.general <= generalSpaces) {
      notes.push(
        `${plural(tfOver, "Tenants' Forum member is", "Tenants' Forum members are")} filling a general space (§4.3)`
      );
    } else {
      breaches.push(
        `${counts.tenantsForum} Tenants' Forum members: the most is ${limits.tenantsForum} (§4.1)`
      );
    }
  }
  if (counts.silverServiceForum > limits.silverServiceForum) {
    breaches.push(
      `${counts.silverServiceForum} Silver Service Forum members: the most is ${limits.silverServiceForum} (§4.1)`
    );
  }
  if (counts.general > limits.general) {
    breaches.push(`${counts.general} general members: the most is ${limits.general} (§4.1)`);
  }
  if (counts.deputies > limits.deputies) {
    breaches.push(`${counts.deputies} deputies: the most is ${limits.deputies} (§4.1)`);
  }
  return { counts, breaches, notes };
}
