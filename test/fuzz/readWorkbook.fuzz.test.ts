import fc from "fast-check";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { fuzzSnapshot } from "./fuzzSheets";
import { fuzzRuns, fuzzTimeout } from "./fuzzRuns";
import { problemFaults } from "./problemFaults";

/**
 * docs/development.md, "Problems, not exceptions": whatever a workbook holds, the readers never throw, and every
 * problem they report points at a real cell of a real sheet (or the sheet alone).
 */
const runs = fuzzRuns();

describe("readWorkbook on random workbooks", () => {
  it(
    "never throws, and every problem's address is a cell of the sheet it names",
    () => {
      fc.assert(
        fc.property(fuzzSnapshot, (snapshot) => {
          const { problems } = readWorkbook(snapshot);
          expect(problemFaults(problems, snapshot)).toEqual([]);
        }),
        { numRuns: runs }
      );
    },
    fuzzTimeout(runs)
  );

  it(
    "leaves the snapshot as it found it",
    () => {
      fc.assert(
        fc.property(fuzzSnapshot, (snapshot) => {
          const before = structuredClone(snapshot);
          readWorkbook(snapshot);
          expect(snapshot).toEqual(before);
        }),
        { numRuns: Math.ceil(runs / 5) }
      );
    },
    fuzzTimeout(runs)
  );
});
