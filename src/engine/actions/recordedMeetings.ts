import { findsSheet, SheetDefinition } from "../../workbook/definition";
import { Grid, locateTable, TableLayout } from "../../workbook/grid";
import { readAttendance } from "../../workbook/readers/attendance";
import { readMeetings } from "../../workbook/readers/meetings";
import { ATTENDANCE, MEETINGS } from "../../workbook/sheets";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { Findings } from "../findings";
import { personKey } from "../members";
import { countsForQuorumOn, sitsOn } from "../roll";
import { RecordedMeeting, RegisterEntry } from "../session";

/** The first sheet the definition finds, as a table (readWorkbook reads the first one too). */
function tableOf<K extends string>(
  snapshot: WorkbookSnapshot,
  definition: SheetDefinition<K>
): TableLayout<K> | undefined {
  const sheet = snapshot.sheets.find((s) => findsSheet(definition, s.name));
  return sheet && locateTable(new Grid(sheet), definition);
}

/**
 * Every meeting on the attendance register, newest first, with its type and notice date from Meetings
 * and each member's mark: what the pane loads to correct a meeting. A member is listed when on the roll
 * that day, or marked there; only names on the Members sheet are listed (the scan reports the others).
 */
export function recordedMeetings(
  snapshot: WorkbookSnapshot,
  findings: Findings
): RecordedMeeting[] {
  const attendanceLayout = tableOf(snapshot, ATTENDANCE);
  if (!attendanceLayout) return [];
  const attendance = readAttendance(attendanceLayout, []);
  const meetingsLayout = tableOf(snapshot, MEETINGS);
  const listed = meetingsLayout ? readMeetings(meetingsLayout, []) : [];
  // The first row of a name is the one the scan reads (engine/members.ts).
  const rows = new Map<string, (typeof attendance.records)[number]>();
  for (const row of attendance.records)
    if (!rows.has(personKey(row.member))) rows.set(personKey(row.member), row);

  return [...attendance.meetings]
    .sort((a, b) => b.date - a.date)
    .map(({ date, column }) => {
      const row = listed.find((m) => m.date === date);
      const register = findings.members.flatMap((member): RegisterEntry[] => {
        const found = rows
          .get(personKey(member.name))
          ?.marks.find((m) => m.column === column)?.mark;
        const mark = found === undefined || found === "-" ? undefined : found;
        const onRoll = sitsOn(member, date);
        if (!onRoll && mark === undefined) return [];
        return [
          {
            name: member.name,
            ...(mark !== undefined ? { mark } : {}),
            onRoll,
            countsForQuorum: countsForQuorumOn(member, date),
          },
        ];
      });
      return {
        date,
        type: row?.type ?? "Main",
        ...(row?.noticeSent !== undefined ? { noticeSent: row.noticeSent } : {}),
        register,
      };
    });
}
