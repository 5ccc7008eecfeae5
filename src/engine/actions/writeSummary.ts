import { WritePlan } from "../../workbook/plan";
import { SUMMARY } from "../../workbook/sheets";
import { WorkbookSnapshot } from "../../workbook/snapshot";
import { Ownership } from "../ownership";
import { holdsAddInSummary } from "../summary";

/**
 * Write the Summary sheet with its charts (docs/workbook.md, Summary). The scan writes the Summary;
 * this only refuses, before anything is written, when the workbook's Summary sheet is the officers'
 * own (docs/workbook.md, Kept by the add-in), so the pane never says the Summary was written when the
 * scan left it alone.
 */
export function writeSummaryPlan(
  snapshot: WorkbookSnapshot
): { plan: WritePlan } | { error: string } {
  const summary = new Ownership(snapshot).sheet(SUMMARY, holdsAddInSummary);
  if (summary.owner === "officers" && summary.sheet)
    return {
      error: `Your workbook already has a sheet called ${summary.sheet.name} that the add-in did not write, so it is left as it is. Rename that sheet, or delete it, then write the Summary again.`,
    };
  return { plan: { sheets: [] } };
}
