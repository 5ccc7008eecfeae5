import {
  groupKey,
  groupLabel,
  MemberAnswers,
  parseRepresentationDimension,
  representation,
  TenantShare,
} from "../../src/domain/members/representation";

const ages = (...shares: [string, number][]): TenantShare[] =>
  shares.map(([group, share]) => ({ dimension: "Age band", group, share }));
const members = (...bands: (string | undefined)[]): MemberAnswers[] =>
  bands.map((ageBand) => ({ ageBand }));

describe("representation against the tenant profile (§4.4)", () => {
  // 10 members answered: 1 aged 16–24, 4 aged 25–49, 5 aged 50+.
  const profile = ages(["16–24", 0.1], ["25–49", 0.5], ["50+", 0.4]);
  const roll = members(
    "16–24",
    "25–49",
    "25–49",
    "25–49",
    "25–49",
    "50+",
    "50+",
    "50+",
    "50+",
    "50+"
  );

  it("gives each group the members' share among those who answered, beside the tenants' share", () => {
    const found = representation(profile, roll, 0.5).groups.filter(
      (g) => g.dimension === "Age band"
    );
    expect(found.map((g) => [g.group, g.members, g.memberShare, g.tenantShare])).toEqual([
      ["16–24", 1, 0.1, 0.1],
      ["25–49", 4, 0.4, 0.5],
      ["50+", 5, 0.5, 0.4],
    ]);
    expect(found.every((g) => g.flag === undefined)).toBe(true);
  });

  it("flags Under-represented when the members' share is under threshold × the tenants' share", () => {
    // 25–49: 0.4 of members against 0.5 of tenants. Under 0.9 × 0.5 = 0.45: flagged; at 0.8 (0.4): not.
    const at = (threshold: number) =>
      representation(profile, roll, threshold).groups.find((g) => g.group === "25–49")?.flag;
    expect(at(0.9)).toBe("Under-represented");
    expect(at(0.8)).toBeUndefined();
    // 16–24 sits exactly on the line at 1 (0.1 against 1 × 0.1): on the line is not under.
    expect(
      representation(profile, roll, 1).groups.find((g) => g.group === "16–24")?.flag
    ).toBeUndefined();
  });

  it("flags No member for a group of tenants no member who answered belongs to", () => {
    const found = representation(profile, members("25–49", "50+"), 0.5).groups;
    expect(found.find((g) => g.group === "16–24")).toMatchObject({
      members: 0,
      memberShare: 0,
      flag: "No member",
    });
  });

  it("counts members with no answer (or 'Prefer not to say') apart, and shares among those who answered", () => {
    const result = representation(
      profile,
      [...members("16–24", undefined, "  ", "Prefer not to say"), { ethnicity: "White" }],
      0.5
    );
    expect(result.unanswered).toEqual({ "Age band": 4, Ethnicity: 4 });
    expect(result.groups.find((g) => g.group === "16–24")?.memberShare).toBe(1);
  });

  it("lists groups members name that the profile lacks, with tenant share 0 and no flag", () => {
    const result = representation(profile, members("16–24", "Aged 90 plus", "aged 90+"), 0.5);
    expect(result.groups.at(-1)).toEqual({
      dimension: "Age band",
      group: "Aged 90 plus",
      tenantShare: 0,
      memberShare: 2 / 3,
      members: 2,
    });
  });

  it("flags nothing for a dimension no member answered: the membership cannot be judged", () => {
    const result = representation(profile, members(undefined, undefined), 0.5);
    expect(result.groups.map((g) => g.flag)).toEqual([undefined, undefined, undefined]);
    expect(result.unanswered["Age band"]).toBe(2);
  });

  it("never flags a group with no tenants in it", () => {
    const result = representation(ages(["16–24", 0], ["25+", 1]), members("25+"), 0.5);
    expect(result.groups.map((g) => g.flag)).toEqual([undefined, undefined]);
  });

  it("keeps the dimensions apart and in order: age bands, then ethnicity", () => {
    const result = representation(
      [
        { dimension: "Ethnicity", group: "White", share: 0.8 },
        { dimension: "Age band", group: "16–24", share: 1 },
      ],
      [{ ageBand: "16-24", ethnicity: "white" }],
      0.5
    );
    expect(result.groups.map(groupLabel)).toEqual(["Age band: 16–24", "Ethnicity: White"]);
    expect(result.groups.map((g) => g.members)).toEqual([1, 1]);
  });
});

describe("reading groups and dimensions", () => {
  it("matches age bands however the dash, `to` or `and over` is written", () => {
    expect(groupKey("16–24")).toBe(groupKey("16-24"));
    expect(groupKey("16 to 24")).toBe(groupKey("16—24"));
    expect(groupKey("75 and over")).toBe(groupKey("75+"));
    expect(groupKey("Black, Black British, Caribbean or African")).toBe(
      groupKey("black black british caribbean or african")
    );
    expect(groupKey("16–24")).not.toBe(groupKey("16–34"));
  });

  it("reads the two dimensions and their common names, and nothing else", () => {
    expect(parseRepresentationDimension("Age band")).toBe("Age band");
    expect(parseRepresentationDimension(" age group ")).toBe("Age band");
    expect(parseRepresentationDimension("ETHNIC GROUP")).toBe("Ethnicity");
    expect(parseRepresentationDimension("Gender")).toBeUndefined();
  });
});
