import { addMonths, Day, formatUkDate } from "../calendar/days";
import { DEFAULT_SETTINGS } from "../settings";
import { AttendanceMark } from "./marks";

/** One meeting in a member's attendance row. */
export interface MeetingMark {
  date: Day;
  mark: AttendanceMark;
}

/**
 * §4.3 (second part) and §10.4: 3 consecutive absences, or 5 within the previous 12 months (*settings*:
 * the defaults are DEFAULT_SETTINGS.lapse, settings.ts).
 */
export interface LapseLimits {
  consecutiveAbsences: number;
  absencesIn12Months: number;
}

export type LapseRule = "consecutive" | "twelveMonths";

/** Which limit was reached and the meetings (absences) that make it up, oldest first. */
export interface LapseReason {
  rule: LapseRule;
  meetings: Day[];
}

export type LapseStatus =
  | { kind: "Active"; currentRun: number; absencesIn12Months: number }
  | { kind: "At risk of lapse"; currentRun: number; absencesIn12Months: number }
  | { kind: "Lapsed"; on: Day; reasons: LapseReason[] };

export interface LapseOptions {
  /** The member's start date: meetings before it are not theirs. */
  startDate?: Day;
  limits?: LapseLimits;
}

/**
 * A member's place, from their attendance marks, as at `asOf` (docs/rules.md, Attendance and
 * lapse):
 * - marks are read in meeting-date order, for meetings on or after the start date and on or before asOf;
 * - a run of absences is over the meetings the member was expected at (`-` skipped); `P` or `R` ends it;
 * - within 12 months: at each meeting date d, the `A` marks at meetings after EDATE(d, −12) and on or
 *   before d; the window rolls, so a member who reached the limit in July has lapsed even if by
 *   November some of those absences are more than a year old;
 * - the place lapses on the first meeting date at which either limit is reached and stays lapsed:
 *   later attendance does not restore it (re-admission is a new start date);
 * - at risk when not lapsed and one more `A` would lapse the member: a current run one short of the
 *   consecutive limit, or one short of the 12-month limit in the 12 months to asOf.
 */
export function lapseStatus(
  marks: readonly MeetingMark[],
  asOf: Day,
  options: LapseOptions = {}
): LapseStatus {
  const limits = options.limits ?? DEFAULT_SETTINGS.lapse;
  const startDate = options.startDate ?? Number.NEGATIVE_INFINITY;
  const meetings = marks.filter(
    (meeting) => meeting.date >= startDate && meeting.date <= asOf && meeting.mark !== "-"
  );
  // Registers are kept in date order; sort only when they are not (a sort per call is most of its cost).
  if (!isInDateOrder(meetings)) meetings.sort((a, b) => a.date - b.date);

  // The current run of absences is the last `run` meetings (all A); counted, not copied, per meeting.
  let run = 0;
  const window: Day[] = [];
  for (let i = 0; i < meetings.length; i++) {
    const { date, mark } = meetings[i] as MeetingMark;
    if (mark !== "A") {
      run = 0;
      continue;
    }
    run++;
    window.push(date);
    const windowStart = addMonths(date, -12);
    while (window.length > 0 && (window[0] as Day) <= windowStart) window.shift();

    const reasons: LapseReason[] = [];
    if (run >= limits.consecutiveAbsences) {
      const runMeetings = meetings.slice(i + 1 - limits.consecutiveAbsences, i + 1);
      reasons.push({ rule: "consecutive", meetings: runMeetings.map((m) => m.date) });
    }
    if (window.length >= limits.absencesIn12Months) {
      reasons.push({ rule: "twelveMonths", meetings: window.slice(-limits.absencesIn12Months) });
    }
    if (reasons.length > 0) return { kind: "Lapsed", on: date, reasons };
  }

  const yearBeforeAsOf = addMonths(asOf, -12);
  const absencesIn12Months = meetings.filter(
    (m) => m.mark === "A" && m.date > yearBeforeAsOf
  ).length;
  const counts = { currentRun: run, absencesIn12Months };
  const atRisk = limitsOneAbsenceAway(counts, limits).length > 0;
  return { kind: atRisk ? "At risk of lapse" : "Active", ...counts };
}

/**
 * The limits one more `A` would reach, the one test of being at risk: a current run one short of the
 * consecutive limit, 12-month absences one short of theirs.
 */
function limitsOneAbsenceAway(
  counts: { currentRun: number; absencesIn12Months: number },
  limits: LapseLimits
): LapseRule[] {
  const rules: LapseRule[] = [];
  if (counts.currentRun >= limits.consecutiveAbsences - 1) rules.push("consecutive");
  if (counts.absencesIn12Months >= limits.absencesIn12Months - 1) rules.push("twelveMonths");
  return rules;
}

function describeReason(reason: LapseReason): string {
  const dates = reason.meetings.map(formatUkDate).join(", ");
  const count = reason.meetings.length;
  return reason.rule === "consecutive"
    ? `${count} consecutive absences (${dates})`
    : `${count} absences in 12 months (${dates})`;
}

/**
 * The status in plain words, as TOSP.LAPSE and the Members sheet show it:
 * `Active`, `At risk of lapse`, or `Lapsed on 10/11/2026: 3 consecutive absences (08/09/2026, …)`.
 */
export function describeLapseStatus(status: LapseStatus): string {
  if (status.kind !== "Lapsed") return status.kind;
  return `Lapsed on ${formatUkDate(status.on)}: ${status.reasons.map(describeReason).join("; ")}`;
}

/**
 * What one more absence without a reason would reach (§4.3, §10.4): each count that is one short of
 * its limit, and only those.
 */
export interface LapseRisk {
  /** The current run of absences, when one short of the consecutive limit. */
  absencesInARow?: number;
  /** Absences in the 12 months to asOf, when one short of that limit. */
  absencesIn12Months?: number;
}

/** The counts one short of their limits, for a member at risk of lapse; undefined otherwise. */
export function lapseRiskOf(
  status: LapseStatus,
  limits: LapseLimits = DEFAULT_SETTINGS.lapse
): LapseRisk | undefined {
  if (status.kind !== "At risk of lapse") return undefined;
  const near = limitsOneAbsenceAway(status, limits);
  return {
    ...(near.includes("consecutive") ? { absencesInARow: status.currentRun } : {}),
    ...(near.includes("twelveMonths") ? { absencesIn12Months: status.absencesIn12Months } : {}),
  };
}

/** `2 absences in a row — one more absence without a reason would lapse the place`. */
export function describeRiskCounts(risk: LapseRisk): string {
  const parts: string[] = [];
  if (risk.absencesInARow !== undefined) parts.push(`${risk.absencesInARow} absences in a row`);
  if (risk.absencesIn12Months !== undefined)
    parts.push(`${risk.absencesIn12Months} absences in the last 12 months`);
  return `${parts.join(" and ")} — one more absence without a reason would lapse the place`;
}

/** `At risk of lapse: 2 absences in a row — one more absence without a reason would lapse the place`. */
export function describeRisk(risk: LapseRisk): string {
  return `At risk of lapse: ${describeRiskCounts(risk)}`;
}

/**
 * §4.3, §10.4 as data, for a member whose place has lapsed (the meeting, and each limit reached with
 * its absences) or is at risk (the counts one short of their limits).
 */
export type LapseWatch =
  { kind: "Lapsed"; on: Day; reasons: LapseReason[] } | ({ kind: "At risk of lapse" } & LapseRisk);

/** The member's place on the lapse watch; undefined while neither lapsed nor at risk. */
export function lapseWatchOf(
  status: LapseStatus,
  limits: LapseLimits = DEFAULT_SETTINGS.lapse
): LapseWatch | undefined {
  if (status.kind === "Lapsed") return { kind: "Lapsed", on: status.on, reasons: status.reasons };
  const risk = lapseRiskOf(status, limits);
  return risk && { kind: "At risk of lapse", ...risk };
}

/** The lapse or the risk in plain words, as the Members sheet's Reason column gives it (without its clause). */
export function describeLapseWatch(watch: LapseWatch): string {
  return watch.kind === "Lapsed" ? describeLapseStatus(watch) : describeRisk(watch);
}

function isInDateOrder(meetings: readonly MeetingMark[]): boolean {
  for (let i = 1; i < meetings.length; i++) {
    if ((meetings[i] as MeetingMark).date < (meetings[i - 1] as MeetingMark).date) return false;
  }
  return true;
}
