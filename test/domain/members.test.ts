import {
  checkComposition,
  chairIneligibilityReason,
  dayFromIso,
  describeEligibility,
  describeTerm,
  failedEligibilityCriteria,
  formatUkDate,
  groupDueForRenewal,
  HARMLESS_ANSWERS,
  hasCompletedTraining,
  isEligibleForChair,
  isTenantMember,
  MemberGroup,
  memberStatus,
  parseMemberGroup,
  termEndOf,
  termState,
} from "../../src/domain";

const d = dayFromIso;
const many = (group: MemberGroup, n: number): MemberGroup[] =>
  Array.from({ length: n }, () => group);

describe("composition (§4.1, §4.3)", () => {
  it("accepts the full panel: 4 TF, 1 SSF, 3 general, 4 deputies", () => {
    const result = checkComposition([
      ...many("Tenants' Forum", 4),
      "Silver Service Forum",
      ...many("General", 3),
      ...many("Deputy", 4),
    ]);
    expect(result.breaches).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.counts.tenantMembers).toBe(8);
  });

  it("reports each breach by name", () => {
    const result = checkComposition([
      ...many("Tenants' Forum", 4),
      ...many("Silver Service Forum", 2),
      ...many("General", 4),
      ...many("Deputy", 5),
      "Co-optee",
    ]);
    expect(result.breaches).toEqual([
      "10 tenant members: the most is 8 (§4.1)",
      "2 Silver Service Forum members: the most is 1 (§4.1)",
      "4 general members: the most is 3 (§4.1)",
      "5 deputies: the most is 4 (§4.1)",
    ]);
  });

  it("lets Tenants' Forum members fill general spaces while TF + general ≤ 7", () => {
    const result = checkComposition([
      ...many("Tenants' Forum", 6),
      "Silver Service Forum",
      "General",
    ]);
    expect(result.breaches).toEqual([]);
    expect(result.notes).toEqual(["2 Tenants' Forum members are filling a general space (§4.3)"]);
  });

  it("calls it a breach when TF over 4 leaves no general space", () => {
    const result = checkComposition([...many("Tenants' Forum", 5), ...many("General", 3)]);
    expect(result.breaches).toEqual(["5 Tenants' Forum members: the most is 4 (§4.1)"]);
  });

  it("takes other limits from the settings", () => {
    const limits = {
      tenantMembers: 10,
      tenantsForum: 5,
      silverServiceForum: 2,
      general: 3,
      deputies: 2,
    };
    expect(
      checkComposition([...many("Tenants' Forum", 5), ...many("Deputy", 3)], limits).breaches
    ).toEqual(["3 deputies: the most is 2 (§4.1)"]);
  });

  it("counts only TF, SSF and general as tenant members (§7.7)", () => {
    expect(
      (["Tenants' Forum", "Silver Service Forum", "General", "Deputy", "Co-optee"] as const).map(
        isTenantMember
      )
    ).toEqual([true, true, true, false, false]);
  });

  it("reads group names as officers write them", () => {
    expect(
      ["tenants forum", "Tenants’ Forum", "TF", "SSF", "general", "Co-optee"].map(parseMemberGroup)
    ).toEqual([
      "Tenants' Forum",
      "Tenants' Forum",
      "Tenants' Forum",
      "Silver Service Forum",
      "General",
      "Co-optee",
    ]);
    expect(parseMemberGroup("Officer")).toBeUndefined();
  });
});

describe("eligibility (§4.2)", () => {
  it("is eligible with the harmless answers", () => {
    expect(describeEligibility(HARMLESS_ANSWERS)).toBe("Eligible");
  });

  it("lists every failed criterion, each with its clause", () => {
    const answers = {
      tenant: false,
      evictionOrAsbo: true,
      employeeOrCouncillor: true,
      legalDispute: true,
      tenantsForumMember: true,
      silverServiceForumMember: true,
    };
    expect(failedEligibilityCriteria(answers)).toEqual([
      "not a tenant of the council (§4.2)",
      "has a current eviction application or anti-social behaviour order (§4.2)",
      "employed by Landlord Services or an elected member of the council (§4.2)",
      "in legal action or a dispute with the council (§4.2)",
      "a member of both the Tenants' Forum and the Silver Service Forum (§4.2)",
    ]);
  });

  it("allows membership of one forum but not both", () => {
    expect(describeEligibility({ ...HARMLESS_ANSWERS, tenantsForumMember: true })).toBe("Eligible");
    expect(
      describeEligibility({
        ...HARMLESS_ANSWERS,
        tenantsForumMember: true,
        silverServiceForumMember: true,
      })
    ).toBe("Not eligible: a member of both the Tenants' Forum and the Silver Service Forum (§4.2)");
  });
});

describe("Chair re-election (§8.2)", () => {
  const history = [
    { panelYear: 2023, name: "Pat Jones" },
    { panelYear: 2024, name: "Pat Jones" },
    { panelYear: 2025, name: "pat  jones" },
  ];
  it("is not eligible after chairing the 3 panel years immediately before", () => {
    expect(isEligibleForChair("Pat Jones", history, 2026)).toBe(false);
    expect(chairIneligibilityReason("Pat Jones", 2026)).toBe(
      "Pat Jones chaired the panel in 2023/24, 2024/25, 2025/26: not eligible for re-election as Chair in 2026/27 (§8.2)"
    );
  });

  it("is eligible after a gap, or after only two years", () => {
    expect(isEligibleForChair("Pat Jones", history, 2027)).toBe(true);
    expect(isEligibleForChair("Pat Jones", history.slice(1), 2026)).toBe(true);
    expect(isEligibleForChair("Sam Lee", history, 2026)).toBe(true);
  });
});

describe("term, rotation and training (§15.1, §15.2, §4.5)", () => {
  it("ends a term three years after the start", () => {
    expect(formatUkDate(termEndOf(d("2024-01-15")))).toBe("15/01/2027");
    expect(formatUkDate(termEndOf(d("2024-02-29")))).toBe("28/02/2027");
  });

  it("flags a term ending within 90 days and one that has ended", () => {
    const end = d("2027-01-15");
    expect(termState(end, d("2026-10-17"))).toBe("ending soon"); // 90 days before
    expect(termState(end, d("2026-10-16"))).toBe("current"); // 91 days before
    expect(termState(end, d("2027-01-15"))).toBe("ended");
    expect(describeTerm(end, d("2026-11-23"))).toBe("term ends 15/01/2027 (§15.1)");
    expect(describeTerm(end, d("2027-02-01"))).toBe("term ended 15/01/2027 (§15.1)");
  });

  it("rotates renewal: SSF in year 1, general in year 2, TF in year 3", () => {
    expect([2026, 2027, 2028, 2029, 2025].map((year) => groupDueForRenewal(year, 2026))).toEqual([
      "Silver Service Forum",
      "General",
      "Tenants' Forum",
      "Silver Service Forum",
      "Tenants' Forum",
    ]);
  });

  it("needs at least 80% of the training", () => {
    expect(hasCompletedTraining(80)).toBe(true);
    expect(hasCompletedTraining(79.9)).toBe(false);
    expect(hasCompletedTraining(70, 70)).toBe(true);
  });
});

describe("member status (docs/workbook.md): the first that applies", () => {
  const none = {
    failedCriteria: [],
    lapsed: false,
    termEnded: false,
    trainingIncomplete: false,
    atRiskOfLapse: false,
  };
  it("orders Not eligible, Lapsed, Term ended, Training incomplete, At risk of lapse, Active", () => {
    expect(memberStatus({ ...none, failedCriteria: ["x"], lapsed: true })).toBe("Not eligible");
    expect(memberStatus({ ...none, lapsed: true, termEnded: true })).toBe("Lapsed");
    expect(memberStatus({ ...none, termEnded: true, trainingIncomplete: true })).toBe("Term ended");
    expect(memberStatus({ ...none, trainingIncomplete: true, atRiskOfLapse: true })).toBe(
      "Training incomplete"
    );
    expect(memberStatus({ ...none, atRiskOfLapse: true })).toBe("At risk of lapse");
    expect(memberStatus(none)).toBe("Active");
  });
});
