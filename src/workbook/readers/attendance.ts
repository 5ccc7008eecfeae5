import { parseAttendanceMark } from "../../domain/attendance/marks";
import { formatUkDate } from "../../domain/calendar/days";
import { columnLetters } from "../address";
import { readDate, readText, shownCell } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { AttendanceMeeting, AttendanceRecord } from "../records";
import { ATTENDANCE } from "../sheets/attendance";

type AttendanceKey = (typeof ATTENDANCE.columns)[number]["key"];

export interface AttendanceRead {
  meetings: AttendanceMeeting[];
  records: AttendanceRecord[];
}

/**
 * docs/workbook.md, Attendance: `Member`, then one column per meeting headed by its date. A header that is
 * neither a date nor blank is reported (an officer's notes column would otherwise be silently ignored);
 * a mark that is not P, A, R, blank or - is a problem and the meeting is skipped for that member.
 */
export function readAttendance(
  layout: TableLayout<AttendanceKey>,
  problems: Problem[]
): AttendanceRead {
  const { grid, headerRow, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const memberColumn = columns.member as number;
  const meetings: AttendanceMeeting[] = [];
  const seen = new Map<number, number>();
  for (let column = 0; column < grid.columnCount; column++) {
    if (column === memberColumn) continue;
    const cell = grid.cell(headerRow, column);
    if (cell.kind === "blank") continue;
    // Extra columns are the officers' and kept untouched (docs/workbook.md); only a header that looks like a
    // date (a date cell, or text with figures in it) is read as a meeting, and reported when it is not one.
    if (cell.kind === "text" && !/\d/.test(cell.text)) continue;
    const reading = readDate(cell);
    if ("problem" in reading) {
      problems.push(
        grid.problem(
          headerRow,
          column,
          `${reading.problem}; meeting columns are headed by the meeting's date`
        )
      );
      continue;
    }
    if (!("value" in reading)) continue;
    const earlier = seen.get(reading.value);
    if (earlier !== undefined) {
      problems.push(
        grid.problem(
          headerRow,
          column,
          `${formatUkDate(reading.value)} already heads column ${columnLetters(grid.sheetColumn(earlier))}: the first column is used`
        )
      );
      continue;
    }
    seen.set(reading.value, column);
    meetings.push({ column, date: reading.value });
  }

  const records: AttendanceRecord[] = [];
  for (const row of dataRows(layout)) {
    const member = grid.required(
      row,
      memberColumn,
      readText,
      problems,
      "these marks have no member's name: fill it in or clear the row"
    );
    if (member === undefined) continue;
    const marks: AttendanceRecord["marks"] = [];
    for (const meeting of meetings) {
      const cell = grid.cell(row, meeting.column);
      const text = cell.kind === "blank" ? "" : cell.kind === "text" ? cell.text : undefined;
      const mark = text === undefined ? undefined : parseAttendanceMark(text);
      if (mark === undefined) {
        problems.push(
          grid.problem(
            row,
            meeting.column,
            `${shownCell(cell)} is not an attendance mark: use P, A, R, - or leave it blank`
          )
        );
        continue;
      }
      marks.push({ date: meeting.date, mark, column: meeting.column });
    }
    records.push({ row, member, marks });
  }
  return { meetings, records };
}
