import { Day } from "../calendar/days";
import { clearWorkingDays } from "../calendar/workingDays";
import { MeetingType } from "./meetingsPerYear";

/**
 * §7.1: enough notice for a meeting the Chair calls between main meetings: at least 5 clear working
 * days (*setting*) between the notice and the meeting (calendar/workingDays.ts counts them). A notice
 * after the meeting is a RuleInputError.
 */
export function isNoticeEnough(noticeDate: Day, meetingDate: Day, minimumClearDays = 5): boolean {
  return clearWorkingDays(noticeDate, meetingDate) >= minimumClearDays;
}

/**
 * The Meetings sheet's Notice column (docs/workbook.md): `Short: N clear working days` for an interim
 * meeting with too little notice (isNoticeEnough), otherwise `OK` (§7.1 does not apply to main
 * meetings, but their dates are still checked).
 */
export function describeNotice(
  type: MeetingType,
  noticeSent: Day,
  meetingDate: Day,
  minimumClearDays = 5
): string {
  if (isNoticeEnough(noticeSent, meetingDate, minimumClearDays) || type !== "Interim") return "OK";
  const days = clearWorkingDays(noticeSent, meetingDate);
  return `Short: ${days} clear working day${days === 1 ? "" : "s"}`;
}
