import { splitInterests } from "../../domain/involvement/interests";
import { readDate, readText } from "../cells";
import { dataRows, repeatedColumnProblems, TableLayout } from "../grid";
import { Problem } from "../problems";
import { InvolvementRecord } from "../records";
import { INVOLVEMENT } from "../sheets/involvement";

type InvolvementKey = (typeof INVOLVEMENT.columns)[number]["key"];

/**
 * The involvement pool, one person a row; a row needs a name. Interests are split at commas and
 * semicolons here, and matched to the panel's service areas by the scan, which knows the KPI sheets'.
 */
export function readInvolvement(
  layout: TableLayout<InvolvementKey>,
  problems: Problem[]
): InvolvementRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: InvolvementRecord[] = [];
  for (const row of dataRows(layout)) {
    const name = grid.required(
      row,
      columns.name as number,
      readText,
      problems,
      "this person has no name: fill it in or clear the row"
    );
    if (name === undefined) continue;
    const interests = grid.read(row, columns.interests, readText, problems);
    records.push({
      row,
      name,
      interests: interests === undefined ? [] : splitInterests(interests),
      waysToTakePart: grid.read(row, columns.waysToTakePart, readText, problems),
      trainingDone: grid.read(row, columns.trainingDone, readText, problems),
      lastInvolved: grid.read(row, columns.lastInvolved, readDate, problems),
      ageBand: grid.read(row, columns.ageBand, readText, problems),
      ethnicity: grid.read(row, columns.ethnicity, readText, problems),
    });
  }
  return records;
}
