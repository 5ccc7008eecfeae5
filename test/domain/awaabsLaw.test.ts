import fc from "fast-check";
import {
  ALL_HAZARDS,
  AWAABS_LAW_SCOPE,
  dayFromIso,
  describeBreaches,
  describeDue,
  describeLateness,
  formatUkDate,
  hazardClocks,
  HazardRecord,
  hazardScope,
  hazardStepDue,
  HAZARD_STEPS,
  NOT_NEEDED,
  withExtraHolidays,
} from "../../src/domain";

const d = dayFromIso;
/** A date and time as a cell holds it. */
const at = (iso: string, time = "00:00"): number => {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return d(iso) + (hours * 60 + minutes) / 1440;
};
/** The end of a day: a scan "as of" a date judges 24-hour steps at its last minute. */
const endOf = (iso: string): number => at(iso, "23:59");

describe("emergency hazards: investigate and make safe within 24 hours (clock hours)", () => {
  const emergency: HazardRecord = {
    reference: "H-0001",
    category: "Emergency",
    hazard: "Electrical",
    aware: at("2026-10-24", "10:00"),
  };

  it("is due an hour earlier on the wall clock across the October change: aware Saturday 24/10/2026 10:00 → due Sunday 25/10/2026 09:00", () => {
    const clocks = hazardClocks(emergency, at("2026-10-24", "18:00"));
    expect(clocks.nextStep?.step).toBe("Investigate and make safe");
    expect(describeDue(clocks.nextStep!)).toBe("25/10/2026 09:00");
    expect(clocks.overdue).toBe(false);
  });

  it("made safe at 10:00 on the Sunday, 'the same time the next day', is an hour late", () => {
    const clocks = hazardClocks(
      { ...emergency, madeSafe: at("2026-10-25", "10:00") },
      endOf("2026-11-23")
    );
    expect(describeBreaches(clocks)).toBe("Investigate and make safe 1 hour late");
    expect(clocks.nextStep).toBeUndefined();
    expect(clocks.overdue).toBe(false);
    expect(
      describeBreaches(
        hazardClocks({ ...emergency, madeSafe: at("2026-10-25", "08:59") }, endOf("2026-11-23"))
      )
    ).toBe("");
  });

  it("is an hour later across the March change, at Easter 2027: aware Saturday 27/03 20:00 → due Sunday 28/03/2027 21:00", () => {
    const clocks = hazardClocks(
      { ...emergency, aware: at("2027-03-27", "20:00") },
      at("2027-03-27", "21:00")
    );
    expect(describeDue(clocks.nextStep!)).toBe("28/03/2027 21:00");
  });

  it("is overdue once the 24 hours have passed, and says when no alternative accommodation was offered", () => {
    const tuesday = { ...emergency, aware: at("2026-11-10", "15:00") };
    const before = hazardClocks(tuesday, at("2026-11-11", "14:00"));
    expect(before.overdue).toBe(false);
    const after = hazardClocks(tuesday, at("2026-11-11", "16:20"));
    expect(after.overdue).toBe(true);
    expect(describeLateness(after.nextStep!.overdue!)).toBe("1 hour 20 minutes");
    expect(after.safetyWorkOverdueWithoutAlternative).toBe(true);
    const offered = hazardClocks(
      { ...tuesday, alternativeAccommodationOffered: true },
      at("2026-11-11", "16:20")
    );
    expect(offered.overdue).toBe(true);
    expect(offered.safetyWorkOverdueWithoutAlternative).toBe(false);
  });

  it("follows the investigation with the written summary and preventative work when its conclusion is recorded", () => {
    const clocks = hazardClocks(
      {
        ...emergency,
        madeSafe: at("2026-10-24", "16:00"),
        investigationConcluded: d("2026-10-27"),
      },
      endOf("2026-10-27")
    );
    expect(clocks.steps.map((step) => [step.step, describeDue(step)])).toEqual([
      ["Investigate and make safe", "25/10/2026 09:00"],
      ["Written summary", "30/10/2026"],
      ["Preventative work", "03/11/2026"],
    ]);
    expect(clocks.nextStep?.step).toBe("Written summary");
  });
});

describe("significant hazards: investigate in 10 working days, then summary 3, safety and preventative work 5", () => {
  const significant: HazardRecord = {
    reference: "H-0002",
    category: "Significant",
    hazard: "Damp and mould",
    aware: at("2026-11-02", "09:15"),
  };

  it("investigation due 16/11/2026 for a hazard known on Monday 02/11/2026", () => {
    const clocks = hazardClocks(significant, endOf("2026-11-10"));
    expect(clocks.steps.map((step) => step.step)).toEqual(["Investigate"]);
    expect(describeDue(clocks.nextStep!)).toBe("16/11/2026");
    expect(clocks.overdue).toBe(false);
  });

  it("over Christmas: aware Friday 18/12/2026 → investigation due 06/01/2027", () => {
    const clocks = hazardClocks(
      { ...significant, aware: at("2026-12-18", "11:00") },
      endOf("2026-12-18")
    );
    expect(describeDue(clocks.nextStep!)).toBe("06/01/2027");
  });

  it("states each late step with how late, the next step and whether anything is overdue", () => {
    // Concluded Thursday 12/11: summary due 17/11 (sent 19/11, 2 working days late), safety work due
    // 19/11 (started 18/11), preventative work due 19/11, not started at 23/11: overdue 2 working days.
    const clocks = hazardClocks(
      {
        ...significant,
        investigationConcluded: d("2026-11-12"),
        summarySent: d("2026-11-19"),
        safetyWorkStarted: d("2026-11-18"),
      },
      endOf("2026-11-23")
    );
    expect(clocks.steps.map((step) => [step.step, describeDue(step)])).toEqual([
      ["Investigate", "16/11/2026"],
      ["Written summary", "17/11/2026"],
      ["Safety work", "19/11/2026"],
      ["Preventative work", "19/11/2026"],
    ]);
    expect(describeBreaches(clocks)).toBe("Written summary 2 working days late");
    expect(clocks.nextStep?.step).toBe("Preventative work");
    expect(describeLateness(clocks.nextStep!.overdue!)).toBe("2 working days");
    expect(clocks.overdue).toBe(true);
    expect(clocks.safetyWorkOverdueWithoutAlternative).toBe(false);
  });

  it("gives preventative work 12 weeks where a reason is recorded: concluded 12/11/2026 → 04/02/2027", () => {
    const clocks = hazardClocks(
      {
        ...significant,
        investigationConcluded: d("2026-11-12"),
        summarySent: d("2026-11-16"),
        safetyWorkStarted: d("2026-11-18"),
        reasonForLaterPreventativeWork: "Specialist ventilation survey needed",
      },
      endOf("2026-11-23")
    );
    expect(clocks.nextStep?.step).toBe("Preventative work");
    expect(formatUkDate(clocks.nextStep!.due)).toBe("04/02/2027");
    expect(clocks.overdue).toBe(false);
    expect(clocks.breaches).toEqual([]);
  });

  it("states safety work overdue with no alternative accommodation offered, the earliest step next", () => {
    const clocks = hazardClocks(
      { ...significant, investigationConcluded: d("2026-11-12") },
      endOf("2026-11-23")
    );
    expect(clocks.nextStep?.step).toBe("Written summary");
    expect(clocks.safetyWorkOverdueWithoutAlternative).toBe(true);
  });

  it("leaves out work recorded as not needed", () => {
    const clocks = hazardClocks(
      {
        ...significant,
        investigationConcluded: d("2026-11-12"),
        summarySent: d("2026-11-13"),
        safetyWorkStarted: NOT_NEEDED,
        preventativeWorkStarted: NOT_NEEDED,
      },
      endOf("2026-11-23")
    );
    expect(clocks.steps.map((step) => step.step)).toEqual(["Investigate", "Written summary"]);
    expect(clocks.nextStep).toBeUndefined();
    expect(clocks.overdue).toBe(false);
  });

  it("says what does not fit: a date before the landlord was aware, later work with no investigation date", () => {
    const clocks = hazardClocks(
      { ...significant, summarySent: d("2026-11-20"), safetyWorkStarted: d("2026-10-30") },
      endOf("2026-11-23")
    );
    expect(clocks.issues).toEqual([
      {
        column: "Summary sent",
        message:
          "Summary sent is given but Investigation concluded is blank: the written summary clock starts when the investigation concluded, so give that date",
      },
      {
        column: "Safety work started",
        message:
          "Safety work started 30/10/2026 is before the landlord became aware (02/11/2026 09:15): check the date",
      },
      {
        column: "Safety work started",
        message:
          "Safety work started is given but Investigation concluded is blank: the safety work clock starts when the investigation concluded, so give that date",
      },
    ]);
  });
});

describe("one step's due date (TOSP.HAZARDDUE)", () => {
  it("needs the investigation's conclusion for the steps after it", () => {
    expect(hazardStepDue("Written summary", at("2026-11-02"), undefined, false)).toBeUndefined();
    expect(
      formatUkDate(hazardStepDue("Safety work", at("2026-11-02"), d("2026-11-12"), false)!.due)
    ).toBe("19/11/2026");
  });

  it("never makes a step due before the landlord became aware, nor earlier for another bank holiday", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HAZARD_STEPS),
        fc.integer({ min: d("2025-10-27"), max: d("2028-12-31") }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 60 }),
        (step, day, minute, concludedAfter, reason, holidayAfter) => {
          const aware = day + minute / 1440;
          const plain = hazardStepDue(step, aware, day + concludedAfter, reason)!;
          expect(plain.due).toBeGreaterThan(aware);
          const moreHolidays = hazardStepDue(
            step,
            aware,
            day + concludedAfter,
            reason,
            undefined,
            withExtraHolidays([day + holidayAfter])
          )!;
          expect(moreHolidays.due).toBeGreaterThanOrEqual(plain.due);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("hazard types in scope (a dated settings list)", () => {
  const scope = (hazard: string | undefined, category: "Emergency" | "Significant", iso: string) =>
    hazardScope({ hazard, category, aware: at(iso, "12:00") });

  it("covers damp and mould, and emergency hazards of any type, from 27/10/2025", () => {
    expect(scope("Damp and mould", "Significant", "2025-10-27").inScope).toBe(true);
    expect(scope("Damp & Mould", "Significant", "2026-01-05").inScope).toBe(true);
    expect(scope("Electrical", "Emergency", "2025-11-01").inScope).toBe(true);
    expect(scope(undefined, "Emergency", "2025-11-01").inScope).toBe(true);
    expect(scope("Damp and mould", "Significant", "2025-10-26")).toEqual({
      inScope: false,
      reason:
        "Awaab's Law covers damp and mould from 27/10/2025, after the landlord became aware on 26/10/2025",
    });
  });

  it("leaves out other significant hazards until the settings bring them in", () => {
    expect(scope("Excess cold", "Significant", "2026-11-02")).toEqual({
      inScope: false,
      reason: "Excess cold is not among the hazard types Awaab's Law covers in the Settings",
    });
    expect(scope(undefined, "Significant", "2026-11-02")).toEqual({
      inScope: false,
      reason:
        "the hazard type is blank: name it (e.g. Damp and mould) to see whether Awaab's Law covers it",
    });
    const phase2 = [
      ...AWAABS_LAW_SCOPE,
      { hazard: "Excess cold", category: "Any" as const, from: d("2026-10-01") },
    ];
    expect(
      hazardScope(
        { hazard: "excess cold", category: "Significant", aware: at("2026-11-02") },
        phase2
      ).inScope
    ).toBe(true);
    const phase3 = [{ hazard: ALL_HAZARDS, category: "Any" as const, from: d("2027-04-01") }];
    expect(
      hazardScope({ hazard: "Falls", category: "Significant", aware: at("2027-04-01") }, phase3)
        .inScope
    ).toBe(true);
  });
});
