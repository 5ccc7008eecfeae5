import { Day, formatUkDate } from "../../domain/calendar/days";
import { CellWrite, date, SheetPlan, text, WritePlan } from "../../workbook/plan";
import { PanelWorkbook, readWorkbook } from "../../workbook/readWorkbook";
import { ATTENDANCE, MEETINGS } from "../../workbook/sheets";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { MeetingToRecord } from "../session";
import { checkedMarks, registerRows, setUpFirst } from "./recordMeeting";
import { rowUnder, rowWrites, sameWords } from "./tableRows";

type Meetings = NonNullable<PanelWorkbook["meetings"]>;

/**
 * "Correct a recorded meeting": the meeting already on the register is written again in place, never
 * as a second column or row. Only these cells can change:
 * - the marks in the meeting's own Attendance column, for members given a mark that differs from the one
 *   there (case ignored: `p` is already `P`); a member left out keeps the cell as it is (the pane loads
 *   the recorded marks, so a member it leaves out had none). A member marked who has no row on the
 *   register gets one at the bottom, as when recording;
 * - the meeting's Meetings row: its Type, and its Notice sent when one is given, where they differ (a
 *   meeting with no row gets one only when it is not a plain main meeting).
 * The computed columns (Present, Membership, Quorate, Notice; Status and Reason) are the scan's, which
 * runs on the corrected workbook. A correction that changes nothing plans no write at all.
 *
 * Returns the plan, or why the meeting cannot be corrected in plain words (never an exception).
 */
export function correctMeetingPlan(
  snapshot: WorkbookSnapshot,
  meeting: MeetingToRecord
): { plan: WritePlan } | { error: string } {
  const { workbook } = readWorkbook(snapshot);
  const { attendance, meetings, members } = workbook;
  if (!members) return setUpFirst("Members", "Name and Group");
  if (!attendance) return setUpFirst("Attendance", "Member");
  if (!meetings) return setUpFirst("Meetings", "Date");

  const when = formatUkDate(meeting.date);
  const recorded = attendance.meetings.find((m) => m.date === meeting.date);
  if (!recorded)
    return {
      error: `There is no meeting on ${when} on the Attendance sheet to correct: record it as a new meeting.`,
    };
  if (meeting.noticeSent !== undefined && meeting.noticeSent > meeting.date)
    return {
      error: `The notice date ${formatUkDate(meeting.noticeSent)} is after the meeting on ${when}: check the dates.`,
    };
  const marks = checkedMarks(members, meeting);
  if ("error" in marks) return marks;

  const { grid } = attendance.layout;
  const column = grid.sheetColumn(recorded.column);
  const rows = registerRows(attendance);
  const attendanceWrites: CellWrite[] = [];
  for (const [name, mark] of marks) {
    const record = attendance.records.find((r) => sameWords(r.member, name));
    const cell = record ? grid.cell(record.row, recorded.column) : undefined;
    const current = cell?.kind === "text" ? cell.text.trim().toUpperCase() : undefined;
    if (current !== mark) attendanceWrites.push(...rows.markWrites(name, column, mark));
  }

  const sheets: SheetPlan[] = [
    {
      sheet: grid.name,
      create: false,
      definition: ATTENDANCE.key,
      writes: attendanceWrites,
    },
    {
      sheet: meetings.layout.grid.name,
      create: false,
      definition: MEETINGS.key,
      writes: meetingsRowChanges(meetings, meeting),
    },
  ];
  return { plan: { sheets: sheets.filter((sheet) => sheet.writes.length > 0) } };
}

/** The Type and Notice sent cells of the meeting's row that the correction changes, and no other. */
function meetingsRowChanges(meetings: Meetings, meeting: MeetingToRecord): CellWrite[] {
  const { layout } = meetings;
  // The first row of a date is the one the scan gives its figures to first (engine/meetings.ts).
  const listed = meetings.records.find((r) => r.date === meeting.date);
  if (!listed) {
    // A meeting on the register with no Meetings row reads as a main meeting (docs/workbook.md).
    if (meeting.type === "Main" && meeting.noticeSent === undefined) return [];
    return rowWrites(MEETINGS, layout, rowUnder(layout), {
      date: date(meeting.date),
      type: text(meeting.type),
      ...(meeting.noticeSent !== undefined ? { noticeSent: date(meeting.noticeSent) } : {}),
    });
  }
  const typeChanges = listed.type !== meeting.type;
  const noticeChanges =
    meeting.noticeSent !== undefined && listed.noticeSent !== meeting.noticeSent;
  return rowWrites(MEETINGS, layout, layout.grid.sheetRow(listed.row), {
    ...(typeChanges ? { type: text(meeting.type) } : {}),
    ...(noticeChanges ? { noticeSent: date(meeting.noticeSent as Day) } : {}),
  });
}
