import { Day } from "../domain/calendar/days";
import { meetingsInPanelYear } from "../domain/meetings/meetingsPerYear";
import { checkComposition } from "../domain/members/composition";
import { renewalFor } from "../domain/members/renewal";
import { PanelSettings } from "../domain/settings";
import { Problem } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { Findings, MeetingFinding, MemberFinding } from "./findings";
import { scanMeetings } from "./meetings";
import { scanMembers } from "./members";
import { renewalMembersOf } from "./renewal";
import { scanRepresentation } from "./representation";
import { rollOn, sitsOn } from "./roll";

export type MembershipFindings = Pick<
  Findings,
  "members" | "roll" | "composition" | "meetings" | "meetingsInYear" | "representation" | "renewal"
>;

/**
 * Members (§4), the roll today (§7.2), meetings and their quorum (§7), and over the roll the make-up
 * of the panel (§4.1) and its representation (§4.4); renewal for the panel year (§15.2). A member not
 * eligible still holds the place until removed, and is reported as such.
 */
export function readMembership(
  workbook: PanelWorkbook,
  asOf: Day,
  panelYear: number,
  settings: PanelSettings
): {
  found: MembershipFindings;
  /** Each Members and Meetings row's findings, for their computed columns. */
  byRow: { members: Map<number, MemberFinding>; meetings: Map<number, MeetingFinding> };
  problems: Problem[];
} {
  const scanned = scanMembers(workbook, asOf, settings);
  const members = scanned.members.map((m) => m.finding);
  const meetings = scanMeetings(workbook, members, asOf, settings);
  const roll = rollOn(members, asOf);
  const sitting = scanned.members.filter(({ finding }) => sitsOn(finding, asOf));
  const { composition, meetingsPerYear, panelYearStart } = settings;
  const found: MembershipFindings = {
    members,
    roll,
    composition: workbook.members
      ? checkComposition(
          roll.map((entry) => entry.group),
          composition
        )
      : undefined,
    meetings: meetings.findings,
    meetingsInYear: meetingsInPanelYear(
      meetings.all,
      panelYear,
      asOf,
      meetingsPerYear,
      panelYearStart
    ),
    representation: scanRepresentation(
      workbook,
      sitting.map((m) => m.record),
      settings
    ),
    renewal: workbook.members
      ? renewalFor(panelYear, renewalMembersOf(scanned.members), asOf, settings)
      : undefined,
  };
  return {
    found,
    byRow: {
      members: new Map(scanned.members.map((m) => [m.record.row, m.finding])),
      meetings: meetings.byRow,
    },
    problems: [...scanned.problems, ...meetings.problems],
  };
}
