import { headerKey } from "./definition";
import { dataRows, TableLayout } from "./grid";
import { SETTING_ROWS } from "./readers/settings";
import { SETTINGS } from "./sheets/settings";

/**
 * The name Set up gives a setting's Value cell (docs/workbook.md, Settings), so a formula reads
 * `=TOSP.LAPSE(B2:N2, B$1:N$1, TODAY(), , Lapse_consecutive, Lapse_in_12_months)` rather than an
 * address, and a cell and a scan give one answer. Each is a valid Excel name that is no cell address
 * (letters, digits and `_`, more than three letters before any digit). Settings a formula cannot take
 * (composition, rotation, triggers' counts) are left unnamed.
 */
const NAMES_BY_LABEL: ReadonlyArray<readonly [label: string, name: string]> = [
  ["Consecutive absences that lapse a place", "Lapse_consecutive"],
  ["Absences in 12 months that lapse a place", "Lapse_in_12_months"],
  ["Panel year starts (day/month)", "Panel_year_starts"],
  ["Clear working days' notice", "Notice_days"],
  ["Months from implementation to impact assessment", "Impact_assessment_months"],
  ["KPI tolerance (near miss)", "KPI_tolerance"],
  ["Stage 1 acknowledgement (working days after receipt)", "Stage_1_acknowledge_days"],
  ["Stage 1 response (working days after acknowledgement)", "Stage_1_respond_days"],
  [
    "Stage 2 acknowledgement (working days after the request to escalate)",
    "Stage_2_acknowledge_days",
  ],
  ["Stage 2 response (working days after acknowledgement)", "Stage_2_respond_days"],
  ["Emergency hazard: investigate and make safe (hours)", "Emergency_hazard_hours"],
  [
    "Significant hazard: investigate (working days after becoming aware)",
    "Significant_hazard_investigate_days",
  ],
  ["Written summary to the tenant (working days after the investigation)", "Written_summary_days"],
  ["Safety work begins (working days after the investigation)", "Safety_work_days"],
  ["Preventative work begins (working days after the investigation)", "Preventative_work_days"],
  ["Preventative work begins where a reason is recorded (weeks)", "Preventative_work_weeks"],
  ["TSM survey: confidence level (%)", "Survey_confidence"],
];

const NAME_OF = new Map(NAMES_BY_LABEL.map(([label, name]) => [headerKey(label), name]));

/** The name of a setting's Value cell, by the setting's label on the sheet; undefined for one left unnamed. */
export const settingCellName = (label: string): string | undefined => NAME_OF.get(headerKey(label));

/** Every setting name, for tests and the guide: each names a row of the Settings template. */
export const SETTING_CELL_NAMES: readonly string[] = NAMES_BY_LABEL.map(([, name]) => name);

/** A setting's Value cell on the sheet's own grid (0-based, as the plan writes). */
export interface SettingCell {
  name: string;
  row: number;
  column: number;
}

/** The Settings template's named cells: row 0 the headers, then one row a setting in SETTING_ROWS order. */
export function templateSettingCells(): SettingCell[] {
  const value = SETTINGS.columns.findIndex((column) => column.key === "value");
  return SETTING_ROWS.flatMap((row, index) => {
    const name = settingCellName(row.label);
    return name === undefined ? [] : [{ name, row: index + 1, column: value }];
  });
}

/**
 * An officers' Settings sheet's named cells, found by label as the reader finds the settings (the first
 * row of a label counts, as a repeated one is ignored); a label not on the sheet has no cell to name.
 */
export function sheetSettingCells(layout: TableLayout<string>): SettingCell[] {
  const { grid, columns } = layout;
  const labelColumn = columns.setting;
  const valueColumn = columns.value;
  if (labelColumn === undefined || valueColumn === undefined) return [];
  const found = new Map<string, SettingCell>();
  for (const row of dataRows(layout)) {
    const cell = grid.cell(row, labelColumn);
    if (cell.kind !== "text") continue;
    const name = settingCellName(cell.text);
    if (name === undefined || found.has(name)) continue;
    found.set(name, { name, row: grid.sheetRow(row), column: grid.sheetColumn(valueColumn) });
  }
  return [...found.values()];
}
