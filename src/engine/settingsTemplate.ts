import { DEFAULT_SETTINGS } from "../domain/settings";
import { CellWrite, number, SheetPlan, text } from "../workbook/plan";
import { newSheetLayout } from "../workbook/presentation";
import { SETTING_ROWS } from "../workbook/readers/settings";
import { SETTINGS } from "../workbook/sheets";

/**
 * WORKBOOK.md, Settings (optional; created with defaults): when a workbook has no Settings sheet, the
 * scan creates one listing every *setting* of RULES.md with its default, and beside each statutory
 * figure its source (RULES.md, "Statutory clocks since 2024"). A setting with no default (homes owned)
 * is left blank for the council's figure. From then on the sheet is the officers': a scan reads it and
 * never writes to it again.
 */
export function settingsTemplatePlan(): SheetPlan {
  const headers = SETTINGS.columns.map((column) => column.header);
  const rows = [
    headers,
    ...SETTING_ROWS.map((row) => [row.label, row.written(DEFAULT_SETTINGS), row.source ?? ""]),
  ];
  const writes: CellWrite[] = rows.flatMap((cells, row) =>
    cells.flatMap((value, column) =>
      value === ""
        ? []
        : [{ row, column, value: typeof value === "number" ? number(value) : text(value) }]
    )
  );
  const layout = newSheetLayout(SETTINGS, headers, SETTING_ROWS.length);
  return { sheet: SETTINGS.name, create: true, definition: SETTINGS.key, writes, layout };
}
