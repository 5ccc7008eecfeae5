import { describePublicationGap, ReportedMeasure, tsmPublicationGaps } from "../../src/domain";

const perception = (code: string, row: number): ReportedMeasure => ({
  code,
  where: `'KPI - TSM'!C${row}`,
});

/** A complete set as a landlord publishes it: every part, timescales, and the survey's size. */
const COMPLETE: ReportedMeasure[] = [
  ...Array.from({ length: 12 }, (_, i) => perception(`TP${String(i + 1).padStart(2, "0")}`, i + 2)),
  { code: "RP01", where: "'KPI - TSM'!C14" },
  { code: "RP02(1)", where: "'KPI - TSM'!C15", timescale: "Non-emergency: 28 days" },
  { code: "RP02(2)", where: "'KPI - TSM'!C16", timescale: "Emergency: 24 hours" },
  { code: "CH01(1)", where: "'KPI - TSM'!C17" },
  { code: "CH01(2)", where: "'KPI - TSM'!C18" },
  {
    code: "CH02(1)",
    where: "'KPI - TSM'!C19",
    timescale: "Complaint Handling Code: 10 working days",
  },
  {
    code: "CH02(2)",
    where: "'KPI - TSM'!C20",
    timescale: "Complaint Handling Code: 20 working days",
  },
  { code: "NM01(1)", where: "'KPI - TSM'!C21" },
  { code: "NM01(2)", where: "'KPI - TSM'!C22" },
];
/** The Oxford report's survey (¶21): 636 responses from 8,367 households, ±3.7 points at 95%. */
const SURVEY = { responses: 636, population: 8367, where: "'TSM survey'!B2:B3" };

describe("the TSM publication check (docs/rules.md)", () => {
  it("finds nothing missing in a complete set", () => {
    expect(tsmPublicationGaps(COMPLETE, SURVEY)).toEqual([]);
  });

  it("names the missing part of a two-part measure, and where the other part is", () => {
    const gaps = tsmPublicationGaps(
      COMPLETE.filter((measure) => measure.code !== "CH02(2)" && measure.code !== "NM01(1)"),
      SURVEY
    );
    expect(gaps.map(describePublicationGap)).toEqual([
      "CH02(2) (Stage two complaints responded to within Complaint Handling Code timescales) is not reported: the Regulator publishes CH02 in two parts, and CH02(1) is at 'KPI - TSM'!C19",
      "NM01(1) (Anti-social behaviour cases opened per 1,000 homes) is not reported: the Regulator publishes NM01 in two parts, and NM01(2) is at 'KPI - TSM'!C22",
    ]);
  });

  it("asks for both parts when only a combined figure is reported, and for its timescale", () => {
    const gaps = tsmPublicationGaps([{ code: "CH02", where: "'KPI'!C9" }]);
    expect(gaps.map((gap) => gap.kind)).toEqual(["missing part", "missing part", "no timescale"]);
    expect(describePublicationGap(gaps[2]!)).toBe(
      "CH02 does not state the timescale it measures against: give it in a Timescale column (e.g. the Complaint Handling Code's 10 and 20 working days)"
    );
  });

  it("checks nothing for a measure the workbook does not report", () => {
    expect(tsmPublicationGaps([perception("TP01", 2)], SURVEY)).toEqual([]);
  });

  it("names RP02 and CH02 parts that do not state their timescale", () => {
    const noTimescale = COMPLETE.map((measure) =>
      measure.code === "RP02(1)" ? { ...measure, timescale: "  " } : measure
    );
    const gaps = tsmPublicationGaps(noTimescale, SURVEY);
    expect(gaps).toEqual([
      {
        kind: "no timescale",
        measure: { code: "RP02(1)", where: "'KPI - TSM'!C15", timescale: "  " },
      },
    ]);
    expect(describePublicationGap(gaps[0]!)).toMatch(
      /^RP02\(1\) does not state .*repair target times/
    );
  });

  it("asks for the survey's responses and population when neither the measure nor the survey gives them", () => {
    const gaps = tsmPublicationGaps(COMPLETE.slice(0, 2));
    expect(gaps.map(describePublicationGap)).toEqual([
      "TP01 has no survey responses or population: give the survey's Responses and Population so the margin of error can be worked out",
      "TP02 has no survey responses or population: give the survey's Responses and Population so the margin of error can be worked out",
    ]);
    const halfGiven = tsmPublicationGaps([{ ...perception("TP01", 2), responses: 400 }]);
    expect(halfGiven).toEqual([
      {
        kind: "no survey size",
        measure: { ...perception("TP01", 2), responses: 400 },
        missing: ["Population"],
      },
    ]);
  });

  it("reports a margin wider than the required ±4 points at 95%, once for a whole survey", () => {
    const small = { responses: 300, population: 8367, where: "'TSM survey'!B2:B3" };
    const gaps = tsmPublicationGaps(COMPLETE.slice(0, 3), small);
    expect(gaps).toHaveLength(1);
    expect(describePublicationGap(gaps[0]!)).toBe(
      "TP01, TP02, TP03: 300 responses from 8367 give a margin of error of ±5.6 points at 95%, wider than the ±4 required"
    );
    // The same survey meets a ±6 requirement.
    expect(
      tsmPublicationGaps(COMPLETE.slice(0, 3), small, { marginPoints: 6, confidencePercent: 95 })
    ).toEqual([]);
  });

  it("judges a measure with its own survey figures on those, and reports figures that cannot be right", () => {
    const own = [
      { ...perception("TP09", 10), responses: 120, population: 900 },
      { ...perception("TP10", 11), responses: 950, population: 900 },
      perception("TP01", 2),
    ];
    const gaps = tsmPublicationGaps(own, SURVEY);
    expect(gaps.map(describePublicationGap)).toEqual([
      "TP09: 120 responses from 900 give a margin of error of ±8.3 points at 95%, wider than the ±4 required",
      "TP10: 950 responses is more than the population of 900: check the two numbers.",
    ]);
  });

  it("compares the margin as a report quotes it, to one decimal place", () => {
    // 554 responses from 7,271 homes: ±4.0 points (3.996…), which meets ±4.
    expect(
      tsmPublicationGaps([perception("TP01", 2)], { responses: 554, population: 7271, where: "B2" })
    ).toEqual([]);
    expect(
      tsmPublicationGaps([perception("TP01", 2)], { responses: 540, population: 7271, where: "B2" })
    ).toHaveLength(1);
  });
});
