import {
  describeLapseWatch,
  lapseStatus,
  lapseWatchOf,
  MeetingMark,
} from "../domain/attendance/lapse";
import { Day } from "../domain/calendar/days";
import { failedEligibilityCriteria } from "../domain/members/eligibility";
import { describeTerm, hasCompletedTraining, termEndOf, termState } from "../domain/members/term";
import { memberStatus } from "../domain/members/status";
import { PanelSettings } from "../domain/settings";
import { Problem } from "../workbook/problems";
import { AttendanceRecord, MemberRecord } from "../workbook/records";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { MemberFinding } from "./findings";

export const personKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

export interface MemberScan {
  record: MemberRecord;
  finding: MemberFinding;
  /** The meeting at which the place lapsed, for membership on later dates (§4.3). */
  lapsedOn?: Day;
  termEnd?: Day;
}

/**
 * Each member's status and reasons (docs/workbook.md, Members): eligibility (§4.2), lapse from the
 * attendance register (§4.3, §10.4), term (§15.1), training (§4.5); the status is the first that
 * applies. People on the register but not on Members, and the reverse, are reported.
 */
export function scanMembers(
  workbook: PanelWorkbook,
  asOf: Day,
  settings: PanelSettings
): { members: MemberScan[]; problems: Problem[] } {
  const records = workbook.members?.records ?? [];
  const attendanceByName = new Map<string, AttendanceRecord>();
  for (const row of workbook.attendance?.records ?? []) {
    if (!attendanceByName.has(personKey(row.member)))
      attendanceByName.set(personKey(row.member), row);
  }
  const members = records.map((record): MemberScan => {
    const attendance = attendanceByName.get(personKey(record.name));
    const marks: MeetingMark[] = attendance?.marks.map(({ date, mark }) => ({ date, mark })) ?? [];
    const lapse = lapseStatus(marks, asOf, { startDate: record.startDate, limits: settings.lapse });
    const lapseWatch = lapseWatchOf(lapse, settings.lapse);
    const termEnd =
      record.termEnd ?? (record.startDate !== undefined ? termEndOf(record.startDate) : undefined);
    const failedCriteria = failedEligibilityCriteria(record.answers);
    const term =
      termEnd === undefined ? "current" : termState(termEnd, asOf, settings.termEndWarningDays);
    const trainingIncomplete =
      record.trainingPercent !== undefined &&
      !hasCompletedTraining(record.trainingPercent, settings.trainingThresholdPercent);
    const status = memberStatus({
      failedCriteria,
      lapsed: lapse.kind === "Lapsed",
      termEnded: term === "ended",
      trainingIncomplete,
      atRiskOfLapse: lapse.kind === "At risk of lapse",
    });
    const reasons = [
      ...(failedCriteria.length > 0 ? [`Not eligible: ${failedCriteria.join("; ")}`] : []),
      ...(lapseWatch ? [`${describeLapseWatch(lapseWatch)} (§4.3)`] : []),
      ...(termEnd !== undefined
        ? [describeTerm(termEnd, asOf, settings.termEndWarningDays)].filter(
            (r): r is string => r !== undefined
          )
        : []),
      ...(trainingIncomplete
        ? [
            `training ${record.trainingPercent}% of the ${settings.trainingThresholdPercent}% needed before full membership (§4.5)`,
          ]
        : []),
    ];
    return {
      record,
      lapsedOn: lapse.kind === "Lapsed" ? lapse.on : undefined,
      termEnd,
      finding: {
        name: record.name,
        group: record.group,
        ...(record.startDate !== undefined ? { startDate: record.startDate } : {}),
        status,
        reasons,
        lapse,
        ...(lapseWatch ? { lapseWatch } : {}),
        termEnd,
      },
    };
  });
  return { members, problems: unmatched(workbook) };
}

/** Names on Members twice, on the register but not Members (or twice), and on Members but not the register. */
function unmatched(workbook: PanelWorkbook): Problem[] {
  const problems: Problem[] = [];
  const members = workbook.members;
  if (!members) return problems;
  const memberSeen = new Set<string>();
  for (const member of members.records) {
    const key = personKey(member.name);
    if (memberSeen.has(key)) {
      problems.push(
        members.layout.grid.problem(
          member.row,
          members.layout.columns.name as number,
          `${member.name} is on the Members sheet twice: each person needs one row`
        )
      );
    }
    memberSeen.add(key);
  }
  const attendance = workbook.attendance;
  if (!attendance) return problems;
  const registerNames = new Set(attendance.records.map((row) => personKey(row.member)));
  const seen = new Map<string, number>();
  for (const row of attendance.records) {
    const key = personKey(row.member);
    if (!memberSeen.has(key)) {
      problems.push(
        attendance.layout.grid.problem(
          row.row,
          attendance.layout.columns.member as number,
          `${row.member} is on the attendance register but not on the Members sheet: add them there (with their group) or check the spelling`
        )
      );
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        attendance.layout.grid.problem(
          row.row,
          attendance.layout.columns.member as number,
          `${row.member} has two rows on the attendance register: the first (row ${attendance.layout.grid.sheetRow(earlier) + 1}) is used`
        )
      );
    } else {
      seen.set(key, row.row);
    }
  }
  // The reverse: a member with no row on the register would read as never absent (§4.3).
  const reported = new Set<string>();
  for (const member of members.records) {
    const key = personKey(member.name);
    if (registerNames.has(key) || reported.has(key)) continue;
    reported.add(key);
    problems.push(
      members.layout.grid.problem(
        member.row,
        members.layout.columns.name as number,
        `${member.name} has no row on the attendance register: add one (their marks decide lapse, §4.3)`
      )
    );
  }
  return problems;
}
