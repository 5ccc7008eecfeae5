import { MeetingType } from "../../domain/meetings/meetingsPerYear";
import { readDate, readText } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { MeetingRecord } from "../records";
import { MEETINGS } from "../sheets/meetings";
import { MEETING_TYPE_LIST } from "../sheets/lists";

type MeetingKey = (typeof MEETINGS.columns)[number]["key"];

/** docs/workbook.md, Meetings: a row needs a date; a blank Type reads as `Main`. */
export function readMeetings(
  layout: TableLayout<MeetingKey>,
  problems: Problem[]
): MeetingRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: MeetingRecord[] = [];
  for (const row of dataRows(layout)) {
    const date = grid.required(
      row,
      columns.date as number,
      readDate,
      problems,
      "this meeting has no date: fill it in or clear the row"
    );
    if (date === undefined) continue;
    const typeText = grid.read(row, columns.type, readText, problems);
    let type: MeetingType = "Main";
    if (typeText !== undefined) {
      const found = MEETING_TYPE_LIST.find(
        (t) =>
          t.toLowerCase().replace(/[\s-]/g, "") === typeText.toLowerCase().replace(/[\s-]/g, "")
      );
      if (found === undefined) {
        problems.push(
          grid.problem(
            row,
            columns.type as number,
            `"${typeText}" is not a meeting type: choose Main, Interim, Sub-panel or Cancelled; read as Main meanwhile`
          )
        );
      } else {
        type = found;
      }
    }
    records.push({
      row,
      date,
      type,
      noticeSent: grid.read(row, columns.noticeSent, readDate, problems),
      notes: grid.read(row, columns.notes, readText, problems),
    });
  }
  return records;
}
