import { Day } from "../domain/calendar/days";
import { isSittingOn } from "../domain/meetings/quorum";
import { isTenantMember } from "../domain/members/groups";
import { MemberFinding, RollEntry } from "./findings";

/**
 * Who is on the roll, worked out here and nowhere else: the scan's membership and composition, the
 * meetings' quorum, the roll in the findings and the register a meeting is recorded or corrected on.
 */

/**
 * Whether the member sits on the panel on a date (docs/rules.md, §7.2): started on or before it, term
 * not ended (§15.1), place not lapsed at an earlier meeting (§4.3; a member still sits at the meeting
 * where the place lapses).
 */
export function sitsOn(member: MemberFinding, date: Day): boolean {
  const { startDate, termEnd, lapse } = member;
  return isSittingOn(
    { startDate, termEnd, lapsedOn: lapse.kind === "Lapsed" ? lapse.on : undefined },
    date
  );
}

/** §7.2, §7.7: sits on the panel on the date and is a tenant member; deputies and co-optees never count. */
export function countsForQuorumOn(member: MemberFinding, date: Day): boolean {
  return isTenantMember(member.group) && sitsOn(member, date);
}

/** The roll on a date, in Members order, each with whether they count for quorum. */
export function rollOn(members: readonly MemberFinding[], date: Day): RollEntry[] {
  return members
    .filter((member) => sitsOn(member, date))
    .map(({ name, group }) => ({ name, group, countsForQuorum: isTenantMember(group) }));
}
