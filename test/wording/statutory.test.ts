import { dayFromIso } from "../../src/domain/calendar/days";
import { CodeStatus } from "../../src/domain/complaints/handlingCode";
import { benchmarkPosition, describeBenchmarkPosition } from "../../src/domain/kpi/quartile";
import { Polarity } from "../../src/domain/kpi/types";
import { tsmPublicationGaps } from "../../src/domain/tsm/publicationCheck";
import {
  BenchmarkFinding,
  ComplaintFinding,
  HazardFinding,
  HazardStepFinding,
  KpiFinding,
} from "../../src/engine/findings";
import { benchmarkSources, latestPeriodWords, quartileWords } from "../../src/wording/quartiles";
import {
  complaintMeasureName,
  complaintsByStage,
  complaintsSentence,
  doneWords,
  dueWords,
  extensionsBeyondCodeSentences,
  hazardsSentences,
  listInWords,
  loggedComparisons,
  measureNamer,
  mismatchSentence,
  publicationGapWords,
  reportsTenantSatisfactionMeasures,
  tsmCode,
} from "../../src/wording/statutory";
import { kpiFinding } from "./kpiFixtures";

/** The statutory clocks' findings in plain words: counts, sentences and rows, never a code in a sentence. */

const TSM_CODE_IN_WORDS = /\b(TP|RP|BS|CH|NM)\d\d/;
const day = dayFromIso;
/** A wall-clock time: `at("2026-10-25", 19, 0)`. */
const at = (iso: string, hours: number, minutes = 0): number =>
  day(iso) + (hours * 60 + minutes) / 1440;

function complaint(reference: string, stage: 1 | 2, status: CodeStatus): ComplaintFinding {
  const due = day("2026-11-13");
  return {
    reference,
    where: `Complaints!A${reference.slice(-2)}`,
    cell: { sheet: "Complaints", row: 1, column: 0 },
    received: day("2026-10-21"),
    theme: "Repairs delay",
    stage,
    stage1Due: due,
    ...(stage === 2 ? { stage2Due: due } : {}),
    due,
    status,
    code: "",
    overdue: status.kind === "overdue",
    lateAcknowledgements: [],
    extensionsBeyondCode: [],
  };
}

describe("complaints under the Code", () => {
  const log = [
    complaint("C-01", 1, { kind: "within" }),
    complaint("C-02", 1, { kind: "within" }),
    complaint("C-03", 1, { kind: "late", workingDays: 2 }),
    complaint("C-04", 1, { kind: "overdue", workingDays: 6 }),
    complaint("C-05", 1, { kind: "open" }),
    complaint("C-06", 2, { kind: "overdue", workingDays: 6 }),
    complaint("C-07", 2, { kind: "within" }),
  ];

  test("are counted once each, at the stage they have reached", () => {
    expect(complaintsByStage(log)).toEqual([
      { stage: 1, complaints: 5, within: 2, late: 1, overdue: 1, open: 1 },
      { stage: 2, complaints: 2, within: 1, late: 0, overdue: 1, open: 0 },
    ]);
    expect(complaintsByStage([]).map((s) => s.complaints)).toEqual([0, 0]);
  });

  test("are summed up in a sentence, and an empty log says so", () => {
    expect(complaintsSentence(log)).toBe(
      "The complaints log has 7 complaints: 3 answered within the Code, 1 answered late, 2 overdue and 1 not yet due."
    );
    expect(complaintsSentence([])).toBe("The complaints log has no complaints yet.");
  });

  test("an extension beyond the Code is said by reference, with the Code's latest date", () => {
    const extended = {
      ...complaint("C-26-020", 1, { kind: "late", workingDays: 21 }),
      extensionsBeyondCode: [
        { stage: 1 as const, to: day("2026-10-30"), limit: day("2026-10-01"), workingDays: 21 },
      ],
    };
    expect(extensionsBeyondCodeSentences([extended, ...log])).toEqual([
      "C-26-020: stage 1 was extended to 30/10/2026, 21 working days after the latest date the Code allows (01/10/2026).",
    ]);
  });

  test("CH01 and CH02 parts are named in words", () => {
    expect(complaintMeasureName("CH02(1)")).toBe("Stage 1 complaints answered within the Code");
    expect(complaintMeasureName("ch02 (2)")).toBe("Stage 2 complaints answered within the Code");
    expect(complaintMeasureName("CH01(2)")).toBe("Stage 2 complaints received per 1,000 homes");
    expect(complaintMeasureName("CH02")).toBe("Complaints answered within the Code");
  });

  test("a reported figure the log does not bear out is said plainly, the log's figure to one decimal place", () => {
    expect(
      mismatchSentence({
        code: "CH02(1)",
        period: "TSM year 2025/26",
        reported: 95,
        fromLog: 200 / 3,
        unit: "%",
        where: "TSM!F7",
      })
    ).toBe(
      "For TSM year 2025/26 the landlord reported 95% of stage 1 complaints answered within the Code, but the complaints log gives 66.7%."
    );
    expect(
      mismatchSentence({
        code: "CH01(2)",
        period: "TSM year 2025/26",
        reported: 4.1,
        fromLog: 3.25,
        unit: "per 1,000 homes",
        where: "TSM!F8",
      })
    ).toBe(
      "For TSM year 2025/26 the landlord reported 4.1 stage 2 complaints received per 1,000 homes, but the complaints log gives 3.3 per 1,000 homes."
    );
  });
});

describe("CH02 from the log beside the reported figures", () => {
  /** The log's CH02(1) for 2024/25, 2025/26 and 2026/27 so far, as the scan gives it. */
  const logged: KpiFinding = {
    ...kpiFinding({
      indicator: "Stage 1 complaints answered within the Code (complaints log)",
      polarity: "higher",
      unit: "%",
      target: 95,
      figures: [90, 80, 66.7],
      from: "2024-04-01",
      monthsApart: 12,
    }),
    code: "CH02(1)",
    fromLog: {
      code: "CH02(1)",
      yearToDate: {
        period: "TSM year 2026/27 to 23/11/2026",
        figure: 66.7,
        counts: "4 of 6 stage 1 complaints answered within the Code",
      },
      recent: {
        period: "3 months to 23/11/2026",
        counts: "no stage 1 complaint answered",
      },
      recentMonths: 3,
      periodLabels: [
        { period: day("2024-04-01"), label: "TSM year 2024/25" },
        { period: day("2025-04-01"), label: "TSM year 2025/26" },
        { period: day("2026-04-01"), label: "TSM year 2026/27 so far" },
      ],
    },
  };
  /** Reported for 2024/25 (agrees) and 2025/26 (does not), under a code written with a space. */
  const reported: KpiFinding = {
    ...kpiFinding({
      indicator: "Stage one complaints responded to within the Code",
      polarity: "higher",
      unit: "%",
      target: 95,
      figures: [90, 95],
      from: "2024-04-01",
      monthsApart: 12,
    }),
    code: "CH02 (1)",
  };
  const mismatch = {
    code: "CH02(1)",
    period: "TSM year 2025/26",
    reported: 95,
    fromLog: 80,
    unit: "%",
    where: "TSM!F7",
  };

  test("each TSM year, the year so far with its counts and the recent months, the reported figure beside its year", () => {
    const rows = loggedComparisons([reported, logged], [mismatch]);
    expect(rows.map((r) => [r.period, r.fromLog, r.reported, r.differs])).toEqual([
      ["TSM year 2024/25", "90%", "90%", false],
      ["TSM year 2025/26", "80%", "95%", true],
      [
        "TSM year 2026/27 to 23/11/2026",
        "66.7% (4 of 6 stage 1 complaints answered within the Code)",
        undefined,
        false,
      ],
      ["3 months to 23/11/2026", "No stage 1 complaint answered", undefined, false],
    ]);
    expect(new Set(rows.map((r) => r.measure))).toEqual(
      new Set(["Stage 1 complaints answered within the Code"])
    );
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(["CH02(1)"]));
  });

  test("without a reported measure nothing is said to differ, and without the log there are no rows", () => {
    const rows = loggedComparisons([logged], []);
    expect(rows.every((r) => r.reported === undefined && !r.differs)).toBe(true);
    expect(loggedComparisons([reported], [mismatch])).toEqual([]);
  });
});

describe("hazards under Awaab's Law", () => {
  const step = (over: Partial<HazardStepFinding>): HazardStepFinding => ({
    step: "Investigate",
    due: day("2026-11-06"),
    dueText: "06/11/2026",
    withTime: false,
    ...over,
  });

  test("a 24-hour step is due at a time, any other by a day", () => {
    const makeSafe = step({
      step: "Investigate and make safe",
      due: at("2026-10-25", 19),
      withTime: true,
      done: at("2026-10-25", 19, 30),
    });
    expect(dueWords(makeSafe)).toBe("25/10/2026 at 19:00");
    expect(doneWords(makeSafe)).toBe("25/10/2026 at 19:30");
    expect(dueWords(step({}))).toBe("06/11/2026");
    expect(doneWords(step({ done: day("2026-11-09") }))).toBe("09/11/2026");
    expect(doneWords(step({}))).toBe("Not done yet");
  });

  const hazard = (reference: string, over: Partial<HazardFinding>): HazardFinding => ({
    reference,
    where: `Hazards!A2`,
    cell: { sheet: "Hazards", row: 1, column: 0 },
    category: "Significant",
    hazard: "Damp and mould",
    aware: at("2026-10-19", 9, 30),
    inScope: true,
    nextStepText: "All steps done",
    overdue: false,
    overdueSteps: [],
    breaches: [],
    safetyWorkOverdueWithoutAlternative: false,
    breachesText: "",
    ...over,
  });
  const overdue = step({ step: "Safety work", late: "11 working days" });

  test("are counted: covered or not, a step to do, overdue, done late; one not covered is never counted", () => {
    const log = [
      hazard("H-1", { nextStep: overdue, overdue: true, overdueSteps: [overdue] }),
      hazard("H-2", { nextStep: step({ due: day("2026-11-30") }) }),
      hazard("H-3", { breaches: [step({ late: "2 working days" })] }),
      hazard("H-4", {}),
      hazard("H-5", { inScope: false, notInScope: "Excess cold is not in scope", overdue: false }),
    ];
    expect(hazardsSentences(log)).toEqual([
      "The hazards log has 5 hazards.",
      "Awaab's Law covers 4 of them: 2 still have a step to do (1 of them overdue), and 1 had a step done late.",
      "1 is not covered by Awaab's Law: shown below, and not counted.",
    ]);
    expect(hazardsSentences([hazard("H-4", {})])).toEqual([
      "The hazards log has 1 hazard.",
      "Awaab's Law covers it: none has a step still to do, and 0 had a step done late.",
    ]);
    expect(hazardsSentences([hazard("H-2", { nextStep: step({}) }), hazard("H-4", {})])[1]).toBe(
      "Awaab's Law covers all 2: 1 still has a step to do (none of them overdue), and 0 had a step done late."
    );
    expect(hazardsSentences([])).toEqual(["The hazards log has no hazards yet."]);
  });
});

describe("the TSM publication check's gaps in plain words", () => {
  const names: Record<string, string> = {
    "CH01(1)": "Stage one complaints per 1,000 homes",
    "CH01(2)": "Stage two complaints received per 1,000 homes",
    "CH02(1)": "Stage one complaints answered within the Code",
    TP01: "Overall satisfaction",
    TP09: "Satisfaction with complaints handling",
  };
  const nameOf = (code: string) => names[code] ?? code;
  const words = (gaps: ReturnType<typeof tsmPublicationGaps>) =>
    gaps.map((gap) => publicationGapWords(gap, ["X"], nameOf).sentence);

  test("each kind of gap names its measures in words, never by code", () => {
    const sentences = [
      ...words(tsmPublicationGaps([{ code: "CH01(1)", where: "TSM!A4" }])),
      ...words(
        tsmPublicationGaps([
          { code: "CH02(1)", where: "TSM!A6" },
          { code: "CH02(2)", where: "TSM!A7", timescale: "20 working days" },
        ])
      ),
      ...words(tsmPublicationGaps([{ code: "TP01", where: "TSM!A2", responses: 400 }])),
      ...words(
        tsmPublicationGaps(
          [
            { code: "TP01", where: "TSM!A2" },
            { code: "TP09", where: "TSM!A3" },
          ],
          { responses: 410, population: 8367, where: "'TSM survey'!B2" }
        )
      ),
    ];
    expect(sentences).toEqual([
      "Stage two complaints received per 1,000 homes is not reported, though Stage one complaints per 1,000 homes is: the Regulator publishes this measure in two parts, and asks for both.",
      "Stage one complaints answered within the Code does not say the timescale it is measured against, which the Regulator asks to be published with it.",
      "Overall satisfaction does not give how many tenant households it was drawn from, so the survey's margin of error cannot be worked out.",
      "The tenant survey behind Overall satisfaction and Satisfaction with complaints handling had 410 responses from 8,367 tenant households. Its margin of error is ±4.7 points (at 95% confidence), wider than the ±4 points required, so the results are less certain than they should be.",
    ]);
    for (const sentence of sentences) expect(sentence).not.toMatch(TSM_CODE_IN_WORDS);
  });

  test("the codes are kept apart, for a secondary place", () => {
    const [gap] = tsmPublicationGaps([{ code: "CH01(1)", where: "TSM!A4" }]);
    expect(publicationGapWords(gap!, ["CH01(2)"], nameOf).codes).toEqual(["CH01(2)"]);
  });

  test("a measure is named as the KPI sheets name it, else as the Regulator does", () => {
    const kpis = [
      {
        ...kpiFinding({
          indicator: "Tenants satisfied overall",
          polarity: "higher",
          figures: [74],
        }),
        code: "tp01",
      },
    ];
    const namer = measureNamer(kpis);
    expect(namer("TP01")).toBe("Tenants satisfied overall");
    expect(namer("CH01(2)")).toBe("Stage two complaints received per 1,000 homes");
    expect(namer("ZZ99")).toBe("ZZ99");
  });

  test("there is something to check only where a KPI sheet reports a Tenant Satisfaction Measure", () => {
    const rent = {
      ...kpiFinding({ polarity: "higher", figures: [96] }),
      code: "RENT-COLLECTED",
    };
    const tp01 = { ...kpiFinding({ polarity: "higher", figures: [74] }), code: "TP01" };
    const blank = { ...kpiFinding({ polarity: "higher", figures: [undefined] }), code: "TP01" };
    expect(reportsTenantSatisfactionMeasures([rent])).toBe(false);
    expect(reportsTenantSatisfactionMeasures([rent, blank])).toBe(false);
    expect(reportsTenantSatisfactionMeasures([rent, tp01])).toBe(true);
    expect(tsmCode(tp01)).toBe("TP01");
    expect(tsmCode({ code: "ch02 (1)" })).toBe("CH02(1)");
    expect(tsmCode(rent)).toBeUndefined();
  });

  test("lists read as a sentence", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["A"])).toBe("A");
    expect(listInWords(["A", "B"])).toBe("A and B");
    expect(listInWords(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("where a measure stands among other landlords", () => {
  /** A benchmark placed as the scan places it (domain/kpi/quartile.ts). */
  function placed(
    actual: number,
    polarity: Polarity,
    quartiles: { lowerQuartile?: number; median: number; upperQuartile?: number },
    unit = "%",
    source?: string
  ): KpiFinding & { benchmark: BenchmarkFinding } {
    const position = benchmarkPosition(actual, quartiles, polarity);
    return {
      ...kpiFinding({ polarity, unit, figures: [actual] }),
      benchmark: {
        position,
        quartile: describeBenchmarkPosition(position),
        ...quartiles,
        ...(source ? { source } : {}),
        where: "Benchmarks!D2",
      },
    };
  }

  test("higher is better: the bottom quartile is the worst quarter, and the best quarter is above the upper quartile", () => {
    expect(
      quartileWords(
        placed(31.5, "higher", { lowerQuartile: 32.8, median: 36, upperQuartile: 40.1 })
      )
    ).toEqual({
      label: "Bottom quartile",
      meaning: "Among the worst quarter of landlords",
      direction: "Higher is better: the best quarter of landlords are at or above 40.1%.",
    });
    expect(
      quartileWords(placed(41, "higher", { lowerQuartile: 32.8, median: 36, upperQuartile: 40.1 }))
        .meaning
    ).toBe("Among the best quarter of landlords");
  });

  test("lower is better: a re-let time of 41 days against 28, 37 and 52 is in the third quartile, the best quarter at or below 28 days", () => {
    expect(
      quartileWords(
        placed(41, "lower", { lowerQuartile: 28, median: 37, upperQuartile: 52 }, "days")
      )
    ).toEqual({
      label: "Third quartile",
      meaning: "Worse than the median, but not among the worst quarter",
      direction: "Lower is better: the best quarter of landlords are at or below 28 days.",
    });
    expect(
      quartileWords(
        placed(25, "lower", { lowerQuartile: 28, median: 37, upperQuartile: 52 }, "days")
      ).label
    ).toBe("Top quartile");
  });

  test("with the median alone, a half; a context-only measure is placed without better or worse", () => {
    expect(quartileWords(placed(70, "higher", { median: 72 }))).toEqual({
      label: "Worse than median",
      meaning: "Worse than the median",
      direction: "Higher is better.",
    });
    expect(
      quartileWords(
        placed(
          44.7,
          "context",
          { lowerQuartile: 25.1, median: 34.9, upperQuartile: 46.3 },
          "per 1,000 homes"
        )
      )
    ).toEqual({
      label: "Median to upper quartile",
      meaning: "Shown for context: neither higher nor lower is better",
    });
  });

  test("the latest figure's period: a month, or a TSM year for a measure from the log", () => {
    const monthly = kpiFinding({ polarity: "higher", figures: [1, 2] });
    expect(latestPeriodWords(monthly)).toBe("May 2026");
    const fromLog = {
      ...kpiFinding({ polarity: "higher", figures: [66.7] }),
      fromLog: {
        code: "CH02(1)",
        yearToDate: { period: "", counts: "" },
        recent: { period: "", counts: "" },
        recentMonths: 3,
        periodLabels: [{ period: day("2026-04-01"), label: "TSM year 2026/27 so far" }],
      },
    };
    expect(latestPeriodWords(fromLog)).toBe("TSM year 2026/27 so far");
    expect(latestPeriodWords(kpiFinding({ polarity: "higher", figures: [] }))).toBeUndefined();
  });

  test("the sources are each said once, and an indicator without one is named", () => {
    const quartiles = { lowerQuartile: 1, median: 2, upperQuartile: 3 };
    const kpis = [
      { ...placed(2, "higher", quartiles, "%", "RSH 2024/25"), indicator: "A" },
      { ...placed(2, "higher", quartiles, "%", " RSH 2024/25 "), indicator: "B" },
      { ...placed(2, "higher", quartiles, "%", "Housemark"), indicator: "C" },
      { ...placed(2, "higher", quartiles), indicator: "D" },
      kpiFinding({ indicator: "E", polarity: "higher", figures: [2] }),
    ];
    expect(benchmarkSources(kpis)).toEqual({
      sources: ["RSH 2024/25", "Housemark"],
      withoutSource: ["D"],
    });
  });
});
