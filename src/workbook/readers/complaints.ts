import { Cell, Reading, readDate, readText, shownCell } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { ComplaintRecord } from "../records";
import { COMPLAINTS } from "../sheets/complaints";

type ComplaintKey = (typeof COMPLAINTS.columns)[number]["key"];

/** The Code's dates of a row, each from its own column (docs/workbook.md, Complaints). */
const DATE_COLUMNS = [
  "acknowledged",
  "extendedTo",
  "responded",
  "escalated",
  "stage2Acknowledged",
  "stage2ExtendedTo",
  "stage2Responded",
] as const satisfies readonly ComplaintKey[];

/** `1`, `2`, `Stage 1`, `stage two`: the stage a complaint has reached. */
export function readStage(cell: Cell): Reading<1 | 2> {
  if (cell.kind === "blank") return { blank: true };
  if (cell.kind === "number" && (cell.value === 1 || cell.value === 2))
    return { value: cell.value };
  if (cell.kind === "text") {
    const match = /^(?:stage\s*)?(1|2|one|two)$/i.exec(cell.text.trim());
    if (match) return { value: /^(1|one)$/i.test(match[1] as string) ? 1 : 2 };
  }
  return { problem: `${shownCell(cell)} is not a stage: write 1 or 2` };
}

/**
 * docs/workbook.md, Complaints: a row needs the date received and a theme; the Code's dates are optional. A
 * complaint the log puts at stage 2 with no Escalated date has no stage 2 clock, which is said at its
 * Stage cell.
 */
export function readComplaints(
  layout: TableLayout<ComplaintKey>,
  problems: Problem[]
): ComplaintRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: ComplaintRecord[] = [];
  for (const row of dataRows(layout)) {
    const received = grid.required(
      row,
      columns.received as number,
      readDate,
      problems,
      "this complaint has no date received: fill it in or clear the row"
    );
    const theme = grid.required(
      row,
      columns.theme as number,
      readText,
      problems,
      "this complaint has no theme: fill it in or clear the row"
    );
    if (received === undefined || theme === undefined) continue;
    const record: ComplaintRecord = { row, received, theme };
    const reference = grid.read(row, columns.reference, readText, problems);
    if (reference !== undefined) record.reference = reference;
    const serviceArea = grid.read(row, columns.serviceArea, readText, problems);
    if (serviceArea !== undefined) record.serviceArea = serviceArea;
    const stage = grid.read(row, columns.stage, readStage, problems);
    if (stage !== undefined) record.stage = stage;
    for (const key of DATE_COLUMNS) {
      const day = grid.read(row, columns[key], readDate, problems);
      if (day !== undefined) record[key] = day;
    }
    if (stage === 2 && record.escalated === undefined)
      problems.push(
        grid.problem(
          row,
          columns.stage as number,
          "this complaint is at stage 2 but has no Escalated date: give the date the resident asked for stage 2, which starts the stage 2 clock"
        )
      );
    records.push(record);
  }
  return records;
}
