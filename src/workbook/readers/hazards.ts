import { HazardCategory, NOT_NEEDED } from "../../domain/hazards/awaabsLaw";
import { Day } from "../../domain/calendar/days";
import { Cell, Reading, readDate, readDateTime, readText, readYesNo, shownCell } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { HazardRowRecord } from "../records";
import { HAZARDS } from "../sheets/hazards";
import { HAZARD_CATEGORY_LIST, NOT_NEEDED_WORDS } from "../sheets/lists";

type HazardKey = (typeof HAZARDS.columns)[number]["key"];

/** `Emergency` or `Significant`, ignoring case. */
export function readHazardCategory(cell: Cell): Reading<HazardCategory> {
  const text = readText(cell);
  if (!("value" in text)) return text;
  const found = HAZARD_CATEGORY_LIST.find(
    (category) => category.toLowerCase() === text.value.trim().toLowerCase()
  );
  return found
    ? { value: found }
    : {
        problem: `${shownCell(cell)} is not a hazard category: choose ${HAZARD_CATEGORY_LIST.join(" or ")}`,
      };
}

/** A date work started, or `Not needed` (docs/workbook.md, Hazards): that step then has no clock. */
export function readWorkStarted(cell: Cell): Reading<Day | typeof NOT_NEEDED> {
  if (cell.kind === "text" && cell.text.trim().toLowerCase() === NOT_NEEDED)
    return { value: NOT_NEEDED };
  const day = readDate(cell);
  if ("problem" in day && cell.kind === "text")
    return {
      problem: `${shownCell(cell)} is not a date: type it as dd/mm/yyyy, or ${NOT_NEEDED_WORDS} when the work is not needed`,
    };
  return day;
}

/**
 * docs/workbook.md, Hazards: a row needs its reference, category and the date and time the landlord became
 * aware; the rest is optional. Times are read as the London wall clock showed them.
 */
export function readHazards(
  layout: TableLayout<HazardKey>,
  problems: Problem[]
): HazardRowRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: HazardRowRecord[] = [];
  for (const row of dataRows(layout)) {
    const reference = grid.required(
      row,
      columns.reference as number,
      readText,
      problems,
      "this hazard has no reference: give the case reference (never a name or address) or clear the row"
    );
    const category = grid.required(
      row,
      columns.category as number,
      readHazardCategory,
      problems,
      "this hazard has no category: choose Emergency or Significant"
    );
    const aware = grid.required(
      row,
      columns.aware as number,
      readDateTime,
      problems,
      "this hazard has no date and time the landlord became aware: give it as dd/mm/yyyy hh:mm"
    );
    if (reference === undefined || category === undefined || aware === undefined) continue;
    const record: HazardRowRecord = { row, reference, category, aware };
    const hazard = grid.read(row, columns.hazard, readText, problems);
    if (hazard !== undefined) record.hazard = hazard;
    const madeSafe = grid.read(row, columns.madeSafe, readDateTime, problems);
    if (madeSafe !== undefined) record.madeSafe = madeSafe;
    const concluded = grid.read(row, columns.investigationConcluded, readDate, problems);
    if (concluded !== undefined) record.investigationConcluded = concluded;
    const summarySent = grid.read(row, columns.summarySent, readDate, problems);
    if (summarySent !== undefined) record.summarySent = summarySent;
    const safety = grid.read(row, columns.safetyWorkStarted, readWorkStarted, problems);
    if (safety !== undefined) record.safetyWorkStarted = safety;
    const preventative = grid.read(row, columns.preventativeWorkStarted, readWorkStarted, problems);
    if (preventative !== undefined) record.preventativeWorkStarted = preventative;
    const reason = grid.read(row, columns.reasonForLaterWork, readText, problems);
    if (reason !== undefined) record.reasonForLaterPreventativeWork = reason;
    const offered = grid.read(row, columns.alternativeAccommodation, readYesNo, problems);
    if (offered !== undefined) record.alternativeAccommodationOffered = offered;
    records.push(record);
  }
  return records;
}
