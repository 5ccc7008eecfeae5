import { Day, formatUkDate } from "../domain/calendar/days";
import { isQuorate } from "../domain/meetings/quorum";
import { MeetingType, PanelMeeting } from "../domain/meetings/meetingsPerYear";
import { describeNotice } from "../domain/meetings/notice";
import { PanelSettings } from "../domain/settings";
import { Problem } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { MeetingFinding, MemberFinding } from "./findings";
import { personKey } from "./members";
import { countsForQuorumOn } from "./roll";

interface Attender {
  member: MemberFinding;
  present: Set<Day>;
}

/**
 * Per meeting (docs/workbook.md, Meetings): tenant members on the roll that day and marked P, the
 * membership on the date (§7.2, §7.7), quorate, and notice for meetings called between main meetings
 * (§7.1). A meeting on the attendance register without a row on Meetings is a main meeting.
 */
export function scanMeetings(
  workbook: PanelWorkbook,
  members: readonly MemberFinding[],
  asOf: Day,
  settings: PanelSettings
): {
  findings: MeetingFinding[];
  byRow: Map<number, MeetingFinding>;
  all: PanelMeeting[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const presentDates = new Map<string, Set<Day>>();
  for (const row of workbook.attendance?.records ?? []) {
    const key = personKey(row.member);
    if (!presentDates.has(key))
      presentDates.set(key, new Set(row.marks.filter((m) => m.mark === "P").map((m) => m.date)));
  }
  const registerDates = new Set((workbook.attendance?.meetings ?? []).map((m) => m.date));
  const attenders: Attender[] = members.map((member) => ({
    member,
    present: presentDates.get(personKey(member.name)) ?? new Set(),
  }));

  const byRow = new Map<number, MeetingFinding>();
  const listedDates = new Set<Day>();
  const sheet = workbook.meetings;
  for (const meeting of sheet?.records ?? []) {
    if (listedDates.has(meeting.date) && sheet) {
      problems.push(
        sheet.layout.grid.problem(
          meeting.row,
          sheet.layout.columns.date as number,
          `a meeting on ${formatUkDate(meeting.date)} is already listed above: both rows get the same figures`
        )
      );
    }
    listedDates.add(meeting.date);
    let notice: string | undefined;
    if (meeting.noticeSent !== undefined && sheet) {
      if (meeting.noticeSent > meeting.date) {
        problems.push(
          sheet.layout.grid.problem(
            meeting.row,
            sheet.layout.columns.noticeSent as number,
            `notice sent ${formatUkDate(meeting.noticeSent)} is after the meeting on ${formatUkDate(meeting.date)}: check the date`
          )
        );
      } else {
        notice = describeNotice(
          meeting.type,
          meeting.noticeSent,
          meeting.date,
          settings.noticeClearWorkingDays
        );
      }
    }
    byRow.set(meeting.row, {
      ...attendanceAt(meeting.date, meeting.type, attenders, asOf, registerDates),
      notice,
    });
  }
  const registerOnly = (workbook.attendance?.meetings ?? []).filter(
    (m) => !listedDates.has(m.date)
  );
  const findings = [
    ...byRow.values(),
    ...registerOnly.map((m) => attendanceAt(m.date, "Main", attenders, asOf, registerDates)),
  ].sort((a, b) => a.date - b.date);
  return { findings, byRow, all: findings.map((f) => ({ date: f.date, type: f.type })), problems };
}

/** Present and quorate only for a meeting held and on the attendance register; membership for every meeting. */
function attendanceAt(
  date: Day,
  type: MeetingType,
  attenders: Attender[],
  asOf: Day,
  registerDates: Set<Day>
): MeetingFinding {
  const onRoll = attenders.filter((a) => countsForQuorumOn(a.member, date));
  const membership = onRoll.length;
  const held = type !== "Cancelled" && date <= asOf;
  if (!held || !registerDates.has(date)) return { date, type, held, membership };
  const present = onRoll.filter((a) => a.present.has(date)).length;
  return {
    date,
    type,
    held,
    membership,
    present,
    quorate: membership > 0 ? isQuorate(membership, present) : undefined,
  };
}
