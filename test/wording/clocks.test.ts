import { dayFromIso } from "../../src/domain/calendar/days";
import {
  ComplaintFinding,
  HazardFinding,
  KpiFinding,
  LoggedMeasure,
  OverdueClock,
} from "../../src/engine/findings";
import {
  complaintResult,
  complaintWords,
  hazardTally,
  hazardWords,
  loggedMeasureWords,
  overdueCountWords,
  overdueSentence,
  overdueWords,
  publishedChecksWords,
  receivedWords,
} from "../../src/wording/clocks";
import { kpiFinding } from "./kpiFixtures";

const d = dayFromIso;
const at = (iso: string, hours: number, minutes = 0): number =>
  d(iso) + (hours * 60 + minutes) / 1440;

function hazard(options: Partial<HazardFinding> = {}): HazardFinding {
  return {
    reference: "H-1",
    where: "Hazards!A2",
    cell: { sheet: "Hazards", row: 1, column: 0 },
    category: "Emergency",
    hazard: "Gas leak",
    aware: at("2026-10-24", 20),
    inScope: true,
    nextStepText: "All steps done",
    overdue: false,
    overdueSteps: [],
    breaches: [],
    safetyWorkOverdueWithoutAlternative: false,
    breachesText: "",
    ...options,
  };
}

function complaint(options: Partial<ComplaintFinding> = {}): ComplaintFinding {
  return {
    reference: "C-1",
    where: "Complaints!A2",
    cell: { sheet: "Complaints", row: 1, column: 0 },
    received: d("2026-10-21"),
    theme: "Damp and mould",
    stage: 1,
    stage1Due: d("2026-11-13"),
    due: d("2026-11-13"),
    status: { kind: "open" },
    code: "Open",
    overdue: false,
    lateAcknowledgements: [],
    extensionsBeyondCode: [],
    ...options,
  };
}

describe("the Overview's count", () => {
  const logs = { complaints: true, hazards: true };
  test("says what is overdue, each kind counted once, in the plural it needs", () => {
    expect(overdueCountWords({ overdueComplaints: 2, overdueHazards: 1 }, logs)).toBe(
      "2 complaints and 1 hazard overdue"
    );
    expect(overdueCountWords({ overdueComplaints: 1, overdueHazards: 0 }, logs)).toBe(
      "1 complaint overdue"
    );
    expect(overdueCountWords({ overdueComplaints: 0, overdueHazards: 3 }, logs)).toBe(
      "3 hazards overdue"
    );
  });

  test("nothing overdue, and no log at all, in plain words", () => {
    expect(overdueCountWords({ overdueComplaints: 0, overdueHazards: 0 }, logs)).toBe(
      "No complaint or hazard overdue"
    );
    expect(
      overdueCountWords(
        { overdueComplaints: 0, overdueHazards: 0 },
        { complaints: true, hazards: false }
      )
    ).toBe("No complaint overdue");
    expect(
      overdueCountWords(
        { overdueComplaints: 0, overdueHazards: 0 },
        { complaints: false, hazards: false }
      )
    ).toBe("No complaints or hazards log to check");
  });

  test("the view's headline adds the date", () => {
    const summary = { overdueComplaints: 0, overdueHazards: 1 } as never;
    expect(
      overdueSentence({ asOf: d("2026-11-23"), summary, complaints: [], hazards: [hazard()] })
    ).toBe("1 hazard overdue at 23/11/2026, the earliest due first.");
  });
});

describe("an overdue clock", () => {
  const clock = (options: Partial<OverdueClock>): OverdueClock => ({
    kind: "hazard",
    reference: "H-1",
    where: "Hazards!A2",
    cell: { sheet: "Hazards", row: 1, column: 0 },
    step: "Investigate and make safe",
    due: at("2026-10-25", 19),
    withTime: true,
    dueText: "25/10/2026 19:00",
    overdueBy: "5 hours 20 minutes",
    ...options,
  });

  test("a 24-hour step says its time; the hazard's type is in its title", () => {
    expect(overdueWords(clock({}), hazard())).toEqual({
      title: "Hazard H-1: Gas leak",
      sentence: "Due to investigate and make safe by 25/10/2026 19:00: 5 hours 20 minutes overdue.",
    });
  });

  test("safety work overdue with no alternative accommodation says so", () => {
    const words = overdueWords(
      clock({
        step: "Safety work",
        dueText: "06/11/2026",
        withTime: false,
        overdueBy: "1 working day",
      }),
      hazard({ safetyWorkOverdueWithoutAlternative: true })
    );
    expect(words.sentence).toBe(
      "Due to start the safety work by 06/11/2026: 1 working day overdue."
    );
    expect(words.note).toBe("No alternative accommodation is recorded as offered.");
  });

  test("a complaint's stage response, by its reference or its date received", () => {
    const words = overdueWords(
      clock({
        kind: "complaint",
        reference: "received 21/10/2026",
        step: "stage 1 response",
        dueText: "13/11/2026",
        withTime: false,
        overdueBy: "6 working days",
      })
    );
    expect(words).toEqual({
      title: "Complaint received 21/10/2026",
      sentence: "Due to send the stage 1 response by 13/11/2026: 6 working days overdue.",
    });
  });
});

describe("a complaint", () => {
  test("its result under the Code, a word and a colour for each", () => {
    expect(complaintResult({ status: { kind: "within" } })).toEqual({
      words: "Answered within the Code",
      tone: "success",
    });
    expect(complaintResult({ status: { kind: "late", workingDays: 1 } })).toEqual({
      words: "Answered late: 1 working day",
      tone: "warning",
    });
    expect(complaintResult({ status: { kind: "overdue", workingDays: 6 } })).toEqual({
      words: "Overdue: 6 working days",
      tone: "danger",
    });
    expect(complaintResult({ status: { kind: "open" } }).tone).toBe("informative");
  });

  test("each stage's due date, and what went outside the Code", () => {
    const words = complaintWords(
      complaint({
        reference: undefined,
        stage: 2,
        stage2Due: d("2026-12-14"),
        lateAcknowledgements: [{ stage: 1, due: d("2026-10-28"), workingDays: 2 }],
        extensionsBeyondCode: [
          { stage: 2, to: d("2027-01-29"), limit: d("2027-01-13"), workingDays: 12 },
        ],
      })
    );
    expect(words.title).toBe("Complaint received 21/10/2026");
    expect(words.dues).toEqual([
      "Stage 1 response due 13/11/2026",
      "Stage 2 response due 14/12/2026",
    ]);
    expect(words.notes).toEqual([
      "Stage 1 acknowledged 2 working days late (due 28/10/2026)",
      "Stage 2 extended to 29/01/2027, 12 working days beyond the Code's limit of 13/01/2027",
    ]);
  });
});

describe("a hazard", () => {
  test("one Awaab's Law does not cover is shown with the reason and never counted", () => {
    const excluded = hazard({
      reference: "H-2",
      category: "Significant",
      hazard: "Excess cold",
      inScope: false,
      notInScope: "Excess cold is not among the hazard types Awaab's Law covers in the Settings",
      // Even were it marked overdue, it is not counted.
      overdue: true,
    });
    const words = hazardWords(excluded);
    expect(words.state).toEqual({ words: "Not covered by Awaab's Law", tone: "subtle" });
    expect(words.notCovered).toBe(
      "Excess cold is not among the hazard types Awaab's Law covers in the Settings: not counted."
    );
    expect(words.next).toBeUndefined();
    expect(hazardTally([excluded, hazard()])).toBe(
      "2 hazards in the log: 0 overdue, 0 with a step done late, 1 not covered by Awaab's Law (not counted)"
    );
  });

  test("its next step and when it is due; steps done late with how late and the due time", () => {
    const next = hazardWords(
      hazard({
        category: "Significant",
        hazard: undefined,
        aware: at("2026-11-16", 11),
        nextStep: {
          step: "Investigate",
          due: d("2026-11-30"),
          dueText: "30/11/2026",
          withTime: false,
        },
      })
    );
    expect(next.title).toBe("Hazard H-1");
    expect(next.detail).toBe("Significant hazard, landlord aware 16/11/2026 11:00");
    expect(next.state.words).toBe("In time");
    expect(next.next).toBe("Next step: investigate by 30/11/2026.");

    const late = hazardWords(
      hazard({
        breaches: [
          {
            step: "Investigate and make safe",
            due: at("2026-10-25", 19),
            dueText: "25/10/2026 19:00",
            withTime: true,
            done: at("2026-10-25", 19, 30),
            late: "30 minutes",
          },
        ],
      })
    );
    expect(late.state).toEqual({ words: "All steps done, some late", tone: "warning" });
    expect(late.breaches).toEqual([
      "Investigated and made safe 30 minutes late (due 25/10/2026 19:00)",
    ]);
    expect(hazardWords(hazard()).state).toEqual({
      words: "All steps done in time",
      tone: "success",
    });
    expect(hazardWords(hazard({ overdue: true })).state.tone).toBe("danger");
  });
});

describe("measures from the complaints log", () => {
  const logged = (
    code: string,
    unit: string,
    figure?: number
  ): KpiFinding & { fromLog: LoggedMeasure } => ({
    ...kpiFinding({
      indicator: `${code} measure (complaints log)`,
      polarity: unit === "%" ? "higher" : "context",
      unit,
      figures: [figure],
    }),
    fromLog: {
      code,
      yearToDate: {
        period: "TSM year 2026/27 to 23/11/2026",
        counts: "4 of 6 stage 1 complaints answered within the Code",
        ...(figure !== undefined ? { figure } : {}),
      },
      recent: { period: "3 months to 23/11/2026", counts: "no stage 1 complaint answered" },
      recentMonths: 3,
      periodLabels: [],
    },
  });

  test("each period with its figure and what it counts; the code for the secondary line", () => {
    const words = loggedMeasureWords(logged("CH02(1)", "%", 66.7));
    expect(words.title).toBe("CH02(1) measure");
    expect(words.periods).toEqual([
      "TSM year 2026/27 to 23/11/2026: 66.7% (4 of 6 stage 1 complaints answered within the Code)",
      "3 months to 23/11/2026: no stage 1 complaint answered",
    ]);
    expect(words.code).toBe("CH02(1), worked out from the Complaints log");
    expect(words.benchmark).toBeUndefined();
  });

  test("complaints received are counted only when CH01 is not worked out", () => {
    const measures = {
      period: { first: 0, last: 0, label: "TSM year 2026/27 to 23/11/2026" },
      ch01: { stage1: { received: 10 }, stage2: { received: 1 } },
      ch02: { stage1: { answered: 6, withinCode: 4 }, stage2: { answered: 0, withinCode: 0 } },
    };
    const complaintMeasures = {
      yearToDate: measures,
      recent: { ...measures, period: { ...measures.period, label: "3 months to 23/11/2026" } },
    };
    expect(receivedWords({ complaintMeasures, kpis: [logged("CH02(1)", "%", 66.7)] })).toEqual([
      "Stage 1 complaints received: 10 in TSM year 2026/27 to 23/11/2026, 10 in 3 months to 23/11/2026",
      "Stage 2 complaints received: 1 in TSM year 2026/27 to 23/11/2026, 1 in 3 months to 23/11/2026",
    ]);
    expect(
      receivedWords({ complaintMeasures, kpis: [logged("CH01(1)", "per 1,000 homes", 1.2)] })
    ).toEqual([]);
    expect(receivedWords({ kpis: [] })).toEqual([]);
  });

  test("the publication check points to Problems only when it found something", () => {
    expect(publishedChecksWords({ publicationGaps: [], measureMismatches: [] })).toBeUndefined();
    expect(
      publishedChecksWords({
        publicationGaps: [
          {
            codes: ["TP01"],
            message: "",
            where: "TSM!A2",
            gap: { kind: "survey size unusable", codes: ["TP01"], where: "TSM!A2", message: "" },
          },
        ],
        measureMismatches: [],
      })
    ).toBe("The checks found 1 gap in what is published with the Tenant Satisfaction Measures.");
  });
});
