import { readDate, readText } from "../cells";
import { dataRows, TableLayout } from "../grid";
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
  const records: ComplaintRecord[] = [];
  for (const row of dataRows(layout)) {
    const received = grid.read(row, columns.received, readDate, problems);
    const theme = grid.read(row, columns.theme, readText, problems);
    if (received === undefined || theme === undefined) {
      const column = (received === undefined ? columns.received : columns.theme) as number;
      if (grid.cell(row, column).kind === "blank") {
        problems.push(
          grid.problem(
            row,
            column,
            `this complaint has no ${received === undefined ? "date received" : "theme"}: fill it in or clear the row`
          )
        );
      }
      continue;
    }
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
