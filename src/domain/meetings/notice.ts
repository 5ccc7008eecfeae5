import { Day } from "../calendar/days";
import { clearWorkingDays } from "../calendar/workingDays";
import { MeetingType } from "./meetingsPerYear";

/**
 * §7.1: meetings the Chair calls between main meetings need at least 5 clear working days' notice
 * (*setting*). The Meetings sheet's Notice column (WORKBOOK.md): `Short: N clear working days` for an
 * interim meeting with too little notice, otherwise `OK` (the rule does not apply to main meetings).
 */
export function describeNotice(
  type: MeetingType,
  noticeSent: Day,
  meetingDate: Day,
  minimumClearDays = 5
): string {
  const days = clearWorkingDays(noticeSent, meetingDate);
  if (type === "Interim" && days < minimumClearDays)
    return `Short: ${days} clear working day${days === 1 ? "" : "s"}`;
  return "OK";
}
