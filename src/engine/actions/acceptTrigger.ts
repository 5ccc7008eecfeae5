import { Day } from "../../domain/calendar/days";
import { panelYearLabel, panelYearOf } from "../../domain/calendar/panelYear";
import { ReviewOrigin } from "../../domain/reviews/programme";
import { REVIEW_STAGES } from "../../domain/reviews/stages";
import {
  canAcceptTrigger,
  isAcceptedIntoProgramme,
  PanelDecision,
} from "../../domain/reviews/triggerDecisions";
import { text, WritePlan } from "../../workbook/plan";
import { readWorkbook } from "../../workbook/readWorkbook";
import { REVIEWS, TRIGGERS } from "../../workbook/sheets";
import { TriggerRecord } from "../../workbook/records";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { rowUnder, rowWrites, sameWords } from "./tableRows";
import { reviewOriginOf, triggerTypeOf } from "../triggerIdentity";

/** §11.3: the panel's decision that puts a trigger's review on the programme. */
export const ACCEPTED_INTO_PROGRAMME: PanelDecision = "Accepted into programme";

/** How each kind of trigger names its review (§11.2), after the indicator or complaints theme. */
const TITLE_ENDINGS: Record<Exclude<ReviewOrigin, "Scheduled">, string> = {
  Responsive: "responsive review",
  "Customer complaints": "customer complaints review",
  "Officer request": "officer request",
  "Previous review": "follow-up of a previous review",
};

/**
 * "Add to review programme" (§11.2, §11.3): a Reviews row for the trigger (this panel year, its
 * service area, Origin from the trigger type, Stage `Initial report`, the first of §11.4) and the
 * trigger's `Panel decision` set to `Accepted into programme`. The panel's column on Triggers is never
 * written by a scan; this is the user's own decision, made in the task pane, and the one time the
 * add-in writes it. §11.1's limit of 3 scheduled reviews a year does not apply: reviews from a trigger
 * may change the order of the programme but are not counted against it (docs/rules.md, Reviews), so
 * accepting one is never refused for the limit.
 *
 * Returns the plan, or why the trigger cannot be accepted in plain words (never an exception).
 */
export function acceptTriggerPlan(
  snapshot: WorkbookSnapshot,
  triggerKey: string,
  asOf: Day
): { plan: WritePlan } | { error: string } {
  const { workbook } = readWorkbook(snapshot);
  const triggers = workbook.triggers;
  const trigger = triggers?.records.find(
    (record) => record.key !== undefined && sameWords(record.key, triggerKey)
  );
  if (!triggers || !trigger)
    return {
      error: `There is no trigger "${triggerKey}" on the Triggers sheet: scan the workbook to bring the triggers up to date.`,
    };
  const { grid, columns } = triggers.layout;
  const decisionColumn = columns.panelDecision;
  if (decisionColumn === undefined)
    return {
      error: "The Triggers sheet has no Panel decision column: scan the workbook to add it.",
    };
  if (!canAcceptTrigger(trigger.panelDecision)) {
    const cell = grid.address(trigger.row, decisionColumn);
    return {
      error: isAcceptedIntoProgramme(trigger.panelDecision)
        ? `"${trigger.key ?? triggerKey}" is already accepted into the programme (${cell}).`
        : `"${trigger.key ?? triggerKey}" has the panel decision "${trigger.panelDecision ?? ""}" (${cell}): a trigger is added to the programme while its decision is New or Discussed, so change the decision there first.`,
    };
  }
  const reviews = workbook.reviews;
  if (!reviews)
    return {
      error:
        "Set up the workbook first: there is no Reviews sheet with Review and Panel year headers to add the review to.",
    };
  const origin = originOf(trigger);
  if (!origin)
    return {
      error: `"${trigger.key ?? triggerKey}" has the trigger type "${trigger.triggerType ?? ""}": choose Responsive, Officer request, Previous review, Customer complaints or Benchmark in ${grid.address(trigger.row, columns.triggerType as number)}.`,
    };

  const panelYear = panelYearOf(asOf, workbook.settings.panelYearStart);
  const title = `${trigger.indicator ?? trigger.serviceArea ?? trigger.key ?? triggerKey} (${TITLE_ENDINGS[origin]})`;
  const listed = reviews.records.find(
    (review) => review.panelYear === panelYear && sameWords(review.review, title)
  );
  if (listed)
    return {
      error: `"${title}" is already in the ${panelYearLabel(panelYear)} programme (${reviews.layout.grid.address(listed.row, reviews.layout.columns.review as number)}).`,
    };

  const reviewWrites = rowWrites(REVIEWS, reviews.layout, rowUnder(reviews.layout), {
    review: text(title, true),
    // As the Reviews reader expects it (readers/reviews.ts): `2026/27`.
    panelYear: text(panelYearLabel(panelYear)),
    ...(trigger.serviceArea ? { serviceArea: text(trigger.serviceArea, true) } : {}),
    origin: text(origin),
    stage: text((REVIEW_STAGES[0] as { name: string }).name),
  });
  const decision = {
    row: grid.sheetRow(trigger.row),
    column: grid.sheetColumn(decisionColumn),
    value: text(ACCEPTED_INTO_PROGRAMME),
  };
  return {
    plan: {
      sheets: [
        {
          sheet: reviews.layout.grid.name,
          create: false,
          definition: REVIEWS.key,
          writes: reviewWrites,
        },
        { sheet: grid.name, create: false, definition: TRIGGERS.key, writes: [decision] },
      ],
    },
  };
}

/**
 * The review's origin from the trigger type (§11.2; a Benchmark trigger's review is Responsive:
 * triggerIdentity.ts); a trigger type the programme has no word for is undefined.
 */
function originOf(trigger: TriggerRecord): Exclude<ReviewOrigin, "Scheduled"> | undefined {
  const type = triggerTypeOf(trigger.triggerType);
  return type === undefined ? undefined : reviewOriginOf(type);
}
