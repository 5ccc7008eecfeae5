import fc from "fast-check";
import { scan } from "../../src/engine/scan";
import { applyPlanToSnapshot } from "../../src/workbook/applyToSnapshot";
import { KpiSheetRead } from "../../src/workbook/records";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { fuzzAsOf, fuzzSnapshot } from "./fuzzSheets";
import { fuzzRuns, fuzzTimeout } from "./fuzzRuns";

/**
 * docs/development.md: "a rescan with no change writes nothing new (idempotent)". The plan of a first scan is
 * carried out, and a second scan of the result on the same day must plan no write and no new sheet.
 */
const runs = fuzzRuns();

/**
 * The same indicator (code or name) on two KPI sheets: each sheet is read on its own, so both are
 * rated and raise one trigger key twice, and every rescan rewrites the row's evidence (reported: the
 * fix belongs in readWorkbook.ts, across sheets; test/messy/knownGaps.test.ts holds the case).
 */
function indicatorOnTwoSheets(sheets: KpiSheetRead[]): boolean {
  const seen = new Map<string, string>();
  return sheets.some((sheet) =>
    sheet.indicators.some((indicator) => {
      const identity = (indicator.code ?? indicator.indicator)
        .trim()
        .replace(/\s+/g, " ")
        .toLowerCase();
      const earlier = seen.get(identity);
      seen.set(identity, earlier ?? sheet.sheet);
      return earlier !== undefined && earlier !== sheet.sheet;
    })
  );
}

function rescanWrites(snapshot: WorkbookSnapshot, asOf: number) {
  const first = scan(snapshot, { asOf });
  const second = scan(applyPlanToSnapshot(snapshot, first.plan), { asOf });
  // The first scan's claims are read back, so none is deleted or added again.
  const names = [...(second.plan.removeNames ?? []), ...(second.plan.addNames ?? [])];
  return [
    ...second.plan.sheets.filter((sheet) => sheet.create || sheet.writes.length > 0),
    ...names,
  ];
}

describe("a rescan of random workbooks", () => {
  it(
    "plans nothing once the first scan's plan is carried out",
    () => {
      fc.assert(
        fc.property(fuzzSnapshot, fuzzAsOf, (snapshot, asOf) => {
          fc.pre(!indicatorOnTwoSheets(readWorkbook(snapshot).workbook.kpiSheets));
          expect(rescanWrites(snapshot, asOf)).toEqual([]);
        }),
        { numRuns: runs }
      );
    },
    fuzzTimeout(runs)
  );
});
