import { readDate, readText, readYesNo } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { RecommendationRecord } from "../records";
import { RECOMMENDATIONS } from "../sheets/recommendations";

type RecommendationKey = (typeof RECOMMENDATIONS.columns)[number]["key"];

/** docs/workbook.md, Recommendations: a row needs its review and the recommendation. */
export function readRecommendations(
  layout: TableLayout<RecommendationKey>,
  problems: Problem[]
): RecommendationRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: RecommendationRecord[] = [];
  for (const row of dataRows(layout)) {
    const review = grid.required(
      row,
      columns.review as number,
      readText,
      problems,
      "this recommendation has no review: fill it in or clear the row"
    );
    const recommendation = grid.required(
      row,
      columns.recommendation as number,
      readText,
      problems,
      "this recommendation has no text: fill it in or clear the row"
    );
    if (review === undefined || recommendation === undefined) continue;
    records.push({
      row,
      review,
      recommendation,
      accepted: grid.read(row, columns.accepted, readYesNo, problems),
      owner: grid.read(row, columns.owner, readText, problems),
      due: grid.read(row, columns.due, readDate, problems),
      implemented: grid.read(row, columns.implemented, readDate, problems),
      status: grid.read(row, columns.status, readText, problems),
      whatChanged: grid.read(row, columns.whatChanged, readText, problems),
    });
  }
  return records;
}
