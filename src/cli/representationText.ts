import { formatUkDate } from "../domain/calendar/days";
import { RepresentationFinding } from "../engine/findings";

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * §4.4 as a table for the command line: each group's share among members against its share among all
 * tenants, and the groups the panel needs to reach, in words.
 */
export function representationLines(representation: RepresentationFinding | undefined): string[] {
  if (!representation) return [];
  const dated =
    representation.figuresDate === undefined
      ? ""
      : ` (tenant figures dated ${formatUkDate(representation.figuresDate)})`;
  const width = Math.max(5, ...representation.groups.map((g) => g.group.length));
  const rows = representation.groups.map(
    (g) =>
      `  ${g.dimension.padEnd(9)}  ${g.group.padEnd(width)}  ${percent(g.memberShare).padStart(7)}  ${percent(g.tenantShare).padStart(7)}${g.flag ? `  ${g.flag}` : ""}`
  );
  return [
    `Is the panel representative? (§4.4)${dated}`,
    `  ${"".padEnd(9)}  ${"Group".padEnd(width)}  ${"Members".padStart(7)}  ${"Tenants".padStart(7)}`,
    ...rows,
    "",
  ];
}
