import { Day } from "../domain/calendar/days";
import { RuleInputError } from "../domain/errors";
import { checkProgramme, ProgrammeCheck } from "../domain/reviews/programme";
import { recommendationImpactDue, reviewDeadlines } from "../domain/reviews/deadlines";
import { PanelSettings } from "../domain/settings";
import { Problem } from "../workbook/problems";
import { PanelWorkbook } from "../workbook/readWorkbook";
import { RecommendationFinding, RecommendationStage, ReviewFinding } from "./findings";

/** Review deadlines and overdue stages (§11.4), and the programme limit for the panel year (§11.1). */
export function scanReviews(
  workbook: PanelWorkbook,
  asOf: Day,
  panelYear: number,
  settings: PanelSettings
): { byRow: Map<number, ReviewFinding>; programme: ProgrammeCheck; problems: Problem[] } {
  const problems: Problem[] = [];
  const byRow = new Map<number, ReviewFinding>();
  const sheet = workbook.reviews;
  for (const record of sheet?.records ?? []) {
    let deadlines;
    try {
      deadlines = reviewDeadlines(record.dates, asOf);
    } catch (error) {
      if (!(error instanceof RuleInputError) || !sheet) throw error;
      problems.push(
        sheet.layout.grid.problem(
          record.row,
          sheet.layout.columns.alternativeDeadline as number,
          error.message
        )
      );
      deadlines = reviewDeadlines({ ...record.dates, alternativeDeadline: undefined }, asOf);
    }
    byRow.set(record.row, {
      review: record.review,
      panelYear: record.panelYear,
      origin: record.origin,
      stage: record.stage,
      nextDeadline: deadlines.nextDeadline,
      overdue: deadlines.overdue,
      waiting: deadlines.waiting,
    });
  }
  const programme = checkProgramme(
    (sheet?.records ?? []).map((r) => ({
      name: r.review,
      panelYear: r.panelYear,
      origin: r.origin,
    })),
    panelYear,
    settings.scheduledReviewsPerYear
  );
  return { byRow, programme, problems };
}

/** Impact assessments due 6 months (*setting*) after an accepted recommendation is implemented (§11.4). */
export function scanRecommendations(
  workbook: PanelWorkbook,
  asOf: Day,
  settings: PanelSettings
): Map<number, RecommendationFinding> {
  const byRow = new Map<number, RecommendationFinding>();
  for (const record of workbook.recommendations?.records ?? []) {
    const due = recommendationImpactDue(record, settings.impactAssessmentMonths);
    const impactAssessmentOverdue = due !== undefined && asOf > due;
    byRow.set(record.row, {
      review: record.review,
      recommendation: record.recommendation,
      accepted: record.accepted,
      implemented: record.implemented,
      impactAssessmentDue: due,
      impactAssessmentOverdue,
      stage: stageOf(record.accepted, record.implemented, impactAssessmentOverdue),
    });
  }
  return byRow;
}

/** §11.4: accepted (or not), implemented, then impact assessed 6 months on; the first that applies. */
function stageOf(
  accepted: boolean | undefined,
  implemented: Day | undefined,
  impactAssessmentOverdue: boolean
): RecommendationStage {
  if (accepted === false) return "Not accepted";
  if (impactAssessmentOverdue) return "Impact assessment overdue";
  if (implemented !== undefined) return "Implemented";
  return accepted === true ? "Accepted" : "Not decided";
}
