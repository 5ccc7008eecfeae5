/**
 * Problems, not exceptions (docs/development.md): a reader that cannot read a cell records what is wrong with
 * the cell's address and carries on. The task pane and the command line show them the same way.
 */
export interface Problem {
  /** The sheet the problem is on; empty for a workbook-wide problem (a missing sheet). */
  sheet: string;
  /** `'KPI - Rent'!D7`, or the sheet name alone when no one cell is at fault. */
  address: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** The cell's 0-based row and column in the sheet, when one cell is at fault (for ordering and selecting it). */
  cell?: { row: number; column: number };
}

/** Sheet by sheet in workbook order, then by row and column: the order an officer reads the sheets in. */
export function sortProblems(problems: Problem[], sheetOrder: readonly string[]): Problem[] {
  const order = new Map(sheetOrder.map((sheet, index) => [sheet, index]));
  const key = (p: Problem): [number, number, number] => [
    order.get(p.sheet) ?? -1,
    p.cell?.row ?? -1,
    p.cell?.column ?? -1,
  ];
  return problems.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

export function describeProblem(problem: Problem): string {
  return problem.address ? `${problem.address}: ${problem.message}` : problem.message;
}
