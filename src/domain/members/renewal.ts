import { Day } from "../calendar/days";
import { panelYearBounds, PanelYearStart } from "../calendar/panelYear";
import { isSittingOn } from "../meetings/quorum";
import { CompositionLimits } from "./composition";
import { MemberGroup } from "./groups";
import { groupDueForRenewal } from "./term";

/** What the membership review needs of a member (the Members sheet, with lapse from attendance). */
export interface RenewalMember {
  name: string;
  group: MemberGroup;
  /** Unknown start dates count as started. */
  startDate?: Day;
  /** First day the member no longer sits: start + 3 years (§15.1) or the sheet's Term end. */
  termEnd?: Day;
  /** The meeting at which the place lapsed (§4.3). */
  lapsedOn?: Day;
}

/** The settings the membership review uses (a PanelSettings will do). */
export interface RenewalRules {
  /** §15.2: the panel year counted as year 1 of the rotation (*setting*). */
  firstRotationYear: number;
  /** §4.1 places (*settings*). */
  composition: CompositionLimits;
  panelYearStart: PanelYearStart;
}

export interface GroupPlaces {
  group: MemberGroup;
  places: number;
  filled: number;
  vacant: number;
}

/** §15.2 rotation, §4.1 places and §15.1 terms, for one panel year. */
export interface Renewal {
  panelYear: number;
  groupDue: MemberGroup;
  dueForRenewal: { name: string; group: MemberGroup }[];
  termsEnding: { name: string; group: MemberGroup; termEnd: Day }[];
  places: GroupPlaces[];
}

/** The groups with places under §4.1: co-optees (§6) are appointed as needed, with no set number. */
const GROUPS_WITH_PLACES = [
  "Tenants' Forum",
  "Silver Service Forum",
  "General",
  "Deputy",
] as const satisfies readonly MemberGroup[];

function placesOf(group: (typeof GROUPS_WITH_PLACES)[number], limits: CompositionLimits): number {
  if (group === "Tenants' Forum") return limits.tenantsForum;
  if (group === "Silver Service Forum") return limits.silverServiceForum;
  if (group === "General") return limits.general;
  return limits.deputies;
}

/**
 * The membership review (§15.3) for the panel year `panelYear`:
 * - the group due for renewal by the §15.2 rotation (Silver Service Forum in year 1, general members in
 *   year 2, Tenants' Forum in year 3, from the first rotation year, *setting*), and its members on the roll;
 * - the members whose three-year term (§15.1) ends in that panel year, unless the place lapsed first;
 * - each group's places (§4.1, *settings*), filled and vacant. Decision: Tenants' Forum members above
 *   their 4 fill general spaces (§4.3), so they take general vacancies.
 * The roll is taken as at `asOf` for the panel year it falls in, and on the nearest day of any other
 * panel year (its first day for a year ahead, when the terms that ended before it have left the roll;
 * its last day for a year gone). Later recruitment and lapses cannot be foreseen and are not guessed.
 */
export function renewalFor(
  panelYear: number,
  members: readonly RenewalMember[],
  asOf: Day,
  rules: RenewalRules
): Renewal {
  const { first, last } = panelYearBounds(panelYear, rules.panelYearStart);
  const rollDay = Math.min(Math.max(asOf, first), last);
  const onRoll = members.filter((m) => isSittingOn(m, rollDay));
  const groupDue = groupDueForRenewal(panelYear, rules.firstRotationYear);

  const termsEnding = members
    .filter(
      (m): m is RenewalMember & { termEnd: Day } =>
        m.termEnd !== undefined &&
        m.termEnd >= first &&
        m.termEnd <= last &&
        isSittingOn({ startDate: m.startDate, lapsedOn: m.lapsedOn }, m.termEnd - 1)
    )
    .map(({ name, group, termEnd }) => ({ name, group, termEnd }))
    .sort((a, b) => a.termEnd - b.termEnd);

  const filled = (group: MemberGroup): number => onRoll.filter((m) => m.group === group).length;
  const tenantsForumOver = Math.max(0, filled("Tenants' Forum") - rules.composition.tenantsForum);
  const places = GROUPS_WITH_PLACES.map((group) => {
    const count = filled(group);
    const taken = group === "General" ? count + tenantsForumOver : count;
    const placesInGroup = placesOf(group, rules.composition);
    return {
      group,
      places: placesInGroup,
      filled: count,
      vacant: Math.max(0, placesInGroup - taken),
    };
  });

  return {
    panelYear,
    groupDue,
    dueForRenewal: onRoll
      .filter((m) => m.group === groupDue)
      .map(({ name, group }) => ({ name, group })),
    termsEnding,
    places,
  };
}
