import { complaintThemeTriggers, dayFromIso, RuleInputError, surveyMargin } from "../../src/domain";

const d = dayFromIso;
const AS_OF = d("2026-11-23");

describe("complaints-theme triggers (§11.2)", () => {
  const damp = ["2026-08-24", "2026-09-10", "2026-10-01", "2026-10-20", "2026-11-23"].map(
    (iso) => ({ received: d(iso), theme: "Damp and mould" })
  );

  it("triggers on 5 complaints with one theme in the last 3 months", () => {
    const [trigger, ...rest] = complaintThemeTriggers(damp, AS_OF);
    expect(rest).toEqual([]);
    expect(trigger).toMatchObject({
      theme: "Damp and mould",
      count: 5,
      from: d("2026-08-23"),
      to: AS_OF,
    });
  });

  it("does not count complaints on or before the start of the window, or after asOf", () => {
    const edge = [...damp.slice(1), { received: d("2026-08-23"), theme: "Damp and mould" }];
    expect(complaintThemeTriggers(edge, AS_OF)).toEqual([]);
    const future = [...damp.slice(1), { received: d("2026-11-24"), theme: "Damp and mould" }];
    expect(complaintThemeTriggers(future, AS_OF)).toEqual([]);
  });

  it("groups themes ignoring case and spaces, keeping the first spelling", () => {
    const mixed = damp.map((c, i) => ({ ...c, theme: i % 2 ? " damp and  MOULD " : c.theme }));
    expect(complaintThemeTriggers(mixed, AS_OF).map((t) => [t.theme, t.count])).toEqual([
      ["Damp and mould", 5],
    ]);
  });

  it("takes the numbers from the settings", () => {
    expect(
      complaintThemeTriggers(damp.slice(0, 4), AS_OF, { minimumComplaints: 4, months: 3 })
    ).toHaveLength(1);
    expect(complaintThemeTriggers(damp, AS_OF, { minimumComplaints: 5, months: 2 })).toEqual([]);
  });
});

describe("survey margin (Oxford report ¶21)", () => {
  it("gives 3.7% for 636 responses from 8,367 households at 95%", () => {
    expect(surveyMargin(636, 8367, 0.95)).toBeCloseTo(0.0374, 4);
    expect(surveyMargin(636, 8367)).toBeCloseTo(0.037355, 6);
  });

  it("is wider at 99% and zero for a census", () => {
    expect(surveyMargin(636, 8367, 0.99)).toBeGreaterThan(surveyMargin(636, 8367, 0.95));
    expect(surveyMargin(100, 100)).toBe(0);
  });

  it("says what to fix for impossible numbers", () => {
    expect(() => surveyMargin(0, 100)).toThrow(RuleInputError);
    expect(() => surveyMargin(200, 100)).toThrow(
      "200 responses is more than the population of 100: check the two numbers."
    );
    expect(() => surveyMargin(10, 100, 95)).toThrow(/Confidence must be between 0 and 1/);
  });
});
