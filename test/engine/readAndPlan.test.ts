import { planWrites } from "../../src/engine/planWrites";
import { readFindings } from "../../src/engine/readFindings";
import { scan } from "../../src/engine/scan";
import { describeProblem } from "../../src/workbook/problems";
import { AS_OF, date, sheet, snapshot } from "../messy/messyWorkbook";

/**
 * The scan in its two halves: reading the findings (and the problems met reading them), then planning
 * the writes (and the problems of who owns a sheet or column); each returns its problems, and the scan
 * lists both in the order an officer reads the sheets.
 */
const workbook = snapshot(
  sheet("Members", [
    ["Name", "Group", "Start date"],
    ["Pat Jones", "Tenants' Forum", date("2025-09-01")],
    ["Pat Jones", "General", date("2025-09-01")],
  ]),
  // The officers' own Summary: the add-in leaves it alone and says so (docs/workbook.md, Kept by the add-in).
  sheet("Summary", [["Budget 2026/27"], ["Repairs", 120000]])
);
const DUPLICATE = "Members!A3: Pat Jones is on the Members sheet twice: each person needs one row";
const OFFICERS_SUMMARY =
  "Summary: this sheet is not one the add-in wrote, so the scan left it as it is: rename your Summary sheet, or delete it to let the add-in write one";

describe("reading the findings, then planning the writes", () => {
  const scanned = readFindings(workbook, AS_OF);
  const found = scanned.problems.map(describeProblem);
  const planned = planWrites(workbook, scanned, {});

  it("reading finds the workbook's problems, and nothing of who owns a sheet", () => {
    expect(found).toContain(DUPLICATE);
    expect(found).not.toContain(OFFICERS_SUMMARY);
  });

  it("planning returns its own problems and leaves the reading's as they were", () => {
    expect(planned.problems.map(describeProblem)).toEqual([OFFICERS_SUMMARY]);
    expect(scanned.problems.map(describeProblem)).toEqual(found);
    expect(planned.plan.sheets.map((s) => s.sheet)).not.toContain("Summary");
  });

  it("the scan is the two together: the same findings and plan, every problem in sheet order", () => {
    const result = scan(workbook, { asOf: AS_OF });
    expect(result.findings).toEqual(scanned.findings);
    expect(result.plan).toEqual(planned.plan);
    expect(result.problems.map(describeProblem)).toEqual([...found, OFFICERS_SUMMARY]);
  });
});
