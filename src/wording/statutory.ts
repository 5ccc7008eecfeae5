/**
 * The statutory clocks' findings in plain words, for the report (and the pane, if it wants them): the Complaint
 * Handling Code's and Awaab's Law's clocks, CH02 from the complaints log beside the reported figures,
 * and the TSM publication check's gaps. Pure functions over the engine's findings: they count and word
 * what the scan found, and decide nothing of their own. Measure codes (CH02(1), TP09) are never in the
 * sentences; where a view wants them, they are returned apart, for a secondary place.
 */
import { Day, formatUkDate } from "../domain/calendar/days";
import { formatUkDateTime, WallClockTime } from "../domain/calendar/londonTime";
import { findKnownIndicator } from "../domain/kpi/catalogue";
import { PublicationGap } from "../domain/tsm/publicationCheck";
import {
  ComplaintFinding,
  HazardFinding,
  HazardStepFinding,
  KpiFinding,
  LoggedFigure,
  MeasureMismatchFinding,
  OverdueClock,
} from "../engine/findings";
import { formatFigure, plural } from "./figures";

/** `ch02 (1)` → `CH02(1)`. */
const codeKey = (code: string): string => code.toUpperCase().replace(/\s+/g, "");

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A whole number as a report writes it: 8,367. */
const count = (n: number): string => n.toLocaleString("en-GB");

// -------------------------------------------------------------------------------------------------
// Complaints

export interface StageCounts {
  stage: 1 | 2;
  /** Complaints at this stage: one escalated to stage 2 is counted at stage 2 only. */
  complaints: number;
  within: number;
  late: number;
  overdue: number;
  /** Not answered, and not yet due. */
  open: number;
}

/** The log's complaints by the stage they are judged at (the log's Code column), both stages always. */
export function complaintsByStage(complaints: readonly ComplaintFinding[]): StageCounts[] {
  return ([1, 2] as const).map((stage) => {
    const at = complaints.filter((c) => c.stage === stage);
    const of = (kind: string) => at.filter((c) => c.status.kind === kind).length;
    return {
      stage,
      complaints: at.length,
      within: of("within"),
      late: of("late"),
      overdue: of("overdue"),
      open: of("open"),
    };
  });
}

/** "The complaints log has 20 complaints: 12 answered within the Code, 3 answered late, 2 overdue and 3 not yet due." */
export function complaintsSentence(complaints: readonly ComplaintFinding[]): string {
  if (complaints.length === 0) return "The complaints log has no complaints yet.";
  const of = (kind: string) => complaints.filter((c) => c.status.kind === kind).length;
  return `The complaints log has ${plural(complaints.length, "complaint")}: ${listInWords([
    `${of("within")} answered within the Code`,
    `${of("late")} answered late`,
    `${of("overdue")} overdue`,
    `${of("open")} not yet due`,
  ])}.`;
}

/** An overdue complaint's step as a table says it: `stage 2 response` → `Stage 2 response`. */
export const overdueStepWords = (clock: OverdueClock): string => capitalised(clock.step);

/** Extensions beyond the Code, one sentence each, by reference (never a name). */
export function extensionsBeyondCodeSentences(complaints: readonly ComplaintFinding[]): string[] {
  return complaints.flatMap((c) =>
    c.extensionsBeyondCode.map(
      (e) =>
        `${c.reference ?? `The complaint received ${formatUkDate(c.received)}`}: stage ${e.stage} was extended to ${formatUkDate(e.to)}, ${plural(e.workingDays, "working day")} after the latest date the Code allows (${formatUkDate(e.limit)}).`
    )
  );
}

/** The stage and measure of a CH01 or CH02 part: `CH02(1)` → CH02, stage 1. */
function partOf(code: string): { family: string; stage?: 1 | 2 } {
  const key = codeKey(code);
  const stage = /\(([12])\)$/.exec(key)?.[1];
  return { family: key.slice(0, 4), ...(stage ? { stage: Number(stage) as 1 | 2 } : {}) };
}

/** A CH01 or CH02 part in words: `CH02(1)` → `Stage 1 complaints answered within the Code`. */
export function complaintMeasureName(code: string): string {
  const { family, stage } = partOf(code);
  const complaints = stage === undefined ? "Complaints" : `Stage ${stage} complaints`;
  if (family === "CH02") return `${complaints} answered within the Code`;
  if (family === "CH01") return `${complaints} received per 1,000 homes`;
  return findKnownIndicator({ code })?.name ?? code;
}

/** The log's figures to one decimal place, as the Regulator publishes them. */
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * A reported figure the log does not bear out, said plainly: "For TSM year 2025/26 the landlord
 * reported 95% of stage 1 complaints answered within the Code, but the complaints log gives 80%."
 */
export function mismatchSentence(m: MeasureMismatchFinding): string {
  const { family, stage } = partOf(m.code);
  const figure = (value: number): string => formatFigure(oneDecimal(value), m.unit);
  const complaints = stage === undefined ? "complaints" : `stage ${stage} complaints`;
  const reported =
    family === "CH02"
      ? `${figure(m.reported)} of ${complaints} answered within the Code`
      : family === "CH01"
        ? `${figure(m.reported).replace(/ per 1,000 homes$/, "")} ${complaints} received per 1,000 homes`
        : figure(m.reported);
  return `For ${m.period} the landlord reported ${reported}, but the complaints log gives ${figure(m.fromLog)}.`;
}

/** One row of CH02 from the log against the figure the landlord reports for the same period. */
export interface LoggedComparison {
  /** `CH02(1)`: for a secondary place. */
  code: string;
  /** `Stage 1 complaints answered within the Code`. */
  measure: string;
  /** `TSM year 2025/26`, `TSM year 2026/27 to 23/11/2026`, `3 months to 23/11/2026`. */
  period: string;
  /** `80%`, `66.7% (4 of 6 stage 1 complaints answered within the Code)`, `No stage 2 complaint answered`. */
  fromLog: string;
  /** The reported figure for the same TSM year, if any: `95%`. */
  reported?: string;
  /** The engine found the reported figure differs from the log's (a measure mismatch). */
  differs: boolean;
}

/**
 * CH02 from the log, part by part: each TSM year the log reaches, the current one to the scan with its
 * counts, then the recent months; beside each year the figure a KPI sheet reports for it (dated at the
 * year's first month, as the scan compares them), and whether the scan found the two differ.
 */
export function loggedComparisons(
  kpis: readonly KpiFinding[],
  mismatches: readonly MeasureMismatchFinding[]
): LoggedComparison[] {
  return kpis
    .filter((kpi) => kpi.fromLog && partOf(kpi.fromLog.code).family === "CH02")
    .flatMap((kpi) => {
      const log = kpi.fromLog as NonNullable<KpiFinding["fromLog"]>;
      const measure = complaintMeasureName(log.code);
      const reported = kpis.filter(
        (k) => !k.fromLog && k.code !== undefined && codeKey(k.code) === log.code
      );
      const reportedAt = (period: Day): string | undefined => {
        for (const k of reported) {
          const actual = k.periods.find((p) => p.period === period)?.actual;
          if (actual !== undefined) return formatFigure(actual, k.unit ?? kpi.unit);
        }
        return undefined;
      };
      const row = (period: string, fromLog: string, day?: Day): LoggedComparison => {
        const figure = day === undefined ? undefined : reportedAt(day);
        return {
          code: log.code,
          measure,
          period,
          fromLog,
          ...(figure !== undefined ? { reported: figure } : {}),
          differs: mismatches.some((m) => m.code === log.code && m.period === period),
        };
      };
      const withCounts = ({ figure, counts }: LoggedFigure): string =>
        figure === undefined
          ? capitalised(counts)
          : `${formatFigure(figure, kpi.unit)} (${counts})`;
      const years = log.periodLabels;
      const past = years.slice(0, -1).map(({ period, label }) => {
        const actual = kpi.periods.find((p) => p.period === period)?.actual;
        const figure =
          actual === undefined ? "No complaint answered" : formatFigure(actual, kpi.unit);
        return row(label, figure, period);
      });
      const current = years[years.length - 1];
      return [
        ...past,
        row(log.yearToDate.period, withCounts(log.yearToDate), current?.period),
        row(log.recent.period, withCounts(log.recent)),
      ];
    });
}

// -------------------------------------------------------------------------------------------------
// Hazards

/** When a step is due: `06/11/2026`, or for the 24-hour step `25/10/2026 at 19:00`. */
export function dueWords(step: Pick<HazardStepFinding | OverdueClock, "due" | "withTime">): string {
  return step.withTime ? atTime(step.due) : formatUkDate(Math.floor(step.due));
}

/** When a step was done, as its due date is said. */
export function doneWords(step: HazardStepFinding): string {
  if (step.done === undefined) return "Not done yet";
  return step.withTime ? atTime(step.done) : formatUkDate(Math.floor(step.done));
}

const atTime = (time: WallClockTime): string => formatUkDateTime(time).replace(" ", " at ");

/** The log's hazards counted: covered by Awaab's Law or not, with a step to do, overdue, done late. */
export function hazardsSentences(hazards: readonly HazardFinding[]): string[] {
  if (hazards.length === 0) return ["The hazards log has no hazards yet."];
  const covered = hazards.filter((h) => h.inScope);
  const open = covered.filter((h) => h.nextStep !== undefined).length;
  const overdue = covered.filter((h) => h.overdue).length;
  const late = covered.filter((h) => h.breaches.length > 0).length;
  const outside = hazards.length - covered.length;
  const sentences = [`The hazards log has ${plural(hazards.length, "hazard")}.`];
  if (covered.length > 0) {
    const which =
      covered.length < hazards.length
        ? `${covered.length} of them`
        : covered.length === 1
          ? "it"
          : `all ${covered.length}`;
    const done = `${late} had a step done late`;
    sentences.push(
      open === 0
        ? `Awaab's Law covers ${which}: none has a step still to do, and ${done}.`
        : `Awaab's Law covers ${which}: ${open} still ${open === 1 ? "has" : "have"} a step to do (${overdue === 0 ? "none" : overdue} of them overdue), and ${done}.`
    );
  }
  if (outside > 0)
    sentences.push(
      `${outside} ${outside === 1 ? "is" : "are"} not covered by Awaab's Law: shown below, and not counted.`
    );
  return sentences;
}

// -------------------------------------------------------------------------------------------------
// The TSM publication check

/** A gap the publication check found, in plain words, with the measures' codes apart. */
export interface GapWords {
  sentence: string;
  codes: string[];
}

const SURVEY_FIGURES: Record<"Responses" | "Population", string> = {
  Responses: "how many tenants answered the survey",
  Population: "how many tenant households it was drawn from",
};

/**
 * A gap in words for tenants, each measure by its name (`nameOf`: the KPI sheet's, else the
 * Regulator's), the codes returned apart for a secondary place.
 */
export function publicationGapWords(
  gap: PublicationGap,
  codes: readonly string[],
  nameOf: (code: string) => string
): GapWords {
  const names = (list: readonly string[]): string => listInWords(list.map(nameOf));
  const of = (...list: string[]): GapWords => ({ sentence: list.join(""), codes: [...codes] });
  switch (gap.kind) {
    case "missing part": {
      const reported = [...new Set(gap.reported.map((m) => codeKey(m.code)))];
      return of(
        `${nameOf(gap.missing)} is not reported, though ${names(reported)} ${reported.length === 1 ? "is" : "are"}: the Regulator publishes this measure in two parts, and asks for both.`
      );
    }
    case "no timescale":
      return of(
        `${nameOf(codeKey(gap.measure.code))} does not say the timescale it is measured against, which the Regulator asks to be published with it.`
      );
    case "no survey size":
      return of(
        `${nameOf(codeKey(gap.measure.code))} does not give ${gap.missing.map((m) => SURVEY_FIGURES[m]).join(" or ")}, so the survey's margin of error cannot be worked out.`
      );
    case "survey size unusable":
      return of(`The survey figures behind ${names(gap.codes)} cannot be used: ${gap.message}`);
    case "margin too wide":
      return of(
        `The tenant survey behind ${names(gap.codes)} had ${count(gap.responses)} responses from ${count(gap.population)} tenant households. `,
        `Its margin of error is ±${gap.marginPoints.toFixed(1)} points (at ${gap.accuracy.confidencePercent}% confidence), wider than the ±${gap.accuracy.marginPoints} points required, so the results are less certain than they should be.`
      );
  }
}

/** A measure's name for the gaps: as the KPI sheets call it, else the Regulator's name, else its code. */
export function measureNamer(kpis: readonly KpiFinding[]): (code: string) => string {
  return (code) =>
    kpis.find((k) => !k.fromLog && k.code !== undefined && codeKey(k.code) === codeKey(code))
      ?.indicator ??
    findKnownIndicator({ code })?.name ??
    code;
}

/** Whether the KPI sheets report any Tenant Satisfaction Measure (the publication check has something to check). */
export function reportsTenantSatisfactionMeasures(kpis: readonly KpiFinding[]): boolean {
  return kpis.some(
    (k) => !k.fromLog && k.periods.some((p) => p.actual !== undefined) && tsmCode(k) !== undefined
  );
}

/** An indicator's code when it is one of the Regulator's (TP09, CH02(1)); the add-in's own codes are not shown. */
export function tsmCode(kpi: Pick<KpiFinding, "code">): string | undefined {
  if (kpi.code === undefined) return undefined;
  return findKnownIndicator({ code: kpi.code })?.source === "Tenant Satisfaction Measure"
    ? codeKey(kpi.code)
    : undefined;
}
