/**
 * The TOSP custom functions: the panel's rules in cells, so a register recalculates as people type.
 * Each is a thin wrapper over src/domain: arguments are read once at the boundary (cells.ts), the rule
 * does the work, bad input comes back as #VALUE! with a message saying what to fix. None is volatile:
 * a function that needs today takes it as an argument (put TODAY() in the cell). Dates come back as
 * serial numbers so the cell's date format applies. functions.json is generated from these JSDoc
 * comments at build; custom-functions-metadata-plugin adds the CustomFunctions.associate calls.
 * Every argument is `any`, so Excel may pass a data type for it: each function first makes its
 * arguments plain (cells.ts, plainArguments), inside `inCell` so what cannot be made plain is #VALUE!.
 */
import { lapseStatus, describeLapseStatus, MeetingMark } from "../domain/attendance/lapse";
import { Day, formatUkDate, partsOf } from "../domain/calendar/days";
import {
  panelYearLabel,
  panelYearOf,
  parsePanelYear,
  parseYearStart,
} from "../domain/calendar/panelYear";
import { clearWorkingDays, dueWithinWorkingDays } from "../domain/calendar/workingDays";
import {
  codeStatus,
  ComplaintStage,
  describeCodeStatus,
  stageClock,
} from "../domain/complaints/handlingCode";
import {
  AwaabsLawTimescales,
  HAZARD_CATEGORIES,
  hazardStepDue,
  HazardStepName,
} from "../domain/hazards/awaabsLaw";
import { benchmarkPosition, describeBenchmarkPosition } from "../domain/kpi/quartile";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { kpiStatus, DEFAULT_TOLERANCE } from "../domain/kpi/status";
import { parsePolarity, parseTolerance } from "../domain/kpi/polarity";
import { decide, CastingVote } from "../domain/meetings/decision";
import { isQuorate, quorumNeeded } from "../domain/meetings/quorum";
import { isEligibleForChair, ChairTerm } from "../domain/members/chair";
import { describeEligibility } from "../domain/members/eligibility";
import {
  impactAssessmentDue,
  informationRequestDeadline,
  managerCommentDeadline,
} from "../domain/reviews/deadlines";
import { surveyMargin } from "../domain/surveys/margin";
import {
  choiceArgument,
  countArgument,
  dateArgument,
  dateTimeArgument,
  isBlank,
  lineArgument,
  markArgument,
  numberArgument,
  optionalDateArgument,
  optionalNumberArgument,
  plainArguments,
  settingArgument,
  textArgument,
  yesNoArgument,
} from "./cells";
import {
  DateOrderError,
  MissingValueError,
  NotAChoiceError,
  NotANumberError,
  RangeShapeError,
} from "./errors";
import { inCell } from "./errors";

const MEMBERSHIP = "a count of tenant members (Tenants' Forum, Silver Service Forum and general)";

/**
 * Whether a meeting is quorate: at least half the tenant membership present (§7.2). Officers, deputies and co-optees do not count (§7.7).
 * @customfunction QUORATE
 * @param membership Tenant members on the meeting date.
 * @param present Tenant members present.
 * @returns TRUE when quorate.
 */
export function quorate(membership: unknown, present: unknown): boolean {
  return inCell(() => {
    const args = plainArguments({ membership, present });
    return isQuorate(
      countArgument(args.membership, "membership", MEMBERSHIP),
      countArgument(args.present, "present", "the tenant members present")
    );
  });
}

/**
 * Tenant members needed for a quorum: half the membership, rounded up (§7.2). 8 → 4, 7 → 4, 5 → 3.
 * @customfunction QUORUM
 * @param membership Tenant members on the meeting date.
 * @returns Members needed.
 */
export function quorum(membership: unknown): number {
  return inCell(() => {
    const args = plainArguments({ membership });
    return quorumNeeded(countArgument(args.membership, "membership", MEMBERSHIP));
  });
}

/**
 * A member's place from their attendance marks: Active, At risk of lapse, or Lapsed on dd/mm/yyyy with the rule and meetings (§4.3, §10.4).
 * @customfunction LAPSE
 * @param marks The member's row of marks: P present, A absent, R absent with a reason, blank or - not expected.
 * @param meetingDates The meeting dates heading those marks, the same size.
 * @param asOf Today, or the date to judge at (use TODAY()).
 * @param [startDate] The member's start date: earlier meetings are ignored.
 * @param [consecutiveAbsences] Absences in a row that lapse a place, if your Settings differ: default 3 (name the cell Lapse_consecutive).
 * @param [absencesIn12Months] Absences in 12 months that lapse a place, if your Settings differ: default 5 (Lapse_in_12_months).
 * @returns The member's status.
 */
export function lapse(
  marks: unknown[][],
  meetingDates: unknown[][],
  asOf: unknown,
  startDate?: unknown,
  consecutiveAbsences?: unknown,
  absencesIn12Months?: unknown
): string {
  return inCell(() => {
    const args = plainArguments({
      marks,
      meetingDates,
      asOf,
      startDate,
      consecutiveAbsences,
      absencesIn12Months,
    });
    const markCells = lineArgument(args.marks, "marks");
    const dateCells = lineArgument(args.meetingDates, "meetingDates");
    if (markCells.length !== dateCells.length) {
      throw new RangeShapeError(
        `marks has ${markCells.length} cells but meetingDates has ${dateCells.length}: give the same number of cells, one date per mark.`
      );
    }
    const meetings: MeetingMark[] = [];
    for (let i = 0; i < markCells.length; i++) {
      const mark = markArgument(markCells[i], "marks", i + 1);
      if (mark === "-" && isBlank(dateCells[i])) continue; // an unused column at the end of a register
      meetings.push({ date: dateArgument(dateCells[i], "meetingDates", i + 1), mark });
    }
    const status = lapseStatus(meetings, dateArgument(args.asOf, "asOf"), {
      startDate: optionalDateArgument(args.startDate, "startDate"),
      limits: {
        consecutiveAbsences: settingArgument(
          args.consecutiveAbsences,
          "consecutiveAbsences",
          "a number of meetings",
          DEFAULT_SETTINGS.lapse.consecutiveAbsences
        ),
        absencesIn12Months: settingArgument(
          args.absencesIn12Months,
          "absencesIn12Months",
          "a number of meetings",
          DEFAULT_SETTINGS.lapse.absencesIn12Months
        ),
      },
    });
    return describeLapseStatus(status);
  });
}

/**
 * The outcome of a vote: carried by simple majority of those present if quorate (§9.3), the Chair's casting vote on a tie (§9.4), no decision if inquorate (§7.2).
 * @customfunction DECISION
 * @param votesFor Votes for.
 * @param votesAgainst Votes against.
 * @param present Tenant members present.
 * @param membership Tenant members on the meeting date.
 * @param [castingVote] The Chair's casting vote on a tie: For or Against (or TRUE/FALSE).
 * @returns The decision in words.
 */
export function decision(
  votesFor: unknown,
  votesAgainst: unknown,
  present: unknown,
  membership: unknown,
  castingVote?: unknown
): string {
  return inCell(() => {
    const args = plainArguments({ votesFor, votesAgainst, present, membership, castingVote });
    return decide({
      votesFor: countArgument(args.votesFor, "votesFor", "the number of votes for"),
      votesAgainst: countArgument(args.votesAgainst, "votesAgainst", "the number of votes against"),
      present: countArgument(args.present, "present", "the tenant members present"),
      membership: countArgument(args.membership, "membership", MEMBERSHIP),
      castingVote: castingVoteArgument(args.castingVote),
    });
  });
}

function castingVoteArgument(value: unknown): CastingVote | undefined {
  if (isBlank(value)) return undefined;
  if (value === true) return "for";
  if (value === false) return "against";
  return choiceArgument(value, "castingVote", ["For", "Against"]).toLowerCase() as CastingVote;
}

/**
 * Clear working days between a notice and a meeting: days strictly between, Monday to Friday, not England and Wales bank holidays (§7.1).
 * @customfunction NOTICEDAYS
 * @param noticeDate The date notice was sent.
 * @param meetingDate The meeting date.
 * @returns Clear working days.
 */
export function noticeDays(noticeDate: unknown, meetingDate: unknown): number {
  return inCell(() => {
    const args = plainArguments({ noticeDate, meetingDate });
    return clearWorkingDays(
      dateArgument(args.noticeDate, "noticeDate"),
      dateArgument(args.meetingDate, "meetingDate")
    );
  });
}

/**
 * Whether a meeting called between main meetings had at least 5 clear working days' notice (§7.1).
 * @customfunction NOTICEOK
 * @param noticeDate The date notice was sent.
 * @param meetingDate The meeting date.
 * @param [daysNeeded] Clear working days' notice needed, if your Settings differ: default 5 (Notice_days).
 * @returns TRUE when the notice was long enough.
 */
export function noticeOk(noticeDate: unknown, meetingDate: unknown, daysNeeded?: unknown): boolean {
  return inCell(() => {
    const args = plainArguments({ noticeDate, meetingDate, daysNeeded });
    return (
      clearWorkingDays(
        dateArgument(args.noticeDate, "noticeDate"),
        dateArgument(args.meetingDate, "meetingDate")
      ) >=
      settingArgument(
        args.daysNeeded,
        "daysNeeded",
        "a number of working days",
        DEFAULT_SETTINGS.noticeClearWorkingDays,
        0
      )
    );
  });
}

/**
 * A performance indicator's status for a period: Met, Near miss (worse but within tolerance), Missed, No data, No target or Context only.
 * @customfunction KPISTATUS
 * @param actual The period's actual figure (blank: No data).
 * @param target The target (blank: No target).
 * @param polarity Higher is better, Lower is better, or Context only.
 * @param [tolerance] How far worse still counts as a near miss: in the target's unit, or text such as "5%" for a share of the target. Default 5%.
 * @returns The status.
 */
export function kpiStatusOf(
  actual: unknown,
  target: unknown,
  polarity: unknown,
  tolerance?: unknown
): string {
  return inCell(() => {
    const args = plainArguments({ actual, target, polarity, tolerance });
    const direction = polarityArgument(args.polarity);
    return kpiStatus(
      {
        actual: optionalNumberArgument(args.actual, "actual"),
        target: optionalNumberArgument(args.target, "target"),
      },
      direction,
      toleranceArgument(args.tolerance)
    );
  });
}

function polarityArgument(value: unknown) {
  const polarity = parsePolarity(textArgument(value));
  if (polarity === undefined)
    throw new NotAChoiceError("polarity", value, [
      "Higher is better",
      "Lower is better",
      "Context only",
    ]);
  return polarity;
}

function toleranceArgument(value: unknown) {
  if (isBlank(value)) return DEFAULT_TOLERANCE;
  if (typeof value === "number" || typeof value === "string") return parseTolerance(value);
  throw new NotANumberError("tolerance", value);
}

const DEADLINE_KINDS = ["information", "manager", "impact"] as const;

/**
 * A review deadline (§11.4): information = 28 days after the request (or the manager's alternative date), manager = 14 days after the findings report, impact = 6 months after implementation.
 * @customfunction DEADLINE
 * @param kind information, manager or impact.
 * @param fromDate The date the request or report was sent, or the recommendation implemented.
 * @param [alternativeDate] For an information request only: the alternative deadline the manager gave in writing.
 * @param [impactMonths] For an impact assessment only: months after implementation, if your Settings differ: default 6 (Impact_assessment_months).
 * @returns The deadline as a date serial (format the cell as a date).
 */
export function deadline(
  kind: unknown,
  fromDate: unknown,
  alternativeDate?: unknown,
  impactMonths?: unknown
): number {
  return inCell((): Day => {
    const args = plainArguments({ kind, fromDate, alternativeDate, impactMonths });
    const which = choiceArgument(args.kind, "kind", DEADLINE_KINDS);
    const from = dateArgument(args.fromDate, "fromDate");
    const alternative = optionalDateArgument(args.alternativeDate, "alternativeDate");
    if (which === "information") return informationRequestDeadline(from, alternative);
    if (alternative !== undefined) {
      throw new RangeShapeError(
        "alternativeDate applies only to information requests: leave it blank for manager and impact."
      );
    }
    if (which === "manager" && !isBlank(args.impactMonths))
      throw new RangeShapeError(
        "impactMonths applies only to impact assessments: leave it blank for manager."
      );
    return which === "manager"
      ? managerCommentDeadline(from)
      : impactAssessmentDue(
          from,
          settingArgument(
            args.impactMonths,
            "impactMonths",
            "a number of months",
            DEFAULT_SETTINGS.impactAssessmentMonths
          )
        );
  });
}

/**
 * Whether someone may be elected Chair for a panel year: not after chairing the 3 panel years immediately before (§8.2).
 * @customfunction CHAIRELIGIBLE
 * @param name The candidate's name.
 * @param years The Chairs history's panel years (2025/26 or 2025), one per row.
 * @param chairs The Chairs history's names, beside the years.
 * @param panelYear The panel year of the election: 2026/27, 2026, or a date in it.
 * @returns TRUE when eligible.
 */
export function chairEligible(
  name: unknown,
  years: unknown[][],
  chairs: unknown[][],
  panelYear: unknown
): boolean {
  return inCell(() => {
    const args = plainArguments({ name, years, chairs, panelYear });
    const yearCells = lineArgument(args.years, "years");
    const chairCells = lineArgument(args.chairs, "chairs");
    if (yearCells.length !== chairCells.length) {
      throw new RangeShapeError(
        `years has ${yearCells.length} cells but chairs has ${chairCells.length}: give one name per year.`
      );
    }
    const history: ChairTerm[] = [];
    yearCells.forEach((cell, i) => {
      if (isBlank(cell) && isBlank(chairCells[i])) return;
      history.push({
        panelYear: panelYearArgument(cell, `years (cell ${i + 1})`),
        name: textArgument(chairCells[i]),
      });
    });
    return isEligibleForChair(
      textArgument(args.name),
      history,
      panelYearArgument(args.panelYear, "panelYear")
    );
  });
}

/** A panel year as text (2026/27), a start year (2026), or a date serial in the year. */
function panelYearArgument(value: unknown, argument: string): number {
  if (typeof value === "number" && value > 9999)
    return panelYearOf(dateArgument(value, argument), DEFAULT_SETTINGS.panelYearStart);
  if (typeof value === "number" || typeof value === "string") return parsePanelYear(value);
  throw new NotAChoiceError(argument, value, ["a panel year such as 2026/27"]);
}

/**
 * Whether a tenant meets the membership criteria of §4.2: Eligible, or Not eligible with every criterion failed. Blank answers read as the harmless answer.
 * @customfunction ELIGIBLE
 * @param tenant A tenant of the council? (Y/N; blank = Y)
 * @param evictionOrAsbo A current eviction application or anti-social behaviour order? (Y/N)
 * @param employeeOrCouncillor Employed by Landlord Services, or an elected member? (Y/N)
 * @param legalDispute In legal action or a dispute with the council? (Y/N)
 * @param tenantsForumMember A member of the Tenants' Forum? (Y/N)
 * @param silverServiceMember A member of the Silver Service Forum? (Y/N)
 * @returns Eligible, or the failed criteria.
 */
export function eligible(
  tenant: unknown,
  evictionOrAsbo: unknown,
  employeeOrCouncillor: unknown,
  legalDispute: unknown,
  tenantsForumMember: unknown,
  silverServiceMember: unknown
): string {
  return inCell(() => {
    const args = plainArguments({
      tenant,
      evictionOrAsbo,
      employeeOrCouncillor,
      legalDispute,
      tenantsForumMember,
      silverServiceMember,
    });
    return describeEligibility({
      tenant: yesNoArgument(args.tenant, "tenant", true),
      evictionOrAsbo: yesNoArgument(args.evictionOrAsbo, "evictionOrAsbo", false),
      employeeOrCouncillor: yesNoArgument(args.employeeOrCouncillor, "employeeOrCouncillor", false),
      legalDispute: yesNoArgument(args.legalDispute, "legalDispute", false),
      tenantsForumMember: yesNoArgument(args.tenantsForumMember, "tenantsForumMember", false),
      silverServiceForumMember: yesNoArgument(
        args.silverServiceMember,
        "silverServiceMember",
        false
      ),
    });
  });
}

/**
 * A survey's margin of error, worst case, with the finite population correction: 636 responses from 8,367 households at 95% gives 0.0374 (3.7%).
 * @customfunction SURVEYMARGIN
 * @param responses Responses received.
 * @param population Households (or people) surveyed from.
 * @param [confidence] Confidence level: 0.95 or 95%. Default 95%.
 * @returns The margin as a fraction (format the cell as a percentage).
 */
export function surveyMarginOf(
  responses: unknown,
  population: unknown,
  confidence?: unknown
): number {
  return inCell(() => {
    const args = plainArguments({ responses, population, confidence });
    return surveyMargin(
      countArgument(args.responses, "responses", "the number of responses"),
      countArgument(args.population, "population", "the number of households surveyed from"),
      confidenceArgument(args.confidence)
    );
  });
}

/** 0.95, 95 or "95%" all mean 95% confidence. */
function confidenceArgument(value: unknown): number {
  if (isBlank(value)) return 0.95;
  const text = typeof value === "string" ? value.trim() : value;
  const percent = typeof text === "string" && text.endsWith("%");
  const amount = numberArgument(percent ? (text as string).slice(0, -1) : text, "confidence");
  return percent || amount > 1 ? amount / 100 : amount;
}

/**
 * The panel year a date falls in, from 1 September: 23/11/2026 → 2026/27.
 * @customfunction PANELYEAR
 * @param date A date.
 * @param [yearStarts] The day the panel year starts, if your Settings differ: day/month text such as "01/09" or any date on that day and month (default 01/09; Panel_year_starts).
 * @returns The panel year, such as 2026/27.
 */
export function panelYear(date: unknown, yearStarts?: unknown): string {
  return inCell(() => {
    const args = plainArguments({ date, yearStarts });
    // The Settings sheet's `01/09` (its named cell Panel_year_starts), or any date on that day and month.
    const dayMonth =
      typeof args.yearStarts === "string" ? parseYearStart(args.yearStarts) : undefined;
    const starts = dayMonth ? undefined : optionalDateArgument(args.yearStarts, "yearStarts");
    const start =
      dayMonth ??
      (starts === undefined
        ? DEFAULT_SETTINGS.panelYearStart
        : { month: partsOf(starts).month, day: partsOf(starts).day });
    return panelYearLabel(panelYearOf(dateArgument(args.date, "date"), start));
  });
}

/**
 * The day something is due "within N working days" of a date: the N-th working day after it, the date itself not counted; working days are Monday to Friday, not England and Wales bank holidays. Received Monday 02/11/2026, within 5 → 09/11/2026.
 * @customfunction WORKDAYSAFTER
 * @param date The date the clock starts from (received, escalated, investigation concluded…).
 * @param days Working days allowed: a whole number, 0 or more.
 * @returns The due date as a date serial (format the cell as a date).
 */
export function workDaysAfter(date: unknown, days: unknown): number {
  return inCell(() => {
    const args = plainArguments({ date, days });
    return dueWithinWorkingDays(
      dateArgument(args.date, "date"),
      countArgument(args.days, "days", "a number of working days")
    );
  });
}

/**
 * A complaint's due date under the Housing Ombudsman's Complaint Handling Code: stage 1, 10 working days after acknowledgement (stage 2: 20), counted from the last day to acknowledge (5 working days) when not acknowledged; an extension moves it by up to 10 (stage 2: 20) more working days, never further.
 * @customfunction COMPLAINTDUE
 * @param stage 1 or 2.
 * @param received Stage 1: the date the complaint was received. Stage 2: the date the resident asked to escalate.
 * @param [acknowledged] The date it was acknowledged.
 * @param [extendedTo] The extended due date given to the resident, if any.
 * @param [respondDays] Working days to respond after the acknowledgement, if your Settings differ: default 10 at stage 1, 20 at stage 2.
 * @param [acknowledgeDays] Working days to acknowledge, if your Settings differ: default 5.
 * @returns The due date as a date serial (format the cell as a date).
 */
export function complaintDue(
  stage: unknown,
  received: unknown,
  acknowledged?: unknown,
  extendedTo?: unknown,
  respondDays?: unknown,
  acknowledgeDays?: unknown
): number {
  return inCell(() => {
    const args = plainArguments({
      stage,
      received,
      acknowledged,
      extendedTo,
      respondDays,
      acknowledgeDays,
    });
    const opened = dateArgument(args.received, "received");
    const acknowledgedOn = optionalDateArgument(args.acknowledged, "acknowledged");
    if (acknowledgedOn !== undefined && acknowledgedOn < opened)
      throw new DateOrderError(
        `acknowledged ${formatUkDate(acknowledgedOn)} is before received ${formatUkDate(opened)}: check the two dates.`
      );
    const extendedOn = optionalDateArgument(args.extendedTo, "extendedTo");
    const stageNumber = stageArgument(args.stage);
    const code = DEFAULT_SETTINGS.complaintHandlingCode;
    const timescales = stageNumber === 1 ? code.stage1 : code.stage2;
    const given = {
      ...timescales,
      respondWorkingDays: settingArgument(
        args.respondDays,
        "respondDays",
        "a number of working days",
        timescales.respondWorkingDays
      ),
      acknowledgeWorkingDays: settingArgument(
        args.acknowledgeDays,
        "acknowledgeDays",
        "a number of working days",
        timescales.acknowledgeWorkingDays
      ),
    };
    const clock = stageClock(
      stageNumber,
      { opened, acknowledged: acknowledgedOn, extendedTo: extendedOn },
      stageNumber === 1 ? { ...code, stage1: given } : { ...code, stage2: given }
    );
    if (extendedOn !== undefined && clock.extension === undefined)
      throw new DateOrderError(
        `extendedTo is not after the due date ${formatUkDate(clock.responseDue)}, so it extends nothing: give a later date, or leave it blank.`
      );
    return clock.due;
  });
}

function stageArgument(value: unknown): ComplaintStage {
  const stage = choiceArgument(
    typeof value === "number" ? String(value) : textArgument(value).replace(/^stage\s*/i, ""),
    "stage",
    ["1", "2"]
  );
  return stage === "1" ? 1 : 2;
}

/**
 * A complaint's result under the Code: Within the Code (answered on or before the due date), Late: N working days, Overdue: N working days (no answer, past due) or Open. N counts the working days after the due date up to the answer, or up to asOf.
 * @customfunction COMPLAINTSTATUS
 * @param due The due date (TOSP.COMPLAINTDUE).
 * @param asOf Today, or the date to judge at (use TODAY()).
 * @param [responded] The date of the response; blank when not yet answered.
 * @returns The result in words.
 */
export function complaintStatus(due: unknown, asOf: unknown, responded?: unknown): string {
  return inCell(() => {
    const args = plainArguments({ due, asOf, responded });
    return describeCodeStatus(
      codeStatus(
        dateArgument(args.due, "due"),
        optionalDateArgument(args.responded, "responded"),
        dateArgument(args.asOf, "asOf")
      )
    );
  });
}

/** The steps of Awaab's Law as the HAZARDDUE step argument names them, for each category. */
const HAZARD_STEP_WORDS: Record<
  (typeof HAZARD_CATEGORIES)[number],
  Record<string, HazardStepName>
> = {
  Emergency: {
    "Make safe": "Investigate and make safe",
    Investigate: "Investigate and make safe",
    "Written summary": "Written summary",
    "Preventative work": "Preventative work",
  },
  Significant: {
    Investigate: "Investigate",
    "Written summary": "Written summary",
    "Safety work": "Safety work",
    "Preventative work": "Preventative work",
  },
};

/**
 * When a step of Awaab's Law is due. Emergency: investigate and make safe within 24 hours of becoming aware (a date and time, 24 elapsed hours, so an hour earlier on the clock across the October change). Significant: investigate within 10 working days. After the investigation: written summary 3 working days, safety work and preventative work 5 (preventative work 12 weeks where a reason is recorded).
 * @customfunction HAZARDDUE
 * @param step Make safe, Investigate, Written summary, Safety work or Preventative work.
 * @param category Emergency or Significant.
 * @param aware The date and time the landlord became aware of the hazard.
 * @param [investigationConcluded] The date the investigation concluded: needed for the steps after it.
 * @param [laterReason] Y when a reason for later preventative work is recorded (12 weeks).
 * @param [allowance] The step's time, if your Settings differ: hours for Make safe, weeks for preventative work with a reason, working days otherwise.
 * @returns The due date as a serial: with its time for the 24-hour step (format the cell as a date, or date and time).
 */
export function hazardDue(
  step: unknown,
  category: unknown,
  aware: unknown,
  investigationConcluded?: unknown,
  laterReason?: unknown,
  allowance?: unknown
): number {
  return inCell(() => {
    const args = plainArguments({
      step,
      category,
      aware,
      investigationConcluded,
      laterReason,
      allowance,
    });
    const which = choiceArgument(args.category, "category", HAZARD_CATEGORIES);
    const words = HAZARD_STEP_WORDS[which];
    const chosen = choiceArgument(args.step, "step", Object.keys(words));
    const timescales = withAllowance(
      DEFAULT_SETTINGS.awaabsLaw,
      words[chosen] as HazardStepName,
      yesNoArgument(args.laterReason, "laterReason", false),
      args.allowance
    );
    const due = hazardStepDue(
      words[chosen] as HazardStepName,
      dateTimeArgument(args.aware, "aware"),
      optionalDateArgument(args.investigationConcluded, "investigationConcluded"),
      yesNoArgument(args.laterReason, "laterReason", false),
      timescales
    );
    if (due === undefined)
      throw new MissingValueError(
        "investigationConcluded",
        `the date the investigation concluded: the ${chosen.toLowerCase()} clock starts then`
      );
    return due.due;
  });
}

/** Awaab's Law's timescales with the one for `step` given by the formula (blank: the default). */
function withAllowance(
  timescales: AwaabsLawTimescales,
  step: HazardStepName,
  laterReason: boolean,
  allowance: unknown
): AwaabsLawTimescales {
  const key: keyof AwaabsLawTimescales =
    step === "Investigate and make safe"
      ? "emergencyHours"
      : step === "Investigate"
        ? "investigateWorkingDays"
        : step === "Written summary"
          ? "summaryWorkingDays"
          : step === "Safety work"
            ? "safetyWorkWorkingDays"
            : laterReason
              ? "preventativeWorkWeeksWithReason"
              : "preventativeWorkWorkingDays";
  const what =
    key === "emergencyHours"
      ? "a number of hours"
      : key === "preventativeWorkWeeksWithReason"
        ? "a number of weeks"
        : "a number of working days";
  return { ...timescales, [key]: settingArgument(allowance, "allowance", what, timescales[key]) };
}

/**
 * Where a figure falls among other landlords' published quartiles, the right way round for its polarity: Top quartile (best), Second, Third or Bottom quartile. With only the median: Median or better, or Worse than median.
 * @customfunction QUARTILE
 * @param actual The landlord's figure.
 * @param lower The lower quartile (25th percentile) as published; blank if not published.
 * @param median The median.
 * @param upper The upper quartile (75th percentile) as published; blank if not published.
 * @param polarity Higher is better, Lower is better, or Context only.
 * @returns The quartile in words.
 */
export function quartile(
  actual: unknown,
  lower: unknown,
  median: unknown,
  upper: unknown,
  polarity: unknown
): string {
  return inCell(() => {
    const args = plainArguments({ actual, lower, median, upper, polarity });
    return describeBenchmarkPosition(
      benchmarkPosition(
        numberArgument(args.actual, "actual", "the landlord's figure"),
        {
          lowerQuartile: optionalNumberArgument(args.lower, "lower"),
          median: numberArgument(args.median, "median", "the published median"),
          upperQuartile: optionalNumberArgument(args.upper, "upper"),
        },
        polarityArgument(args.polarity)
      )
    );
  });
}
