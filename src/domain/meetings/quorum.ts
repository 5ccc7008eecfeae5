import { Day } from "../calendar/days";
import { requireWholeNumber, RuleInputError } from "../errors";
import { isTenantMember, MemberGroup } from "../members/groups";

function requireMembership(membership: number): void {
  if (!Number.isInteger(membership) || membership <= 0) {
    throw new RuleInputError(
      `Membership must be the number of tenant members, at least 1; got ${membership}. Count Tenants' Forum, Silver Service Forum and general members only (§7.7).`
    );
  }
}

/**
 * §7.2: the quorum is 50% of the membership. Decision: quorate iff 2 × present ≥ membership, so
 * 8 members need 4, 7 need 4, 5 need 3. Both numbers count tenant members only (§7.7).
 */
export function quorumNeeded(membership: number): number {
  requireMembership(membership);
  return Math.ceil(membership / 2);
}

export function isQuorate(membership: number, present: number): boolean {
  requireMembership(membership);
  requireWholeNumber(present, "The number of tenant members present");
  if (present > membership) {
    throw new RuleInputError(
      `${present} members present is more than the membership of ${membership}: count tenant members only, and check the membership.`
    );
  }
  return 2 * present >= membership;
}

/** What membership on a meeting date needs to know of a member. */
export interface MemberOnRoll {
  group: MemberGroup;
  startDate?: Day;
  /** First day the member no longer sits: start + 3 years (§15.1). */
  termEnd?: Day;
  /** The meeting at which the place lapsed (§4.3): the member still counts at that meeting. */
  lapsedOn?: Day;
}

/**
 * Whether a member sits on the panel on a date (docs/rules.md): start date on or before it, term not ended,
 * and the place not lapsed at an earlier meeting (a member still sits at the meeting where the place lapses).
 */
export function isSittingOn(member: Omit<MemberOnRoll, "group">, date: Day): boolean {
  if (member.startDate !== undefined && member.startDate > date) return false;
  if (member.termEnd !== undefined && member.termEnd <= date) return false;
  if (member.lapsedOn !== undefined && member.lapsedOn < date) return false;
  return true;
}

/** Membership on a meeting date (§7.2, §7.7): tenant members sitting on that date. */
export function isOnRollOn(member: MemberOnRoll, date: Day): boolean {
  return isTenantMember(member.group) && isSittingOn(member, date);
}

export function membershipOn(members: readonly MemberOnRoll[], date: Day): number {
  let count = 0;
  for (const member of members) if (isOnRollOn(member, date)) count++;
  return count;
}
