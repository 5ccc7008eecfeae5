import { parsePanelYear } from "../../domain/calendar/panelYear";
import { RuleInputError } from "../../domain/errors";
import { REVIEW_ORIGINS, ReviewOrigin } from "../../domain/reviews/programme";
import { readDate, readNumber, readText, shownCell } from "../cells";
import { dataRows, Grid, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { ReviewRecord } from "../records";
import { REVIEWS } from "../sheets/reviews";

type ReviewKey = (typeof REVIEWS.columns)[number]["key"];

/** docs/workbook.md, Reviews: a row needs a title and a panel year; a blank Origin reads as `Scheduled`. */
export function readReviews(layout: TableLayout<ReviewKey>, problems: Problem[]): ReviewRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: ReviewRecord[] = [];
  for (const row of dataRows(layout)) {
    const review = grid.required(
      row,
      columns.review as number,
      readText,
      problems,
      "this review has no title: fill it in or clear the row"
    );
    if (review === undefined) continue;
    const panelYear = readPanelYear(grid, row, columns.panelYear as number, problems);
    if (panelYear === undefined) continue;
    records.push({
      row,
      review,
      panelYear,
      serviceArea: grid.read(row, columns.serviceArea, readText, problems),
      origin: readOrigin(grid, row, columns.origin, problems),
      stage: grid.read(row, columns.stage, readText, problems),
      dates: {
        informationRequested: grid.read(row, columns.informationRequested, readDate, problems),
        alternativeDeadline: grid.read(row, columns.alternativeDeadline, readDate, problems),
        informationReceived: grid.read(row, columns.informationReceived, readDate, problems),
        reportToTeamManager: grid.read(row, columns.reportToTeamManager, readDate, problems),
        managerCommentsReceived: grid.read(
          row,
          columns.managerCommentsReceived,
          readDate,
          problems
        ),
      },
    });
  }
  return records;
}

function readPanelYear(
  grid: Grid,
  row: number,
  column: number,
  problems: Problem[]
): number | undefined {
  const cell = grid.cell(row, column);
  if (cell.kind === "blank") {
    problems.push(grid.problem(row, column, "this review has no panel year: write it as 2026/27"));
    return undefined;
  }
  try {
    if (cell.kind === "number") {
      const number = readNumber(cell);
      if ("value" in number) return parsePanelYear(number.value);
    }
    if (cell.kind === "text") return parsePanelYear(cell.text);
    problems.push(
      grid.problem(row, column, `${shownCell(cell)} is not a panel year: write it as 2026/27`)
    );
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    problems.push(grid.problem(row, column, error.message));
  }
  return undefined;
}

function readOrigin(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[]
): ReviewOrigin {
  const text = grid.read(row, column, readText, problems);
  if (text === undefined) return "Scheduled";
  const found = REVIEW_ORIGINS.find((origin) => origin.toLowerCase() === text.toLowerCase());
  if (found) return found;
  problems.push(
    grid.problem(
      row,
      column as number,
      `"${text}" is not an origin: choose ${REVIEW_ORIGINS.join(", ")}; read as Scheduled meanwhile`
    )
  );
  return "Scheduled";
}
