import { findsSheet, headerKey } from "../workbook/definition";
import { Grid } from "../workbook/grid";
import { date, SheetPlan, text, WriteValue } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { RecommendationRecord } from "../workbook/records";
import { YOU_SAID_WE_DID } from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { YouSaidWeDid } from "./findings";
import { ownedTablePlan } from "./ownedTable";

const HEADERS = YOU_SAID_WE_DID.columns.map((column) => column.header);

/**
 * §2.6 (promote the panel's work to all tenants) and the terms of reference's "continuous improvement on
 * a you said we did basis": each recommendation implemented (an Implemented date, and not declined:
 * Accepted not N) with what changed written down, newest first; the sheet's order breaks ties.
 */
export function youSaidWeDid(records: readonly RecommendationRecord[]): YouSaidWeDid[] {
  return records
    .flatMap((record, index) =>
      record.implemented !== undefined &&
      record.accepted !== false &&
      record.whatChanged !== undefined &&
      record.whatChanged.trim() !== ""
        ? [{ record, index, when: record.implemented }]
        : []
    )
    .sort((a, b) => b.when - a.when || a.index - b.index)
    .map(({ record, when }) => ({
      review: record.review,
      recommendation: record.recommendation,
      whatChanged: record.whatChanged as string,
      when,
    }));
}

/** A row of the sheet: the officers' words written back as text, never as a formula. */
function rowOf(entry: YouSaidWeDid): WriteValue[] {
  return [
    text(entry.review, true),
    text(entry.recommendation, true),
    text(entry.whatChanged, true),
    ...(entry.when === undefined ? [] : [date(entry.when)]),
  ];
}

/**
 * The You said, we did sheet, rewritten from Recommendations on every scan (only changed cells are
 * planned, so a rescan plans nothing). Created when there is a first row to put on it. A sheet of that
 * name that does not start with the add-in's headers is the officers' own: it is reported and never
 * written over (DESIGN.md: the officers' cells are theirs).
 */
export function youSaidWeDidPlan(
  snapshot: WorkbookSnapshot,
  entries: readonly YouSaidWeDid[],
  problems: Problem[]
): SheetPlan | undefined {
  const existing = snapshot.sheets.find((sheet) => findsSheet(YOU_SAID_WE_DID, sheet.name));
  if (existing === undefined && entries.length === 0) return undefined;
  if (existing !== undefined && !isTheAddInsSheet(new Grid(existing))) {
    problems.push({
      sheet: existing.name,
      address: existing.name,
      message: `this sheet does not start with the add-in's headers (${HEADERS.join(", ")}) in row 1, so it is left as it is: rename it to keep it, and the next scan will create the add-in's own`,
    });
    return undefined;
  }
  return ownedTablePlan(
    YOU_SAID_WE_DID,
    existing,
    existing?.name ?? YOU_SAID_WE_DID.name,
    HEADERS,
    entries.map(rowOf)
  );
}

/** Empty, or the add-in's headers across the top-left of row 1. */
function isTheAddInsSheet(grid: Grid): boolean {
  if (isBlank(grid)) return true;
  if (grid.sheetRow(0) !== 0 || grid.sheetColumn(0) !== 0) return false;
  return HEADERS.every((header, column) => {
    const cell = grid.cell(0, column);
    return cell.kind === "text" && headerKey(cell.text) === headerKey(header);
  });
}

function isBlank(grid: Grid): boolean {
  for (let row = 0; row < grid.rowCount; row++) if (!grid.isBlankRow(row)) return false;
  return true;
}
