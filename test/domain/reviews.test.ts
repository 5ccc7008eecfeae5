import {
  checkProgramme,
  dayFromIso,
  formatUkDate,
  impactAssessmentDue,
  informationRequestDeadline,
  managerCommentDeadline,
  recommendationImpactDue,
  REVIEW_STAGES,
  reviewDeadlines,
  reviewStageIndex,
} from "../../src/domain";

const d = dayFromIso;

describe("review deadlines (§11.4)", () => {
  it("gives managers 28 days to answer an information request", () => {
    expect(formatUkDate(informationRequestDeadline(d("2026-10-01")))).toBe("29/10/2026");
  });

  it("uses the manager's alternative deadline when given in writing", () => {
    expect(formatUkDate(informationRequestDeadline(d("2026-10-01"), d("2026-11-30")))).toBe(
      "30/11/2026"
    );
    expect(() => informationRequestDeadline(d("2026-10-01"), d("2026-09-30"))).toThrow(
      "The alternative deadline 30/09/2026 is before the request was sent (01/10/2026): check the two dates."
    );
  });

  it("gives the team manager 14 days to comment on the findings report", () => {
    expect(formatUkDate(managerCommentDeadline(d("2026-11-02")))).toBe("16/11/2026");
  });

  it("makes the impact assessment due 6 months after implementation (setting)", () => {
    expect(formatUkDate(impactAssessmentDue(d("2026-08-31")))).toBe("28/02/2027");
    expect(formatUkDate(impactAssessmentDue(d("2026-08-31"), 12))).toBe("31/08/2027");
  });

  it("marks a stage overdue only after its deadline passes without a response", () => {
    const sent = { informationRequested: d("2026-10-01") };
    expect(reviewDeadlines(sent, d("2026-10-29"))).toMatchObject({
      nextDeadline: d("2026-10-29"),
      overdue: false,
    });
    expect(reviewDeadlines(sent, d("2026-10-30"))).toMatchObject({
      nextDeadline: d("2026-10-29"),
      overdue: true,
    });
    expect(
      reviewDeadlines({ ...sent, informationReceived: d("2026-11-05") }, d("2026-11-23"))
    ).toEqual({
      nextDeadline: undefined,
      waiting: [],
      overdue: false,
    });
  });

  it("gives the earliest deadline still waiting", () => {
    const result = reviewDeadlines(
      {
        informationRequested: d("2026-10-01"),
        alternativeDeadline: d("2026-12-15"),
        reportToTeamManager: d("2026-11-20"),
      },
      d("2026-11-23")
    );
    expect(result.waiting.map((w) => [w.stage, formatUkDate(w.deadline)])).toEqual([
      ["Findings report to team manager", "04/12/2026"],
      ["Information request", "15/12/2026"],
    ]);
    expect(result.overdue).toBe(false);
  });
});

describe("review programme (§11.1)", () => {
  const reviews = [
    { name: "Void standards", panelYear: 2026, origin: "Scheduled" as const },
    { name: "Rent arrears letters", panelYear: 2026, origin: "Scheduled" as const },
    { name: "Gas servicing", panelYear: 2026, origin: "Scheduled" as const },
    { name: "Repairs first visit", panelYear: 2026, origin: "Responsive" as const },
    { name: "Estate cleaning", panelYear: 2025, origin: "Scheduled" as const },
  ];

  it("allows 3 scheduled reviews a year and lists reviews from triggers apart", () => {
    const check = checkProgramme(reviews, 2026);
    expect(check.overLimit).toBe(false);
    expect(check.fromTriggers).toEqual(["Repairs first visit"]);
    expect(check.message).toBe("3 of 3 scheduled reviews in 2026/27");
  });

  it("flags a fourth scheduled review", () => {
    const check = checkProgramme(
      [...reviews, { name: "ASB case handling", panelYear: 2026, origin: "Scheduled" }],
      2026
    );
    expect(check.overLimit).toBe(true);
    expect(check.message).toBe("4 scheduled reviews in 2026/27: no more than 3 (§11.1)");
  });
});

describe("review stages (§11.4)", () => {
  it("has the sixteen stages in order, the 'may' stages optional", () => {
    expect(REVIEW_STAGES).toHaveLength(16);
    expect(REVIEW_STAGES[0]?.name).toBe("Initial report");
    expect(REVIEW_STAGES[15]?.name).toBe("Impact assessment");
    expect(REVIEW_STAGES.filter((s) => s.optional).map((s) => s.name)).toEqual([
      "Shadowing",
      "Mystery shopping",
      "Tenant surveys",
      "Peer review",
      "Staff interviews",
      "Site visits",
    ]);
  });

  it("finds a stage by name whatever the case and punctuation", () => {
    expect(reviewStageIndex("desk top review")).toBe(3);
    expect(reviewStageIndex("Tenants Forum sign off")).toBe(13);
    expect(reviewStageIndex("lunch")).toBeUndefined();
  });
});

describe("impact assessment of recommendations (§11.4)", () => {
  it("is due 6 months after an implemented recommendation, unless it was not accepted", () => {
    const implemented = d("2026-03-16");
    expect(recommendationImpactDue({ accepted: true, implemented })).toBe(d("2026-09-16"));
    expect(recommendationImpactDue({ implemented })).toBe(d("2026-09-16"));
    expect(recommendationImpactDue({ accepted: false, implemented })).toBeUndefined();
    expect(recommendationImpactDue({ accepted: true })).toBeUndefined();
    expect(recommendationImpactDue({ implemented }, 3)).toBe(d("2026-06-16"));
  });
});
