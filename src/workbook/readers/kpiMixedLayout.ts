import { formatMonth } from "../../domain/calendar/days";
import { readMonth } from "../cells";
import { TableLayout } from "../grid";
import { Problem } from "../problems";

/**
 * A sheet with `Period` and `Actual` columns is read in the long layout (docs/workbook.md), so any column
 * headed by a month as well — a wide block pasted beside the long one — is not read. Its figures would
 * otherwise be passed over in silence: each such column is reported at its header.
 */
export function monthColumnsNotRead(layout: TableLayout<string>, problems: Problem[]): void {
  const { grid, headerRow } = layout;
  for (const { column } of layout.otherColumns) {
    const month = readMonth(grid.cell(headerRow, column));
    if (!("value" in month)) continue;
    problems.push(
      grid.problem(
        headerRow,
        column,
        `this column is headed by a month (${formatMonth(month.value)}), but the sheet has Period and Actual columns, so it is read one row per period and this column's figures are not read: put them in rows, or move the month columns to a sheet of their own`
      )
    );
  }
}
