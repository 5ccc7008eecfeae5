import { scan } from "../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { TriggerFinding } from "../../src/engine/findings";
import { kpiEvidenceWords, triggerEvidenceWords } from "../../src/wording/evidence";
import { kpiFinding } from "./kpiFixtures";

describe("evidence as a sentence, with the periods apart", () => {
  test("the sample's rent collection: the issue's own sentence", () => {
    const { findings } = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), {
      asOf: DEMO_AS_OF,
    });
    const trigger = findings.triggers.find((t) => t.subject === "Rent collected as % of rent due")!;
    const words = triggerEvidenceWords(trigger, findings.kpis);
    expect(words.sentence).toBe(
      "Below target for 7 months running since April 2026; latest 96% against 97%"
    );
    expect(words.periods).toHaveLength(7);
    expect(words.periods[0]).toBe("Apr 2026: 96.1% against 97% (near miss)");
    expect(words.cells[6]).toBe("'KPI - Rent'!P3");
  });

  test("lower is better: above target, and it says which way is better", () => {
    const relet = kpiFinding({
      polarity: "lower",
      unit: "days",
      target: 28,
      figures: [27, 33, 35, 41],
      from: "2026-07-01",
    });
    expect(kpiEvidenceWords(relet)).toEqual({
      sentence:
        "Above target for 3 months running since August 2026; latest 41 days against 28 days (lower is better)",
      periods: [
        "Aug 2026: 33 days against 28 days (missed)",
        "Sep 2026: 35 days against 28 days (missed)",
        "Oct 2026: 41 days against 28 days (missed)",
      ],
      cells: ["'KPI - Services'!J3", "'KPI - Services'!K3", "'KPI - Services'!L3"],
    });
  });

  test("a latest month missed without a long run says the month it was missed", () => {
    const rent = kpiFinding({ polarity: "higher", unit: "%", target: 97, figures: [97.5, 90] });
    expect(kpiEvidenceWords(rent)?.sentence).toBe("Missed its target in May 2026: 90% against 97%");
    const twice = kpiFinding({ polarity: "higher", unit: "%", target: 97, figures: [96, 90] });
    expect(kpiEvidenceWords(twice)?.sentence).toBe(
      "Missed its target in May 2026: 90% against 97%; below target for 2 months running since April 2026"
    );
  });

  test("yearly figures are counted in years", () => {
    const tp01 = kpiFinding({
      polarity: "higher",
      unit: "%",
      target: 75,
      figures: [71.2, 72.5, 74],
      from: "2024-04-01",
      monthsApart: 12,
    });
    expect(kpiEvidenceWords(tp01)?.sentence).toBe(
      "Below target for 3 years running since April 2024; latest 74% against 75%"
    );
  });

  test("an indicator with no trigger has no evidence", () => {
    expect(
      kpiEvidenceWords(kpiFinding({ polarity: "higher", target: 90, figures: [91, 92] }))
    ).toBeUndefined();
  });

  test("a complaints trigger keeps the engine's words, without the clause number", () => {
    const trigger: TriggerFinding = {
      key: "Customer complaints: Damp and mould",
      type: "Customer complaints",
      serviceArea: "Repairs and maintenance",
      subject: "Damp and mould",
      evidence: "5 complaints about Damp and mould received 24/08/2026 to 23/11/2026 (§11.2)",
      source: "Complaints",
      isNew: true,
      panelDecision: "New",
      canAccept: true,
      acceptedIntoProgramme: false,
    };
    expect(triggerEvidenceWords(trigger, [])).toEqual({
      sentence: "5 complaints about Damp and mould received 24/08/2026 to 23/11/2026",
      periods: [],
      cells: [],
    });
  });
});
