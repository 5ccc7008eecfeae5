import { DEFAULT_SETTINGS } from "../domain/settings";
import { CellWrite, NameWrite, number, SheetPlan, text } from "../workbook/plan";
import { SettingCell } from "../workbook/settingNames";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { newSheetLayout } from "../workbook/presentation";
import { SETTING_ROWS } from "../workbook/readers/settings";
import { SETTINGS } from "../workbook/sheets";

/**
 * docs/workbook.md, Settings (optional; created with defaults): when a workbook has no Settings sheet, the
 * scan creates one listing every *setting* of docs/rules.md with its default, and beside each statutory
 * figure its source (docs/rules.md, "Statutory clocks since 2024"). A setting with no default (homes owned)
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

const NAME_COMMENT =
  "A setting of the Settings sheet, named by the Tenant Scrutiny Panel add-in so formulas such as TOSP.LAPSE can use the workbook's own figure";

/**
 * docs/workbook.md, Settings: the names of the settings' Value cells that the workbook lacks (a name
 * already there, ignoring case, is the officers' and stays as it is). A host that reads no names gets
 * none, since a name added twice is refused.
 */
export function settingNamesPlan(
  snapshot: WorkbookSnapshot,
  sheet: string,
  cells: readonly SettingCell[]
): NameWrite[] {
  if (snapshot.names === undefined) return [];
  const taken = new Set(snapshot.names.map((named) => named.name.toUpperCase()));
  return cells
    .filter((cell) => !taken.has(cell.name.toUpperCase()))
    .map(({ name, row, column }) => ({ name, sheet, row, column, comment: NAME_COMMENT }));
}
