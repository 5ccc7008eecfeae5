import { isSittingOn } from "../../domain/meetings/quorum";
import { isTenantMember } from "../../domain/members/groups";
import { findsSheet, SheetDefinition } from "../../workbook/definition";
import { Grid, locateTable, TableLayout } from "../../workbook/grid";
import { readAttendance } from "../../workbook/readers/attendance";
import { readMeetings } from "../../workbook/readers/meetings";
import { readMembers } from "../../workbook/readers/members";
import { MemberRecord } from "../../workbook/records";
import { ATTENDANCE, MEETINGS, MEMBERS } from "../../workbook/sheets";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { Findings, MemberFinding } from "../findings";
import { personKey } from "../members";
import { RecordedMeeting, RegisterEntry } from "../session";

/** A member's row on Members with what the scan found of them (term end, lapse). */
export interface ScannedMember {
  record: MemberRecord;
  finding: MemberFinding;
}

/** The first sheet the definition finds, as a table (readWorkbook reads the first one too). */
function tableOf<K extends string>(
  snapshot: WorkbookSnapshot,
  definition: SheetDefinition<K>
): TableLayout<K> | undefined {
  const sheet = snapshot.sheets.find((s) => findsSheet(definition, s.name));
  return sheet && locateTable(new Grid(sheet), definition);
}

/**
 * The Members rows with their findings, in Members order. The scan read the same rows with the same
 * reader, so records and findings come in the same order; a row the scan did not keep is left out.
 */
export function scannedMembers(snapshot: WorkbookSnapshot, findings: Findings): ScannedMember[] {
  const layout = tableOf(snapshot, MEMBERS);
  if (!layout) return [];
  const records = readMembers(layout, []);
  return findings.members.flatMap((finding, index) => {
    const record = records[index];
    return record?.name === finding.name ? [{ record, finding }] : [];
  });
}

/** Whether the member sits on the panel on a date (§4.3, §15.1): the rule membership uses (§7.2). */
export function sitsOn(member: ScannedMember, date: number): boolean {
  const { lapse, termEnd } = member.finding;
  return isSittingOn(
    {
      startDate: member.record.startDate,
      termEnd,
      lapsedOn: lapse.kind === "Lapsed" ? lapse.on : undefined,
    },
    date
  );
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
  const members = scannedMembers(snapshot, findings);
  // The first row of a name is the one the scan reads (engine/members.ts).
  const rows = new Map<string, (typeof attendance.records)[number]>();
  for (const row of attendance.records)
    if (!rows.has(personKey(row.member))) rows.set(personKey(row.member), row);

  return [...attendance.meetings]
    .sort((a, b) => b.date - a.date)
    .map(({ date, column }) => {
      const row = listed.find((m) => m.date === date);
      const register = members.flatMap((member): RegisterEntry[] => {
        const found = rows
          .get(personKey(member.record.name))
          ?.marks.find((m) => m.column === column)?.mark;
        const mark = found === undefined || found === "-" ? undefined : found;
        const onRoll = sitsOn(member, date);
        if (!onRoll && mark === undefined) return [];
        return [
          {
            name: member.record.name,
            ...(mark !== undefined ? { mark } : {}),
            onRoll,
            countsForQuorum: onRoll && isTenantMember(member.record.group),
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
