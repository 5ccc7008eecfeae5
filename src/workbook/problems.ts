/**
 * Problems, not exceptions (DESIGN.md): a reader that cannot read a cell records what is wrong with
 * the cell's address and carries on. The task pane and the command line show them the same way.
 */
export interface Problem {
  /** The sheet the problem is on; empty for a workbook-wide problem (a missing sheet). */
  sheet: string;
  /** `'KPI - Rent'!D7`, or the sheet name alone when no one cell is at fault. */
  address: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
}

export function describeProblem(problem: Problem): string {
  return problem.address ? `${problem.address}: ${problem.message}` : problem.message;
}
