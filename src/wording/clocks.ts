/**
 * The statutory clocks in plain words, for the task pane's Complaints and hazards view and its Overview item: the
 * Complaint Handling Code's and Awaab's Law's clocks as the engine found them (engine/findings.ts).
 * Pure: no React, no HTML. References only, never a tenant's name or address (the logs hold none); the
 * measures' codes (CH02(1)) are for a secondary line, never the sentence.
 */
import { formatUkDate } from "../domain/calendar/days";
import { formatUkDateTime } from "../domain/calendar/londonTime";
import { HazardStepName } from "../domain/hazards/awaabsLaw";
import type {
  ComplaintFinding,
  Findings,
  HazardFinding,
  HazardStepFinding,
  KpiFinding,
  LoggedMeasure,
  OverdueClock,
} from "../engine/findings";
import type { SummaryFigures } from "../engine/summary";
import { formatFigure, plural } from "./figures";

/** How a status is shown beside its words (the words carry the meaning; the colour only helps). */
export type Tone = "success" | "warning" | "danger" | "informative" | "subtle";

export interface StatusWords {
  words: string;
  tone: Tone;
}

/** What a step of Awaab's Law asks the landlord to do, to follow "Due to …". */
const STEP_TO_DO: Record<HazardStepName, string> = {
  "Investigate and make safe": "investigate and make safe",
  Investigate: "investigate",
  "Written summary": "send the tenant the written summary",
  "Safety work": "start the safety work",
  "Preventative work": "start the preventative work",
};

/** A step of Awaab's Law once it is done, to be followed by how late. */
const STEP_DONE: Record<HazardStepName, string> = {
  "Investigate and make safe": "Investigated and made safe",
  Investigate: "Investigated",
  "Written summary": "Written summary sent",
  "Safety work": "Safety work started",
  "Preventative work": "Preventative work started",
};

const isStep = (step: string): step is HazardStepName => step in STEP_TO_DO;

/** What is due, after "Due to": "send the stage 2 response", "start the safety work". */
function toDo(clock: Pick<OverdueClock, "kind" | "step">): string {
  if (clock.kind === "complaint") return `send the ${clock.step}`;
  return isStep(clock.step) ? STEP_TO_DO[clock.step] : clock.step.toLowerCase();
}

/** "Complaint C-26-013", "Complaint received 21/10/2026" (a row without a reference). */
export const complaintTitle = (reference: string): string => `Complaint ${reference}`;

/** "Hazard H-26-051: Damp and mould". */
export const hazardTitle = (hazard: Pick<HazardFinding, "reference" | "hazard">): string =>
  `Hazard ${hazard.reference}${hazard.hazard ? `: ${hazard.hazard}` : ""}`;

/**
 * The Overview's item: "2 complaints and 1 hazard overdue", "No complaint or hazard overdue", or, with
 * neither log, that there is nothing to check.
 */
export function overdueCountWords(
  summary: Pick<SummaryFigures, "overdueComplaints" | "overdueHazards">,
  logs: { complaints: boolean; hazards: boolean }
): string {
  if (!logs.complaints && !logs.hazards) return "No complaints or hazards log to check";
  const { overdueComplaints: complaints, overdueHazards: hazards } = summary;
  if (complaints === 0 && hazards === 0) {
    const what = [logs.complaints && "complaint", logs.hazards && "hazard"].filter(Boolean);
    return `No ${what.join(" or ")} overdue`;
  }
  const parts = [
    complaints > 0 && plural(complaints, "complaint"),
    hazards > 0 && plural(hazards, "hazard"),
  ].filter((part): part is string => typeof part === "string");
  return `${parts.join(" and ")} overdue`;
}

export interface OverdueWords {
  /** "Complaint C-26-013", "Hazard H-26-051: Damp and mould". */
  title: string;
  /** "Due to send the stage 2 response by 13/11/2026: 6 working days overdue." */
  sentence: string;
  /** "No alternative accommodation is recorded as offered." */
  note?: string;
}

/** An overdue complaint or hazard: what is overdue, its due date (and time, for 24 hours), how late. */
export function overdueWords(clock: OverdueClock, hazard?: HazardFinding): OverdueWords {
  const title =
    clock.kind === "complaint"
      ? complaintTitle(clock.reference)
      : hazardTitle({ reference: clock.reference, hazard: hazard?.hazard });
  const words: OverdueWords = {
    title,
    sentence: `Due to ${toDo(clock)} by ${clock.dueText}: ${clock.overdueBy} overdue.`,
  };
  if (hazard?.safetyWorkOverdueWithoutAlternative)
    words.note = "No alternative accommodation is recorded as offered.";
  return words;
}

/** The headline of the view: what is overdue, or that nothing is. */
export function overdueSentence(
  findings: Pick<Findings, "asOf" | "summary" | "complaints" | "hazards">
): string {
  const { summary, asOf } = findings;
  const logs = { complaints: findings.complaints !== undefined, hazards: !!findings.hazards };
  const count = overdueCountWords(summary, logs);
  if (!logs.complaints && !logs.hazards) return `${count}.`;
  if (summary.overdueComplaints + summary.overdueHazards === 0)
    return `${count} at ${formatUkDate(asOf)}.`;
  return `${count} at ${formatUkDate(asOf)}, the earliest due first.`;
}

/** A complaint's result under the Code, as the log's Code column says it, in a sentence's words. */
export function complaintResult(complaint: Pick<ComplaintFinding, "status">): StatusWords {
  const { status } = complaint;
  switch (status.kind) {
    case "within":
      return { words: "Answered within the Code", tone: "success" };
    case "late":
      return {
        words: `Answered late: ${plural(status.workingDays, "working day")}`,
        tone: "warning",
      };
    case "overdue":
      return { words: `Overdue: ${plural(status.workingDays, "working day")}`, tone: "danger" };
    case "open":
      return { words: "Open: not due yet", tone: "informative" };
  }
}

export interface ComplaintWords {
  title: string;
  /** The theme, as the log gives it: "Damp and mould". */
  theme: string;
  result: StatusWords;
  /** "Stage 1 response due 13/11/2026", and for stage 2 its own. */
  dues: string[];
  /** Acknowledgements sent late, extensions beyond the Code. */
  notes: string[];
}

export function complaintWords(complaint: ComplaintFinding): ComplaintWords {
  const dues = [`Stage 1 response due ${formatUkDate(complaint.stage1Due)}`];
  if (complaint.stage2Due !== undefined)
    dues.push(`Stage 2 response due ${formatUkDate(complaint.stage2Due)}`);
  const notes = [
    ...complaint.lateAcknowledgements.map(
      (a) =>
        `Stage ${a.stage} acknowledged ${plural(a.workingDays, "working day")} late (due ${formatUkDate(a.due)})`
    ),
    ...complaint.extensionsBeyondCode.map(
      (e) =>
        `Stage ${e.stage} extended to ${formatUkDate(e.to)}, ${plural(e.workingDays, "working day")} beyond the Code's limit of ${formatUkDate(e.limit)}`
    ),
  ];
  return {
    title: complaintTitle(complaint.reference ?? `received ${formatUkDate(complaint.received)}`),
    theme: complaint.theme,
    result: complaintResult(complaint),
    dues,
    notes,
  };
}

/** "19 complaints: 12 answered within the Code, 2 answered late, 2 overdue, 3 open". */
export function complaintTally(complaints: readonly ComplaintFinding[]): string {
  const count = (kind: ComplaintFinding["status"]["kind"]): number =>
    complaints.filter((c) => c.status.kind === kind).length;
  return `${plural(complaints.length, "complaint")} in the log: ${count("within")} answered within the Code, ${count("late")} answered late, ${count("overdue")} overdue, ${count("open")} open`;
}

export interface HazardWords {
  title: string;
  /** "Significant hazard, reported 19/10/2026 09:30". */
  detail: string;
  state: StatusWords;
  /** "Next step: investigate by 30/11/2026." */
  next?: string;
  /** Each step done late: "Investigated and made safe 30 minutes late (due 25/10/2026 19:00)". */
  breaches: string[];
  /** Why Awaab's Law does not cover it; such a hazard is shown, never counted. */
  notCovered?: string;
}

const NOT_COVERED = "Not covered by Awaab's Law";

/** A hazard of the log: where it stands under Awaab's Law, its next step, the steps done late. */
export function hazardWords(hazard: HazardFinding): HazardWords {
  const detail = `${hazard.category} hazard, landlord aware ${formatUkDateTime(hazard.aware)}`;
  const title = hazardTitle(hazard);
  if (!hazard.inScope)
    return {
      title,
      detail,
      state: { words: NOT_COVERED, tone: "subtle" },
      breaches: [],
      notCovered: `${hazard.notInScope ?? "Its type is not among those the Settings list"}: not counted.`,
    };
  const breaches = hazard.breaches.map(breachWords);
  const state: StatusWords = hazard.overdue
    ? { words: "Overdue", tone: "danger" }
    : hazard.nextStep
      ? { words: "In time", tone: "informative" }
      : breaches.length > 0
        ? { words: "All steps done, some late", tone: "warning" }
        : { words: "All steps done in time", tone: "success" };
  const words: HazardWords = { title, detail, state, breaches };
  if (hazard.nextStep)
    words.next = `Next step: ${STEP_TO_DO[hazard.nextStep.step]} by ${hazard.nextStep.dueText}.`;
  return words;
}

function breachWords(step: HazardStepFinding): string {
  return `${STEP_DONE[step.step]}${step.late ? ` ${step.late}` : ""} late (due ${step.dueText})`;
}

/** "5 hazards in the log: 1 overdue, 1 with a step done late, 1 not covered by Awaab's Law (not counted)". */
export function hazardTally(hazards: readonly HazardFinding[]): string {
  const covered = hazards.filter((h) => h.inScope);
  const parts = [
    `${covered.filter((h) => h.overdue).length} overdue`,
    `${covered.filter((h) => h.breaches.length > 0).length} with a step done late`,
  ];
  const notCovered = hazards.length - covered.length;
  if (notCovered > 0) parts.push(`${notCovered} not covered by Awaab's Law (not counted)`);
  return `${plural(hazards.length, "hazard")} in the log: ${parts.join(", ")}`;
}

export interface MeasureWords {
  /** "Stage 1 complaints answered within the Code". */
  title: string;
  /** "TSM year 2026/27 to 23/11/2026: 66.7% (4 of 6 stage 1 complaints answered within the Code)". */
  periods: string[];
  /** "Bottom quartile among other landlords (median 88.5%)". */
  benchmark?: string;
  /** The secondary line: "CH02(1), worked out from the Complaints log". */
  code: string;
}

/** A measure the engine worked out from the Complaints log (CH02, and CH01 with homes owned set). */
export function loggedMeasureWords(kpi: KpiFinding & { fromLog: LoggedMeasure }): MeasureWords {
  const log = kpi.fromLog;
  const period = (figure: LoggedMeasure["yearToDate"]): string =>
    figure.figure === undefined
      ? `${figure.period}: ${figure.counts}`
      : `${figure.period}: ${formatFigure(figure.figure, kpi.unit)} (${figure.counts})`;
  const words: MeasureWords = {
    title: kpi.indicator.replace(/\s*\(complaints log\)$/, ""),
    periods: [period(log.yearToDate), period(log.recent)],
    code: `${log.code}, worked out from the Complaints log`,
  };
  if (kpi.benchmark)
    words.benchmark = `${kpi.benchmark.quartile} among other landlords (median ${formatFigure(kpi.benchmark.median, kpi.unit)})`;
  return words;
}

/** The measures worked out from the log, in the engine's order. */
export const loggedMeasures = (
  kpis: readonly KpiFinding[]
): (KpiFinding & { fromLog: LoggedMeasure })[] =>
  kpis.filter((k): k is KpiFinding & { fromLog: LoggedMeasure } => k.fromLog !== undefined);

/**
 * Complaints received by stage, from the log, when the per-1,000-homes measure is not worked out (no
 * Homes owned on the Settings sheet): "Stage 1 complaints received: 10 in TSM year 2026/27 to
 * 23/11/2026, 9 in 3 months to 23/11/2026".
 */
export function receivedWords(findings: Pick<Findings, "complaintMeasures" | "kpis">): string[] {
  const measures = findings.complaintMeasures;
  if (!measures) return [];
  if (loggedMeasures(findings.kpis).some((k) => k.fromLog.code.startsWith("CH01"))) return [];
  const { yearToDate, recent } = measures;
  return ([1, 2] as const).map((stage) => {
    const of = (m: typeof yearToDate): number =>
      (stage === 1 ? m.ch01.stage1 : m.ch01.stage2).received;
    return `Stage ${stage} complaints received: ${of(yearToDate)} in ${yearToDate.period.label}, ${of(recent)} in ${recent.period.label}`;
  });
}

/**
 * The TSM publication check and the reported figures the log does not bear out, each a problem: a
 * pointer to the Problems view, or nothing when there are none.
 */
export function publishedChecksWords(
  findings: Pick<Findings, "publicationGaps" | "measureMismatches">
): string | undefined {
  const gaps = findings.publicationGaps.length;
  const mismatches = findings.measureMismatches.length;
  if (gaps === 0 && mismatches === 0) return undefined;
  const parts = [
    gaps > 0 && `${plural(gaps, "gap")} in what is published with the Tenant Satisfaction Measures`,
    mismatches > 0 &&
      `${plural(mismatches, "reported figure", "reported figures")} the complaints log does not bear out`,
  ].filter((part): part is string => typeof part === "string");
  return `The checks found ${parts.join(", and ")}.`;
}

/** Without a log the clocks need, what to do, in plain words. */
export const NO_COMPLAINTS_LOG =
  "There is no complaints log with a Responded column, so the Code's clocks cannot be worked out. Set up can add a Complaints sheet; on a log of your own, add a Responded column.";
export const NO_HAZARDS_LOG =
  "There is no Hazards sheet, so there are no Awaab's Law clocks to work out. Set up can add one.";
