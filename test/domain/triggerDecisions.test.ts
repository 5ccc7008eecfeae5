import {
  canAcceptTrigger,
  isAcceptedIntoProgramme,
  panelDecisionOf,
} from "../../src/domain/reviews/triggerDecisions";

describe("the panel's decision on a trigger (§11.3)", () => {
  it("is read ignoring case and spaces; a blank is New, and a word that is not a decision is none", () => {
    expect(panelDecisionOf("  accepted   into PROGRAMME ")).toBe("Accepted into programme");
    expect(panelDecisionOf("discussed")).toBe("Discussed");
    expect(panelDecisionOf("")).toBe("New");
    expect(panelDecisionOf(undefined)).toBe("New");
    expect(panelDecisionOf("Maybe later")).toBeUndefined();
  });

  it("leaves a trigger open to the programme while New, blank or Discussed, in any case", () => {
    for (const open of ["", "New", "new", "Discussed", "DISCUSSED ", undefined])
      expect(canAcceptTrigger(open)).toBe(true);
    for (const closed of [
      "Accepted into programme",
      "accepted into programme",
      "Declined",
      "declined",
      "Maybe later",
    ])
      expect(canAcceptTrigger(closed)).toBe(false);
  });

  it("knows a trigger accepted into the programme in any case", () => {
    expect(isAcceptedIntoProgramme("accepted into programme")).toBe(true);
    expect(isAcceptedIntoProgramme("Accepted into programme")).toBe(true);
    expect(isAcceptedIntoProgramme("Discussed")).toBe(false);
    expect(isAcceptedIntoProgramme(undefined)).toBe(false);
  });
});
