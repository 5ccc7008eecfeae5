import { describeLapseWatch, lapseRiskOf } from "../../domain/attendance/lapse";
import { Day } from "../../domain/calendar/days";
import { quorumNeeded } from "../../domain/meetings/quorum";
import { applyPlanToSnapshot } from "../../workbook/applyToSnapshot";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { MemberFinding } from "../findings";
import { scan, ScanResult } from "../scan";
import {
  LapseChange,
  MeetingChange,
  MeetingMode,
  MeetingPreview,
  MeetingToRecord,
  RecordedMeeting,
  RiskChange,
} from "../session";
import { correctMeetingPlan } from "./correctMeeting";
import { recordedMeetings } from "./recordedMeetings";
import { recordMeetingPlan } from "./recordMeeting";

/**
 * What saving the meeting would write and mean, before anything is written: the action's plan applied
 * to the workbook in memory, scanned, and compared with the workbook as it is. Members left unmarked,
 * the quorum (§7.2, tenant members only, §7.7), and every member whose lapse status the meeting changes
 * (§4.3, §10.4), each with the scan's reason. Refused in the same words as the write itself.
 */
export function meetingPreview(
  snapshot: WorkbookSnapshot,
  meeting: MeetingToRecord,
  mode: MeetingMode,
  asOf: Day
): { preview: MeetingPreview } | { error: string } {
  const planned =
    mode === "record"
      ? recordMeetingPlan(snapshot, meeting, asOf)
      : correctMeetingPlan(snapshot, meeting);
  if ("error" in planned) return planned;
  const after = applyPlanToSnapshot(snapshot, planned.plan);
  const scanBefore = scan(snapshot, { asOf });
  const scanAfter = scan(after, { asOf });

  const onDate = (snap: WorkbookSnapshot, result: ScanResult): RecordedMeeting | undefined =>
    recordedMeetings(snap, result.findings).find((m) => m.date === meeting.date);
  const was = mode === "correct" ? onDate(snapshot, scanBefore) : undefined;
  const will = onDate(after, scanAfter);

  const held = scanAfter.findings.meetings.find((m) => m.date === meeting.date);
  const quorum =
    held?.present !== undefined && held.quorate !== undefined && held.membership > 0
      ? {
          present: held.present,
          membership: held.membership,
          needed: quorumNeeded(held.membership),
          quorate: held.quorate,
        }
      : undefined;

  const lapses: LapseChange[] = [];
  const atRisk: RiskChange[] = [];
  const noLongerLapsed: string[] = [];
  const noLongerAtRisk: string[] = [];
  scanAfter.findings.members.forEach((member, index) => {
    const before = scanBefore.findings.members[index];
    if (before?.name !== member.name) return;
    const [from, to] = [before.lapse, member.lapse];
    if (to.kind === "Lapsed") {
      if (from.kind !== "Lapsed" || from.on !== to.on)
        lapses.push({ name: member.name, reason: reasonOf(member) });
    } else if (from.kind === "Lapsed") {
      noLongerLapsed.push(member.name);
    } else if (to.kind === "At risk of lapse" && from.kind !== "At risk of lapse") {
      const risk = lapseRiskOf(to, scanAfter.settings.lapse) ?? {};
      atRisk.push({ name: member.name, reason: reasonOf(member), risk });
    } else if (from.kind === "At risk of lapse" && to.kind !== "At risk of lapse") {
      noLongerAtRisk.push(member.name);
    }
  });

  return {
    preview: {
      mode,
      meeting,
      unmarked: (will?.register ?? [])
        .filter((entry) => entry.onRoll && entry.mark === undefined)
        .map((entry) => entry.name),
      ...(quorum ? { quorum } : {}),
      lapses,
      atRisk,
      noLongerLapsed,
      noLongerAtRisk,
      changes: changesBetween(was, will),
      nothingToChange: planned.plan.sheets.every((sheet) => sheet.writes.length === 0),
    },
  };
}

/** The scan's words for a lapse or a risk of lapse (§4.3), as the Members sheet's Reason column gives them. */
function reasonOf({ lapseWatch, lapse }: MemberFinding): string {
  return lapseWatch ? describeLapseWatch(lapseWatch) : lapse.kind;
}

/** Marks (Members order), then the type and notice date, that differ between the two readings. */
function changesBetween(
  was: RecordedMeeting | undefined,
  will: RecordedMeeting | undefined
): MeetingChange[] {
  if (!will) return [];
  const before = new Map((was?.register ?? []).map((entry) => [entry.name, entry.mark]));
  const changes: MeetingChange[] = [];
  for (const entry of will.register) {
    const from = before.get(entry.name);
    if (from !== entry.mark)
      changes.push({
        kind: "mark",
        name: entry.name,
        ...(from !== undefined ? { from } : {}),
        ...(entry.mark !== undefined ? { to: entry.mark } : {}),
      });
  }
  if (was?.type !== will.type)
    changes.push({ kind: "type", ...(was ? { from: was.type } : {}), to: will.type });
  if (was?.noticeSent !== will.noticeSent)
    changes.push({
      kind: "noticeSent",
      ...(was?.noticeSent !== undefined ? { from: was.noticeSent } : {}),
      ...(will.noticeSent !== undefined ? { to: will.noticeSent } : {}),
    });
  return changes;
}
