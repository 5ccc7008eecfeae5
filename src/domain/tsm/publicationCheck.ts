import { RuleInputError } from "../errors";
import { KNOWN_INDICATORS } from "../kpi/catalogue";
import { REQUIRED_SURVEY_ACCURACY, SurveyAccuracy } from "../surveys/accuracy";
import { surveyMargin } from "../surveys/margin";

/**
 * docs/rules.md, "Tenant Satisfaction Measures: publication and benchmarks": the publication check, after
 * the Regulator's TSM requirements, for each TSM the workbook reports:
 * - both parts of a two-part measure (CH01, CH02, NM01, RP02) are present;
 * - RP02 and CH02 state the timescale they measure against;
 * - the perception measures TP01–TP12 carry the survey's responses and population, from which the margin
 *   of error is computed by the survey-confidence rule (surveys/margin.ts); a margin wider than the
 *   landlord's required accuracy (*setting*, default ±4 percentage points at 95%) is reported.
 * Each gap is data naming the cell or the missing measure; the engine turns it into a problem.
 */

/** A TSM as the workbook reports it, matched to the catalogue by the engine. */
export interface ReportedMeasure {
  /** The catalogue's code: `TP01`, `RP02(1)`, `CH02` (a combined figure)… */
  code: string;
  /** Where the figure is, as problems name cells: `'KPI - TSM'!C5`. */
  where: string;
  /** RP02, CH02: the timescale the measure counts against, as written (`Timescale` column). */
  timescale?: string;
  /** TP01–TP12: the survey behind this measure, where its own row gives it. */
  responses?: number;
  population?: number;
}

/** One pair for the whole survey (docs/workbook.md, "TSM survey details"), used where a measure has none. */
export interface SurveyDetails {
  responses?: number;
  population?: number;
  /** Where the pair is: a `TSM survey` sheet's cells. */
  where: string;
}

export type PublicationGap =
  | { kind: "missing part"; family: string; missing: string; reported: ReportedMeasure[] }
  | { kind: "no timescale"; measure: ReportedMeasure }
  | { kind: "no survey size"; measure: ReportedMeasure; missing: ("Responses" | "Population")[] }
  | { kind: "survey size unusable"; codes: string[]; where: string; message: string }
  | {
      kind: "margin too wide";
      codes: string[];
      where: string;
      responses: number;
      population: number;
      /** The margin, percentage points, to one decimal place as a report quotes it. */
      marginPoints: number;
      accuracy: SurveyAccuracy;
    };

/** The Regulator's two-part measures and their parts. */
export const TWO_PART_MEASURES: Readonly<Record<string, readonly [string, string]>> = {
  CH01: ["CH01(1)", "CH01(2)"],
  CH02: ["CH02(1)", "CH02(2)"],
  NM01: ["NM01(1)", "NM01(2)"],
  RP02: ["RP02(1)", "RP02(2)"],
};

/** The measures that state a timescale. */
const WITH_TIMESCALE = ["RP02", "CH02"];

const PERCEPTION = /^TP(0[1-9]|1[0-2])$/;

/** `ch02 (1)` → `CH02(1)`. */
const codeKey = (code: string): string => code.toUpperCase().replace(/\s+/g, "");
const familyOf = (code: string): string => codeKey(code).slice(0, 4);

export function tsmPublicationGaps(
  measures: readonly ReportedMeasure[],
  survey?: SurveyDetails,
  accuracy: SurveyAccuracy = REQUIRED_SURVEY_ACCURACY
): PublicationGap[] {
  const gaps: PublicationGap[] = [];
  const reported = new Set(measures.map((measure) => codeKey(measure.code)));

  for (const [family, parts] of Object.entries(TWO_PART_MEASURES)) {
    const ofFamily = measures.filter((measure) => familyOf(measure.code) === family);
    if (ofFamily.length === 0) continue; // not reported at all: nothing to check
    for (const part of parts)
      if (!reported.has(part))
        gaps.push({ kind: "missing part", family, missing: part, reported: ofFamily });
  }

  for (const measure of measures) {
    if (WITH_TIMESCALE.includes(familyOf(measure.code)) && (measure.timescale ?? "").trim() === "")
      gaps.push({ kind: "no timescale", measure });
  }

  // Perception measures: each judged on its own survey figures, or on the whole survey's; measures
  // sharing the whole survey's figures share one gap.
  const shared: string[] = [];
  for (const measure of measures) {
    if (!PERCEPTION.test(codeKey(measure.code))) continue;
    const own = measure.responses !== undefined || measure.population !== undefined;
    if (own) {
      const missing = missingSize(measure);
      if (missing.length > 0) gaps.push({ kind: "no survey size", measure, missing });
      else marginGap([codeKey(measure.code)], measure as Required<ReportedMeasure>, measure.where);
    } else if (survey && missingSize(survey).length === 0) shared.push(codeKey(measure.code));
    else gaps.push({ kind: "no survey size", measure, missing: missingSize(survey ?? {}) });
  }
  if (shared.length > 0 && survey)
    marginGap(shared, survey as Required<SurveyDetails>, survey.where);
  return gaps;

  function marginGap(
    codes: string[],
    { responses, population }: { responses: number; population: number },
    where: string
  ): void {
    let margin: number;
    try {
      margin = surveyMargin(responses, population, accuracy.confidencePercent / 100);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      gaps.push({ kind: "survey size unusable", codes, where, message: error.message });
      return;
    }
    // Decision: compared as a report quotes it, to one decimal place (±4.0 meets ±4).
    const marginPoints = Math.round(margin * 1000) / 10;
    if (marginPoints > accuracy.marginPoints)
      gaps.push({
        kind: "margin too wide",
        codes,
        where,
        responses,
        population,
        marginPoints,
        accuracy,
      });
  }
}

function missingSize(figures: {
  responses?: number;
  population?: number;
}): ("Responses" | "Population")[] {
  const missing: ("Responses" | "Population")[] = [];
  if (figures.responses === undefined) missing.push("Responses");
  if (figures.population === undefined) missing.push("Population");
  return missing;
}

const nameOf = (code: string): string =>
  KNOWN_INDICATORS.find((indicator) => indicator.code === code)?.name ?? code;

/** A gap in the panel's words, as the engine's problem shows it (without the cell, which it adds). */
export function describePublicationGap(gap: PublicationGap): string {
  switch (gap.kind) {
    case "missing part":
      return `${gap.missing} (${nameOf(gap.missing)}) is not reported: the Regulator publishes ${gap.family} in two parts, and ${gap.reported
        .map((measure) => `${codeKey(measure.code)} is at ${measure.where}`)
        .join(", ")}`;
    case "no timescale":
      return `${codeKey(gap.measure.code)} does not state the timescale it measures against: give it in a Timescale column (e.g. ${familyOf(gap.measure.code) === "CH02" ? "the Complaint Handling Code's 10 and 20 working days" : "the landlord's repair target times"})`;
    case "no survey size":
      return `${codeKey(gap.measure.code)} has no survey ${gap.missing.map((m) => m.toLowerCase()).join(" or ")}: give the survey's Responses and Population so the margin of error can be worked out`;
    case "survey size unusable":
      return `${gap.codes.join(", ")}: ${gap.message}`;
    case "margin too wide":
      return `${gap.codes.join(", ")}: ${gap.responses} responses from ${gap.population} give a margin of error of ±${gap.marginPoints.toFixed(1)} points at ${gap.accuracy.confidencePercent}%, wider than the ±${gap.accuracy.marginPoints} required`;
  }
}
