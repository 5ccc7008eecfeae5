import { groupLabel, representation } from "../domain/members/representation";
import { PanelSettings } from "../domain/settings";
import { number, text } from "../workbook/plan";
import { MemberRecord } from "../workbook/records";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { Findings, RepresentationFinding } from "./findings";
import type { SummaryChart } from "./summaryCharts";

/**
 * §4.4: the members on the roll as at asOf against the Tenant profile, with the under-representation
 * threshold (*setting*). Decision: everyone on the roll counts — §4.4 speaks of the membership as a
 * whole, and deputies and co-optees take part in the panel's work too. Undefined without a profile.
 */
export function scanRepresentation(
  workbook: PanelWorkbook,
  onRoll: readonly MemberRecord[],
  settings: PanelSettings
): RepresentationFinding | undefined {
  const profile = workbook.tenantProfile;
  if (profile === undefined) return undefined;
  const shares = profile.shares.map(({ dimension, group, share }) => ({
    dimension,
    group,
    share: share / 100,
  }));
  return {
    figuresDate: profile.figuresDate,
    ...representation(shares, onRoll, settings.underRepresentationThreshold),
  };
}

const PERCENT_FORMAT = "0%";

/** The Summary's representation chart: members' share against tenants' by group (§4.4), if profiled. */
export function representationChart(findings: Findings): SummaryChart | undefined {
  const found = findings.representation;
  if (found === undefined || found.groups.length === 0) return undefined;
  return {
    name: "TOSP representation",
    title: "Members and tenants by age band and ethnicity",
    kind: "bar",
    table: [
      [text("Group"), text("Members"), text("Tenants")],
      ...found.groups.map((group) => [
        text(groupLabel(group), true),
        number(group.memberShare, PERCENT_FORMAT),
        number(group.tenantShare, PERCENT_FORMAT),
      ]),
    ],
  };
}
