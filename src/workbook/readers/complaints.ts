import { readDate, readText } from "../cells";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { ComplaintRecord } from "../records";
import { COMPLAINTS } from "../sheets/complaints";

type ComplaintKey = (typeof COMPLAINTS.columns)[number]["key"];

/** WORKBOOK.md, Complaints: a row needs the date received and a theme. */
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
    records.push({
      row,
      received,
      theme,
      serviceArea: grid.read(row, columns.serviceArea, readText, problems),
      stage: grid.read(row, columns.stage, readText, problems),
      responded: grid.read(row, columns.responded, readDate, problems),
    });
  }
  return records;
}
