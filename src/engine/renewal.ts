import { RenewalMember, RenewalRules, renewalFor } from "../domain/members/renewal";
import { Findings, RenewalFinding } from "./findings";
import { MemberScan } from "./members";

/** The scan's members as the membership review needs them, start dates and lapses included. */
export function renewalMembersOf(members: readonly MemberScan[]): RenewalMember[] {
  return members.map(({ record, termEnd, lapsedOn }) => ({
    name: record.name,
    group: record.group,
    startDate: record.startDate,
    termEnd,
    lapsedOn,
  }));
}

/**
 * §15.2, §4.1, §15.1 for any panel year, from a scan's findings, for the task pane to look a year or two
 * ahead (pure: same findings and rules, same answer). Pass the workbook's settings (a PanelSettings will
 * do): the rotation's first year and the places are *settings*.
 */
export function renewalForYear(
  findings: Findings,
  panelYear: number,
  rules: RenewalRules
): RenewalFinding {
  const members: RenewalMember[] = findings.members.map(
    ({ name, group, startDate, termEnd, lapse }) => ({
      name,
      group,
      startDate,
      termEnd,
      lapsedOn: lapse.kind === "Lapsed" ? lapse.on : undefined,
    })
  );
  return renewalFor(panelYear, members, findings.asOf, rules);
}
