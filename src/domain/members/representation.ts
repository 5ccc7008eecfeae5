/**
 * §4.4: "The Council will endeavour to ensure that membership is representative of the age and
 * ethnicity profile of its tenants." The add-in compares the members' answers with the tenant profile,
 * group by group, and flags the groups the membership leaves out or under-represents.
 */
export const REPRESENTATION_DIMENSIONS = ["Age band", "Ethnicity"] as const;
export type RepresentationDimension = (typeof REPRESENTATION_DIMENSIONS)[number];

/** *Setting*: a group is under-represented when members' share is under half of tenants'. */
export const DEFAULT_UNDER_REPRESENTATION_THRESHOLD = 0.5;

const DIMENSION_WORDS: Record<string, RepresentationDimension> = {
  ageband: "Age band",
  age: "Age band",
  agegroup: "Age band",
  agerange: "Age band",
  ethnicity: "Ethnicity",
  ethnicgroup: "Ethnicity",
  ethnicorigin: "Ethnicity",
  ethnicbackground: "Ethnicity",
};

/** Reads a Dimension cell: `Age band` or `Ethnicity` (also `Age group`, `Ethnic group`), ignoring case. */
export function parseRepresentationDimension(text: string): RepresentationDimension | undefined {
  return DIMENSION_WORDS[text.toLowerCase().replace(/[^a-z]+/g, "")];
}

/**
 * Groups match ignoring case, spaces and punctuation, with dashes, `to` and `and over` read alike:
 * `16–24`, `16-24` and `16 to 24` are one band, as are `75+` and `75 and over`.
 */
export function groupKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+(to)\s+/g, "-")
    .replace(/\s*(and over|and above|or over|or older|plus)\s*$/, "+")
    .replace(/[^a-z0-9+]+/g, "");
}

/**
 * Answers that say the member chose not to answer: counted as no answer, not as a group (§13.3:
 * members' personal information is theirs to give).
 */
const NOT_ANSWERED = new Set(
  ["prefer not to say", "not known", "unknown", "not stated", "n/a", "-"].map(groupKey)
);

/** One group of the tenant profile: the share of tenants in it, 0–1. */
export interface TenantShare {
  dimension: RepresentationDimension;
  group: string;
  share: number;
}

/** What §4.4 needs of a member on the roll: their answers, each optional. */
export interface MemberAnswers {
  ageBand?: string;
  ethnicity?: string;
}

export interface GroupRepresentation {
  dimension: RepresentationDimension;
  group: string;
  /** 0–1; 0 for a group members name that the tenant profile lacks. */
  tenantShare: number;
  /** 0–1, among the members who answered for this dimension. */
  memberShare: number;
  members: number;
  flag?: "No member" | "Under-represented";
}

export interface Representation {
  groups: GroupRepresentation[];
  /** Members with no answer, by dimension. */
  unanswered: Record<RepresentationDimension, number>;
}

function answerOf(member: MemberAnswers, dimension: RepresentationDimension): string | undefined {
  const text = (dimension === "Age band" ? member.ageBand : member.ethnicity)?.trim();
  return text === undefined || text === "" || NOT_ANSWERED.has(groupKey(text)) ? undefined : text;
}

/**
 * §4.4, for each dimension: each group's share of the members who answered against its share of
 * tenants, in the profile's order, then groups members name that the profile lacks (tenant share 0,
 * never flagged: the profile cannot say they are under-represented). A group with tenants in it is
 * flagged `No member` when no member who answered is in it, and `Under-represented` when the members'
 * share is under `threshold` × the tenants' share (*setting*, default 0.5). With no answers at all for
 * a dimension nothing is flagged: the membership cannot be judged, and `unanswered` says why.
 */
export function representation(
  profile: readonly TenantShare[],
  members: readonly MemberAnswers[],
  threshold = DEFAULT_UNDER_REPRESENTATION_THRESHOLD
): Representation {
  const groups: GroupRepresentation[] = [];
  const unanswered = { "Age band": 0, Ethnicity: 0 };
  for (const dimension of REPRESENTATION_DIMENSIONS) {
    const counts = new Map<string, { group: string; members: number }>();
    let answered = 0;
    for (const member of members) {
      const answer = answerOf(member, dimension);
      if (answer === undefined) {
        unanswered[dimension]++;
        continue;
      }
      answered++;
      const key = groupKey(answer);
      const count = counts.get(key) ?? { group: answer, members: 0 };
      count.members++;
      counts.set(key, count);
    }
    const share = (n: number): number => (answered === 0 ? 0 : n / answered);
    const listed = new Set<string>();
    for (const tenants of profile.filter((row) => row.dimension === dimension)) {
      const key = groupKey(tenants.group);
      if (listed.has(key)) continue;
      listed.add(key);
      const inGroup = counts.get(key)?.members ?? 0;
      const memberShare = share(inGroup);
      const flag =
        answered === 0 || tenants.share <= 0
          ? undefined
          : inGroup === 0
            ? "No member"
            : memberShare < threshold * tenants.share
              ? "Under-represented"
              : undefined;
      groups.push({
        dimension,
        group: tenants.group,
        tenantShare: tenants.share,
        memberShare,
        members: inGroup,
        ...(flag ? { flag } : {}),
      });
    }
    for (const [key, { group, members: inGroup }] of counts) {
      if (listed.has(key)) continue;
      groups.push({
        dimension,
        group,
        tenantShare: 0,
        memberShare: share(inGroup),
        members: inGroup,
      });
    }
  }
  return { groups, unanswered };
}

/** `Age band: 16–24`: a group named with its dimension, for notes and chart labels. */
export function groupLabel(group: { dimension: RepresentationDimension; group: string }): string {
  return `${group.dimension}: ${group.group}`;
}
