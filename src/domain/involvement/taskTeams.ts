import { Day } from "../calendar/days";
import { groupKey, groupLabel, RepresentationDimension } from "../members/representation";
import { serviceAreaKey } from "./interests";

/** What choosing people for a task team needs to know of someone in the involvement pool. */
export interface PoolPerson {
  name: string;
  interests: readonly string[];
  lastInvolved?: Day;
  ageBand?: string;
  ethnicity?: string;
}

/** A group §4.4 finds under-represented on the panel (flagged `No member` or `Under-represented`). */
export interface UnderRepresentedGroup {
  dimension: RepresentationDimension;
  group: string;
}

export interface TaskTeamCandidate<P extends PoolPerson> {
  person: P;
  /** The under-represented groups the person belongs to, as `Age band: 16–24`. */
  underRepresented: string[];
}

/**
 * People in the pool interested in `serviceArea` (ignoring case and punctuation), for a task team.
 * Order: never involved first, then the longest since they were last involved, so the most recently
 * involved come last. The council report wants involvement broadened, not left to the same few: its
 * "need to reach" strategy is for "ensuring that those underrepresented through involvement have
 * opportunities to influence what we do" (¶23), so new people get a turn. People involved on the same
 * day keep the pool's order. Each comes with the under-represented groups (§4.4) they belong to, so the
 * panel can see who would broaden it — noted, never used to leave anyone out.
 */
export function taskTeamCandidates<P extends PoolPerson>(
  pool: readonly P[],
  serviceArea: string,
  underRepresented: readonly UnderRepresentedGroup[]
): TaskTeamCandidate<P>[] {
  const area = serviceAreaKey(serviceArea);
  const flagged = new Set(underRepresented.map((g) => `${g.dimension}|${groupKey(g.group)}`));
  const labels = new Map(
    underRepresented.map((g) => [`${g.dimension}|${groupKey(g.group)}`, groupLabel(g)])
  );
  const groupsOf = (person: P): string[] =>
    (
      [
        ["Age band", person.ageBand],
        ["Ethnicity", person.ethnicity],
      ] as const
    ).flatMap(([dimension, answer]) => {
      if (answer === undefined) return [];
      const key = `${dimension}|${groupKey(answer)}`;
      return flagged.has(key) ? [labels.get(key) as string] : [];
    });
  return pool
    .filter((person) => person.interests.some((interest) => serviceAreaKey(interest) === area))
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        (a.person.lastInvolved ?? -Infinity) - (b.person.lastInvolved ?? -Infinity) ||
        a.index - b.index
    )
    .map(({ person }) => ({ person, underRepresented: groupsOf(person) }));
}
