import { matchServiceArea } from "../domain/involvement/interests";
import { taskTeamCandidates, UnderRepresentedGroup } from "../domain/involvement/taskTeams";
import { SERVICE_AREAS } from "../domain/kpi/types";
import { Problem } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { Findings, InvolvementPerson, KpiFinding, RepresentationFinding } from "./findings";

/** A person the panel could ask to join a task team, with the under-represented groups they belong to. */
export interface InvolvementSuggestion {
  person: InvolvementPerson;
  /** `Age band: 16–24`, `Ethnicity: White`… from `findings.representation`. */
  underRepresented: string[];
}

/** The service areas the panel uses: §2.2's, then any other the KPI sheets name. */
export function serviceAreasInUse(kpis: readonly KpiFinding[]): string[] {
  const areas: string[] = [...SERVICE_AREAS];
  for (const { serviceArea } of kpis)
    if (serviceArea !== undefined && matchServiceArea(serviceArea, areas) === undefined)
      areas.push(serviceArea);
  return areas;
}

/**
 * The involvement pool (council report ¶25: task teams drawn from residents interested in an area of
 * service), each interest written as the panel names the service area. An interest that names no
 * service area is kept as written and reported: it would never match a review.
 */
export function scanInvolvement(
  workbook: PanelWorkbook,
  kpis: readonly KpiFinding[]
): { people?: InvolvementPerson[]; problems: Problem[] } {
  const sheet = workbook.involvement;
  const problems: Problem[] = [];
  if (sheet === undefined) return { problems };
  const areas = serviceAreasInUse(kpis);
  const people = sheet.records.map((record): InvolvementPerson => {
    const unknown = record.interests.filter((i) => matchServiceArea(i, areas) === undefined);
    if (unknown.length > 0)
      problems.push(
        sheet.layout.grid.problem(
          record.row,
          sheet.layout.columns.interests as number,
          `${unknown.map((i) => `"${i}"`).join(" and ")} ${unknown.length === 1 ? "is not a service area" : "are not service areas"} the panel uses (${areas.join("; ")}): check the spelling, or ${record.name} will not be suggested for ${unknown.length === 1 ? "it" : "them"}`
        )
      );
    const interests = record.interests.map((i) => matchServiceArea(i, areas) ?? i);
    return {
      name: record.name,
      interests: [...new Set(interests)],
      waysToTakePart: record.waysToTakePart,
      trainingDone: record.trainingDone,
      lastInvolved: record.lastInvolved,
      ageBand: record.ageBand,
      ethnicity: record.ethnicity,
    };
  });
  return { people, problems };
}

/** The groups §4.4 flags (`No member` or `Under-represented`). */
export function underRepresentedGroups(
  representation: RepresentationFinding | undefined
): UnderRepresentedGroup[] {
  return (representation?.groups ?? []).filter((group) => group.flag !== undefined);
}

/**
 * People in the involvement pool interested in `serviceArea`, for a task team: never involved first and
 * the most recently involved last, so new people get a turn (the council report's "need to reach"
 * strategy, ¶23), each with the under-represented groups (§4.4) they belong to. Pure: findings in.
 */
export function involvementSuggestions(
  findings: Findings,
  serviceArea: string
): InvolvementSuggestion[] {
  return taskTeamCandidates(
    findings.involvement ?? [],
    serviceArea,
    underRepresentedGroups(findings.representation)
  );
}
