import { Day, formatUkDate } from "../../domain/calendar/days";
import { CellWrite, date, SheetPlan, text, WritePlan } from "../../workbook/plan";
import { PanelWorkbook, readWorkbook } from "../../workbook/readWorkbook";
import { ATTENDANCE, MEETINGS } from "../../workbook/sheets";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { MeetingToRecord } from "../session";
import { rowUnder, rowWrites, sameWords } from "./tableRows";

type Members = NonNullable<PanelWorkbook["members"]>;
type Meetings = NonNullable<PanelWorkbook["meetings"]>;
type Attendance = NonNullable<PanelWorkbook["attendance"]>;

const MARKS: readonly string[] = ["P", "A", "R"];

/**
 * "Record a meeting" (docs/workbook.md, Attendance and Meetings): a new Attendance column after the last
 * used one, headed by the meeting's date, with each member's mark in their row (a member without a
 * row gets one at the bottom), and the meeting on Meetings. A meeting already listed there (officers
 * list the year's meetings ahead, §7.1) keeps its row: only its blank Type or Notice sent cells are
 * filled in. Every write lands in an empty cell: no officer's cell is ever changed.
 *
 * Returns the plan, or why the meeting cannot be recorded in plain words (never an exception).
 */
export function recordMeetingPlan(
  snapshot: WorkbookSnapshot,
  meeting: MeetingToRecord,
  asOf: Day
): { plan: WritePlan } | { error: string } {
  const { workbook } = readWorkbook(snapshot);
  const { attendance, meetings, members } = workbook;
  if (!members) return setUpFirst("Members", "Name and Group");
  if (!attendance) return setUpFirst("Attendance", "Member");
  if (!meetings) return setUpFirst("Meetings", "Date");

  const when = formatUkDate(meeting.date);
  if (meeting.date > asOf)
    return {
      error: `The meeting on ${when} is after today (${formatUkDate(asOf)}): record it once it has been held.`,
    };
  if (meeting.noticeSent !== undefined && meeting.noticeSent > meeting.date)
    return {
      error: `The notice date ${formatUkDate(meeting.noticeSent)} is after the meeting on ${when}: check the dates.`,
    };
  const { grid, headerRow } = attendance.layout;
  const recorded = attendance.meetings.find((m) => m.date === meeting.date);
  if (recorded)
    return {
      error: `A meeting on ${when} is already recorded in ${grid.address(headerRow, recorded.column)}: choose it in the list of recorded meetings to correct it.`,
    };

  const marks = checkedMarks(members, meeting);
  if ("error" in marks) return marks;

  const meetingsWrites = meetingsRow(meetings, meeting);
  if ("error" in meetingsWrites) return meetingsWrites;
  const sheets: SheetPlan[] = [
    {
      sheet: grid.name,
      create: false,
      definition: ATTENDANCE.key,
      writes: attendanceColumn(attendance, meeting.date, marks),
    },
    {
      sheet: meetings.layout.grid.name,
      create: false,
      definition: MEETINGS.key,
      writes: meetingsWrites,
    },
  ];
  return { plan: { sheets: sheets.filter((sheet) => sheet.writes.length > 0) } };
}

export function setUpFirst(sheet: string, headers: string): { error: string } {
  return {
    error: `Set up the workbook first: there is no ${sheet} sheet with ${headers} headers to record the meeting in.`,
  };
}

/**
 * Each mark under the member's name as on the Members sheet, upper case. Every mark is checked before
 * anything is planned: one wrong name or mark writes nothing.
 */
export function checkedMarks(
  members: Members,
  meeting: MeetingToRecord
): Map<string, string> | { error: string } {
  const marks = new Map<string, string>();
  for (const [name, mark] of Object.entries(meeting.marks)) {
    const member = members.records.find((m) => sameWords(m.name, name));
    if (!member)
      return {
        error: `${name} is not on the Members sheet: add them there (with their group) or check the spelling.`,
      };
    if (!MARKS.includes(String(mark).toUpperCase()))
      return { error: `"${mark}" is not an attendance mark for ${name}: use P, A or R.` };
    marks.set(member.name, String(mark).toUpperCase());
  }
  return marks;
}

/** The new column, in Members order; members left out of `marks` stay blank (not yet recorded). */
function attendanceColumn(
  attendance: Attendance,
  day: Day,
  marks: Map<string, string>
): CellWrite[] {
  const { grid, headerRow } = attendance.layout;
  const column = grid.sheetColumn(grid.columnCount);
  const writes: CellWrite[] = [{ row: grid.sheetRow(headerRow), column, value: date(day) }];
  const rows = registerRows(attendance);
  for (const [name, mark] of marks) writes.push(...rows.markWrites(name, column, mark));
  return writes;
}

/**
 * Where each member's marks go on the register: the first row of their name (the one the scan reads,
 * engine/members.ts), or a new row under the others, named as on Members, for a member without one.
 */
export function registerRows(attendance: Attendance): {
  markWrites(name: string, sheetColumn: number, mark: string): CellWrite[];
} {
  const { grid, columns } = attendance.layout;
  let newRow = rowUnder(attendance.layout);
  return {
    markWrites(name, sheetColumn, mark) {
      const record = attendance.records.find((r) => sameWords(r.member, name));
      if (record)
        return [{ row: grid.sheetRow(record.row), column: sheetColumn, value: text(mark) }];
      const row = newRow++;
      return [
        { row, column: grid.sheetColumn(columns.member as number), value: text(name, true) },
        { row, column: sheetColumn, value: text(mark) },
      ];
    },
  };
}

/**
 * A Meetings row under the others, or the blank cells of the row that already lists the meeting.
 * A Type or Notice sent the officers wrote that differs from the one given is not changed: the user
 * is told where it is instead.
 */
function meetingsRow(
  meetings: Meetings,
  meeting: MeetingToRecord
): CellWrite[] | { error: string } {
  const { layout } = meetings;
  const { grid, columns } = layout;
  const listed = meetings.records.find((r) => r.date === meeting.date);
  if (!listed) {
    return rowWrites(MEETINGS, layout, rowUnder(layout), {
      date: date(meeting.date),
      // A blank Type reads as Main (docs/workbook.md): a sheet without the column needs none for Main.
      ...(meeting.type !== "Main" || columns.type !== undefined
        ? { type: text(meeting.type) }
        : {}),
      ...(meeting.noticeSent !== undefined ? { noticeSent: date(meeting.noticeSent) } : {}),
    });
  }
  const when = formatUkDate(meeting.date);
  const typeBlank =
    columns.type === undefined || grid.cell(listed.row, columns.type).kind === "blank";
  if (!typeBlank && listed.type !== meeting.type)
    return {
      error: `${grid.address(listed.row, columns.type as number)} lists the meeting on ${when} as ${listed.type}, not ${meeting.type}: correct one of them first.`,
    };
  if (
    meeting.noticeSent !== undefined &&
    listed.noticeSent !== undefined &&
    listed.noticeSent !== meeting.noticeSent
  )
    return {
      error: `${grid.address(listed.row, columns.noticeSent as number)} has notice sent on ${formatUkDate(listed.noticeSent)} for the meeting on ${when}, not ${formatUkDate(meeting.noticeSent)}: correct one of them first.`,
    };
  const noticeCell =
    columns.noticeSent === undefined ? undefined : grid.cell(listed.row, columns.noticeSent);
  return rowWrites(MEETINGS, layout, grid.sheetRow(listed.row), {
    ...(typeBlank && meeting.type !== "Main" ? { type: text(meeting.type) } : {}),
    ...(meeting.noticeSent !== undefined &&
    (noticeCell === undefined || noticeCell.kind === "blank")
      ? { noticeSent: date(meeting.noticeSent) }
      : {}),
  });
}
