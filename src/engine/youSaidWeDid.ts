import { ownSheetOf } from "../workbook/claims";
import { date, SheetPlan, text, WriteValue } from "../workbook/plan";
import { RecommendationRecord } from "../workbook/records";
import { YOU_SAID_WE_DID } from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { YouSaidWeDid } from "./findings";
import { ownedTablePlan } from "./ownedTable";
import { holdsAddInTable, Ownership } from "./ownership";

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
 * name that is not the add-in's (no claim, and not its headers and words from A1) is the officers'
 * own: it is reported and never written over (docs/development.md: the officers' cells are theirs).
 */
export function youSaidWeDidPlan(
  snapshot: WorkbookSnapshot,
  entries: readonly YouSaidWeDid[],
  ownership: Ownership
): SheetPlan | undefined {
  if (ownSheetOf(snapshot, YOU_SAID_WE_DID) === undefined && entries.length === 0) return undefined;
  const own = ownership.sheet(YOU_SAID_WE_DID, (grid) => holdsAddInTable(grid, YOU_SAID_WE_DID));
  if (own.owner === "officers") return undefined;
  const name = own.sheet?.name ?? YOU_SAID_WE_DID.name;
  ownership.keepSheet(YOU_SAID_WE_DID, name);
  return ownedTablePlan(YOU_SAID_WE_DID, own.sheet, name, HEADERS, entries.map(rowOf));
}
