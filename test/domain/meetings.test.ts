import fc from "fast-check";
import {
  dayFromIso,
  decide,
  describeNotice,
  DECISION_TEXTS,
  isQuorate,
  meetingsInPanelYear,
  membershipOn,
  MemberOnRoll,
  quorumNeeded,
  RuleInputError,
} from "../../src/domain";

const d = dayFromIso;

describe("quorum (§7.2, §7.7)", () => {
  it("is half the tenant membership, rounded up: 8 → 4, 7 → 4, 5 → 3", () => {
    expect([8, 7, 5, 1].map(quorumNeeded)).toEqual([4, 4, 3, 1]);
  });

  it("is quorate iff 2 × present ≥ membership", () => {
    expect(isQuorate(8, 4)).toBe(true);
    expect(isQuorate(8, 3)).toBe(false);
    expect(isQuorate(7, 4)).toBe(true);
    expect(isQuorate(7, 3)).toBe(false);
    expect(isQuorate(5, 3)).toBe(true);
  });

  it("treats a membership of 0 or less as an input error that says what to count", () => {
    expect(() => quorumNeeded(0)).toThrow(RuleInputError);
    expect(() => quorumNeeded(-1)).toThrow(
      /at least 1; got -1\. Count Tenants' Forum, Silver Service Forum and general members only \(§7\.7\)/
    );
    expect(() => isQuorate(8, 9)).toThrow("9 members present is more than the membership of 8");
    expect(() => isQuorate(8, 2.5)).toThrow(RuleInputError);
  });

  it("is monotone in those present", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), (membership, a, b) => {
        const fewer = Math.min(a, b) % (membership + 1);
        const more = Math.max(fewer, Math.max(a, b) % (membership + 1));
        if (isQuorate(membership, fewer)) expect(isQuorate(membership, more)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });
});

describe("membership on a meeting date", () => {
  const meeting = d("2026-11-10");
  const members: MemberOnRoll[] = [
    { group: "Tenants' Forum", startDate: d("2025-09-01") },
    { group: "Silver Service Forum" },
    { group: "General", startDate: d("2026-11-11") }, // not yet started
    { group: "General", termEnd: d("2026-11-10") }, // term ended that day
    { group: "General", lapsedOn: d("2026-10-13") }, // lapsed at an earlier meeting
    { group: "General", lapsedOn: d("2026-11-10") }, // lapsed at this meeting: still counts at it
    { group: "Deputy" },
    { group: "Co-optee" },
  ];
  it("counts tenant members who had started, whose term had not ended and who had not lapsed earlier", () => {
    expect(membershipOn(members, meeting)).toBe(3);
  });
});

describe("decisions (§9.3, §9.4, §7.2)", () => {
  const quorate = { present: 6, membership: 8 };
  it("carries by simple majority of those present", () => {
    expect(decide({ votesFor: 4, votesAgainst: 2, ...quorate })).toBe("Carried");
    expect(decide({ votesFor: 2, votesAgainst: 3, ...quorate })).toBe("Not carried");
  });

  it("needs the Chair's casting vote on a tie, and the casting vote decides", () => {
    expect(decide({ votesFor: 3, votesAgainst: 3, ...quorate })).toBe(
      "Tied – Chair's casting vote needed"
    );
    expect(decide({ votesFor: 3, votesAgainst: 3, ...quorate, castingVote: "for" })).toBe(
      DECISION_TEXTS.carriedOnCastingVote
    );
    expect(decide({ votesFor: 2, votesAgainst: 2, ...quorate, castingVote: "against" })).toBe(
      "Not carried on the Chair's casting vote"
    );
  });

  it("ignores a casting vote when there is a majority", () => {
    expect(decide({ votesFor: 4, votesAgainst: 1, ...quorate, castingVote: "against" })).toBe(
      "Carried"
    );
  });

  it("makes no decision when inquorate", () => {
    expect(decide({ votesFor: 3, votesAgainst: 0, present: 3, membership: 8 })).toBe(
      "No decision – inquorate (ratify at next full meeting)"
    );
  });

  it("refuses more votes than members present", () => {
    expect(() => decide({ votesFor: 4, votesAgainst: 3, ...quorate })).toThrow(
      "4 for and 3 against is more votes than the 6 members present: check the count."
    );
    expect(() => decide({ votesFor: -1, votesAgainst: 3, ...quorate })).toThrow(RuleInputError);
  });
});

describe("meetings per panel year (§7.1)", () => {
  const meetings = [
    { date: d("2026-08-11"), type: "Main" as const }, // previous panel year
    { date: d("2026-09-08"), type: "Main" as const },
    { date: d("2026-09-22"), type: "Interim" as const },
    { date: d("2026-10-13"), type: "Main" as const },
    { date: d("2026-10-20"), type: "Sub-panel" as const },
    { date: d("2026-11-10"), type: "Cancelled" as const },
    ...["2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11"].map(
      (iso) => ({
        date: d(iso),
        type: "Main" as const,
      })
    ),
  ];

  it("counts main and interim meetings held and still scheduled, not sub-panels or cancelled ones", () => {
    expect(meetingsInPanelYear(meetings, 2026, d("2026-11-23"))).toEqual({
      panelYear: 2026,
      held: 3,
      scheduled: 6,
      cancelled: 1,
      required: 10,
      canReachRequired: false,
    });
  });

  it("can reach 10 once one more is scheduled", () => {
    const more = [...meetings, { date: d("2027-06-08"), type: "Main" as const }];
    expect(meetingsInPanelYear(more, 2026, d("2026-11-23")).canReachRequired).toBe(true);
  });
});

describe("notice for meetings between main meetings (§7.1)", () => {
  it("is short for an interim meeting with under 5 clear working days, OK otherwise", () => {
    expect(describeNotice("Interim", d("2026-09-17"), d("2026-09-22"))).toBe(
      "Short: 2 clear working days"
    );
    expect(describeNotice("Interim", d("2026-09-17"), d("2026-09-21"))).toBe(
      "Short: 1 clear working day"
    );
    expect(describeNotice("Interim", d("2026-11-02"), d("2026-11-10"))).toBe("OK");
    expect(describeNotice("Main", d("2026-09-17"), d("2026-09-22"))).toBe("OK");
    expect(describeNotice("Interim", d("2026-11-02"), d("2026-11-10"), 6)).toBe(
      "Short: 5 clear working days"
    );
  });
});
