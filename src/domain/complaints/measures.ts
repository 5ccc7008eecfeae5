import { WorkingDayCalendar, ENGLAND_AND_WALES } from "../calendar/workingDays";
import { isInPeriod, ReportingPeriod } from "../tsm/reportingPeriods";
import {
  COMPLAINT_HANDLING_CODE,
  ComplaintHandlingCode,
  ComplaintRecord,
  stageClock,
} from "./handlingCode";

/**
 * CH01 and CH02 computed from the Complaints log (docs/rules.md, "Complaints"), so the panel can check the
 * published figures:
 * - CH02 (1) = stage 1 complaints answered within the Code's timescales ÷ stage 1 complaints answered,
 *   in the period, as a percentage; CH02 (2) likewise for stage 2. "In the period" is by the date of the
 *   answer, and "within" is on or before the stage's due date (extension included, up to the Code's
 *   limit). A complaint escalated to stage 2 keeps its stage 1 answer in CH02 (1).
 * - CH01 (1) and (2) = stage 1 complaints received, and stage 2 complaints (requests to escalate)
 *   received, in the period, per 1,000 homes owned (*setting*).
 */
export interface AnsweredWithinCode {
  answered: number;
  withinCode: number;
  /** withinCode ÷ answered × 100; undefined when nothing was answered in the period. */
  percent?: number;
}

export interface ReceivedPerThousandHomes {
  received: number;
  /** received × 1,000 ÷ homes owned; undefined when homes owned is not set. */
  perThousandHomes?: number;
}

export interface ComplaintMeasures {
  period: ReportingPeriod;
  ch01: { stage1: ReceivedPerThousandHomes; stage2: ReceivedPerThousandHomes };
  ch02: { stage1: AnsweredWithinCode; stage2: AnsweredWithinCode };
}

export function complaintMeasures(
  complaints: readonly ComplaintRecord[],
  period: ReportingPeriod,
  homesOwned: number | undefined,
  code: ComplaintHandlingCode = COMPLAINT_HANDLING_CODE,
  calendar: WorkingDayCalendar = ENGLAND_AND_WALES
): ComplaintMeasures {
  const stage1 = { received: 0, answered: 0, withinCode: 0 };
  const stage2 = { received: 0, answered: 0, withinCode: 0 };
  for (const complaint of complaints) {
    if (isInPeriod(complaint.received, period)) stage1.received++;
    if (isInPeriod(complaint.escalated, period)) stage2.received++;
    const { responded, escalated, stage2Responded } = complaint;
    if (responded !== undefined && isInPeriod(responded, period)) {
      const { due } = stageClock(
        1,
        {
          opened: complaint.received,
          acknowledged: complaint.acknowledged,
          extendedTo: complaint.extendedTo,
        },
        code,
        calendar
      );
      stage1.answered++;
      if (responded <= due) stage1.withinCode++;
    }
    if (
      escalated !== undefined &&
      stage2Responded !== undefined &&
      isInPeriod(stage2Responded, period)
    ) {
      const { due } = stageClock(
        2,
        {
          opened: escalated,
          acknowledged: complaint.stage2Acknowledged,
          extendedTo: complaint.stage2ExtendedTo,
        },
        code,
        calendar
      );
      stage2.answered++;
      if (stage2Responded <= due) stage2.withinCode++;
    }
  }
  const perHomes = (received: number): ReceivedPerThousandHomes =>
    homesOwned !== undefined && homesOwned > 0
      ? { received, perThousandHomes: (received * 1000) / homesOwned }
      : { received };
  const withPercent = ({ answered, withinCode }: typeof stage1): AnsweredWithinCode =>
    answered === 0
      ? { answered, withinCode }
      : { answered, withinCode, percent: (withinCode * 100) / answered };
  return {
    period,
    ch01: { stage1: perHomes(stage1.received), stage2: perHomes(stage2.received) },
    ch02: { stage1: withPercent(stage1), stage2: withPercent(stage2) },
  };
}
