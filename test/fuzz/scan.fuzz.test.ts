import fc from "fast-check";
import { scan } from "../../src/engine/scan";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { fuzzAsOf, fuzzSnapshot } from "./fuzzSheets";
import { fuzzRuns, fuzzTimeout } from "./fuzzRuns";
import { planFaults } from "./planFaults";
import { problemFaults } from "./problemFaults";

/**
 * The engine on random workbooks: a scan never throws, is deterministic (the same workbook and day give
 * the same findings, problems and plan), reports problems at real cells, and plans writes only where the
 * add-in may write (docs/workbook.md, "Kept by the add-in").
 */
const runs = fuzzRuns();

describe("scan on random workbooks", () => {
  it(
    "never throws; its problems point at real cells; its plan writes only the add-in's cells",
    () => {
      fc.assert(
        fc.property(fuzzSnapshot, fuzzAsOf, (snapshot, asOf) => {
          const result = scan(snapshot, { asOf });
          expect(problemFaults(result.problems, snapshot)).toEqual([]);
          const { workbook } = readWorkbook(snapshot);
          expect(planFaults(result.plan, snapshot, workbook)).toEqual([]);
        }),
        { numRuns: runs }
      );
    },
    fuzzTimeout(runs)
  );

  it(
    "is deterministic: the same workbook and day give deep-equal results",
    () => {
      fc.assert(
        fc.property(fuzzSnapshot, fuzzAsOf, fc.boolean(), (snapshot, asOf, summaryCharts) => {
          const first = scan(snapshot, { asOf, summaryCharts });
          const second = scan(structuredClone(snapshot), { asOf, summaryCharts });
          expect(second).toEqual(first);
        }),
        { numRuns: runs }
      );
    },
    fuzzTimeout(runs)
  );
});
