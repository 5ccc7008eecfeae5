import { parseAttendanceMark } from "../../domain/attendance/marks";
import { readDate, readText } from "../cells";
import { dataRows, TableLayout } from "../grid";
import { Problem } from "../problems";
import { AttendanceMeeting, AttendanceRecord } from "../records";
import { ATTENDANCE } from "../sheets/attendance";

type AttendanceKey = (typeof ATTENDANCE.columns)[number]["key"];

export interface AttendanceRead {
  meetings: AttendanceMeeting[];
  records: AttendanceRecord[];
}

/**
 * WORKBOOK.md, Attendance: `Member`, then one column per meeting headed by its date. A header that is
 * neither a date nor blank is reported (an officer's notes column would otherwise be silently ignored);
 * a mark that is not P, A, R, blank or - is a problem and the meeting is skipped for that member.
 */
export function readAttendance(
  layout: TableLayout<AttendanceKey>,
  problems: Problem[]
): AttendanceRead {
  const { grid, headerRow, columns } = layout;
  const memberColumn = columns.member as number;
  const meetings: AttendanceMeeting[] = [];
  for (let column = 0; column < grid.columnCount; column++) {
    if (column === memberColumn) continue;
    const cell = grid.cell(headerRow, column);
    if (cell.kind === "blank") continue;
    const reading = readDate(cell);
    if ("value" in reading) meetings.push({ column, date: reading.value });
    else if ("problem" in reading && column > memberColumn) {
      problems.push(
        grid.problem(
          headerRow,
          column,
          `${reading.problem}; meeting columns are headed by the meeting's date`
        )
      );
    }
  }

  const records: AttendanceRecord[] = [];
  for (const row of dataRows(layout)) {
    const member = grid.read(row, memberColumn, readText, problems);
    if (member === undefined) {
      problems.push(
        grid.problem(
          row,
          memberColumn,
          "these marks have no member's name: fill it in or clear the row"
        )
      );
      continue;
    }
    const marks: AttendanceRecord["marks"] = [];
    for (const meeting of meetings) {
      const cell = grid.cell(row, meeting.column);
      const text = cell.kind === "blank" ? "" : cell.kind === "text" ? cell.text : undefined;
      const mark = text === undefined ? undefined : parseAttendanceMark(text);
      if (mark === undefined) {
        const shown =
          cell.kind === "text"
            ? `"${cell.text}"`
            : cell.kind === "error"
              ? cell.code
              : String("value" in cell ? cell.value : "");
        problems.push(
          grid.problem(
            row,
            meeting.column,
            `${shown} is not an attendance mark: use P, A, R, - or leave it blank`
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
