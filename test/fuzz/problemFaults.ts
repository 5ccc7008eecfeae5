import { cellAddress } from "../../src/workbook/address";
import { Problem } from "../../src/workbook/problems";
import { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * What must hold of every problem, however messy the workbook (docs/development.md: problems, not exceptions,
 * each with its address). Returns what is wrong, as text, so a failing fuzz run says why.
 */

/** Excel's last row and column (1,048,576 rows; columns to XFD), 0-based. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** `Sheet!D7` or `'KPI - Rent'!XFD1048576`: a sheet reference, then one cell. */
const A1_REFERENCE = /^(?:[A-Za-z_][A-Za-z0-9_]*|'(?:[^']|'')+')![A-Z]{1,3}[1-9]\d*$/;

/** Words that mean a message was built from a missing value: no panel officer could act on it. */
const BROKEN_WORDS = /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b|\bInfinity\b/g;

/** The broken words of a message that no cell of the workbook holds (a member may be called "Null"). */
function brokenWords(message: string, snapshot: WorkbookSnapshot): string[] {
  const found = message.match(BROKEN_WORDS) ?? [];
  return found.filter(
    (word) =>
      !snapshot.sheets.some((sheet) =>
        sheet.values.some((row) =>
          row.some((cell) => typeof cell === "string" && cell.includes(word))
        )
      )
  );
}

function columnCount(sheet: SheetSnapshot): number {
  return sheet.values.reduce((most, row) => Math.max(most, row.length), 0);
}

/** Whether a 0-based sheet cell lies in the sheet's used range. */
function inUsedRange(sheet: SheetSnapshot, row: number, column: number): boolean {
  return (
    row >= sheet.origin.row &&
    row < sheet.origin.row + sheet.values.length &&
    column >= sheet.origin.column &&
    column < sheet.origin.column + columnCount(sheet)
  );
}

function cellFault(problem: Problem, sheet: SheetSnapshot): string | undefined {
  if (problem.cell === undefined)
    return problem.address === problem.sheet ? undefined : "no cell, but not the sheet's name";
  const { row, column } = problem.cell;
  if (!A1_REFERENCE.test(problem.address) || !Number.isInteger(row) || !Number.isInteger(column))
    return "not an A1 reference";
  if (problem.address !== cellAddress(sheet.name, row, column)) return "address and cell disagree";
  if (row < 0 || row > LAST_ROW || column < 0 || column > LAST_COLUMN)
    return "a cell outside any sheet";
  return inUsedRange(sheet, row, column) ? undefined : "a cell outside the sheet's used range";
}

/**
 * Every problem names an existing sheet (or none, workbook-wide); its address is that sheet alone or a
 * valid A1 reference to its cell, which lies in the sheet's used range; its message reads as words.
 */
export function problemFaults(problems: readonly Problem[], snapshot: WorkbookSnapshot): string[] {
  return problems.flatMap((problem) => {
    const faults: string[] = [];
    if (problem.message.trim() === "" || brokenWords(problem.message, snapshot).length > 0)
      faults.push("a message an officer cannot read");
    if (problem.sheet === "") {
      if (problem.cell !== undefined || problem.address !== "")
        faults.push("a workbook-wide problem with an address");
    } else {
      const sheet = snapshot.sheets.find((s) => s.name === problem.sheet);
      const fault = sheet ? cellFault(problem, sheet) : "a sheet that does not exist";
      if (fault) faults.push(fault);
    }
    return faults.map((fault) => `${fault}: ${JSON.stringify(problem)}`);
  });
}
