import {
  ColumnDefinition,
  findsSheet,
  headerKey,
  sheetNameKey,
  SheetDefinition,
} from "../workbook/definition";
import { CellWrite, SheetLayout, SheetPlan, text, WritePlan } from "../workbook/plan";
import { newSheetLayout } from "../workbook/presentation";
import { readWorkbook } from "../workbook/readWorkbook";
import {
  ATTENDANCE,
  BENCHMARKS,
  COMPLAINTS,
  HAZARDS,
  INVOLVEMENT,
  KPI,
  MEETINGS,
  MEMBERS,
  RECOMMENDATIONS,
  REVIEWS,
  SETTINGS,
  TENANT_PROFILE,
  TSM_SURVEY,
} from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { settingNamesPlan, settingsTemplatePlan } from "./settingsTemplate";
import { sheetSettingCells, templateSettingCells } from "../workbook/settingNames";

/** The officers' sheets of docs/workbook.md that Set up creates when missing, in this order. */
const REGISTERS_TO_SET_UP = [
  MEMBERS,
  ATTENDANCE,
  MEETINGS,
  REVIEWS,
  RECOMMENDATIONS,
  COMPLAINTS,
  // Awaab's Law's log, and published quartiles to compare the landlord with others.
  HAZARDS,
  BENCHMARKS,
  // Optional, for §4.4 and task teams: empty tables ready for the figures and the pool.
  TENANT_PROFILE,
  INVOLVEMENT,
] as const satisfies readonly SheetDefinition[];

/**
 * Sheets of docs/workbook.md Set up keeps and lays out when they are there but does not create: the TSM
 * survey's size may as well be given on the KPI sheets.
 */
const REGISTERS_KEPT_IF_THERE = [TSM_SURVEY] as const satisfies readonly SheetDefinition[];

/** docs/workbook.md, KPI sheets: any name; the template is in the long layout, one row per indicator per period. */
export const KPI_TEMPLATE_NAME = "KPI - Services";

export interface SetUpResult {
  plan: WritePlan;
  /** Sheets created, in the order the plan creates them. */
  created: string[];
  /** The workbook's own sheets that stand for a sheet of docs/workbook.md (and its KPI sheets): no write at all. */
  kept: string[];
}

/**
 * Set up: gives a workbook every sheet of docs/workbook.md it lacks, each with its header row (the
 * add-in's computed columns included) and its layout — a table, drop-downs and colours — ready for the
 * officers to fill in. A sheet is found as the readers find it (by name or alias; a KPI sheet by its
 * `Indicator` header), and a sheet that exists is never written to, however it is laid out.
 */
export function setUpPlan(snapshot: WorkbookSnapshot): SetUpResult {
  const names = snapshot.sheets.map((sheet) => sheet.name);
  const sheets: SheetPlan[] = [];
  const kept: string[] = [];

  for (const definition of REGISTERS_TO_SET_UP) {
    const existing = names.find((name) => findsSheet(definition, name));
    if (existing !== undefined) kept.push(existing);
    else sheets.push(headerOnlyPlan(definition, definition.name));
  }
  for (const definition of REGISTERS_KEPT_IF_THERE) {
    const existing = names.find((name) => findsSheet(definition, name));
    if (existing !== undefined) kept.push(existing);
  }

  const read = readWorkbook(snapshot).workbook;
  const kpiSheets = read.kpiSheets.map((sheet) => sheet.sheet);
  if (kpiSheets.length > 0) kept.push(...kpiSheets);
  else sheets.push(headerOnlyPlan(KPI, unusedName(KPI_TEMPLATE_NAME, names)));

  // Last, as a scan does: the Settings sheet with every setting and its default (docs/workbook.md, Settings).
  const settings = names.find((name) => findsSheet(SETTINGS, name));
  if (settings !== undefined) kept.push(settings);
  else sheets.push(settingsTemplatePlan());
  // Its Value cells named, so formulas read Lapse_consecutive (docs/workbook.md, Settings); on the
  // officers' own Settings sheet a name is only added, never a cell written.
  const settingsSheet = read.settingsSheet;
  const addNames =
    settings !== undefined
      ? settingsSheet
        ? settingNamesPlan(snapshot, settings, sheetSettingCells(settingsSheet))
        : []
      : settingNamesPlan(snapshot, SETTINGS.name, templateSettingCells());

  return {
    plan: { sheets, ...(addNames.length > 0 ? { addNames } : {}) },
    created: sheets.map((sheet) => sheet.sheet),
    kept,
  };
}

/** A new sheet with the definition's headers in row 1, in the definition's order, and nothing under them. */
function headerOnlyPlan(definition: SheetDefinition, sheet: string): SheetPlan {
  const headers = definition.columns.map((column) => column.header);
  const writes: CellWrite[] = headers.map((header, column) => ({
    row: 0,
    column,
    value: text(header),
  }));
  const layout = newSheetLayout(definition, headers, 0);
  return { sheet, create: true, definition: definition.key, writes, layout };
}

/** Excel sheet names are unique ignoring case: `KPI - Services (2)` when the name is taken by another sheet. */
function unusedName(wanted: string, names: readonly string[]): string {
  const taken = new Set(names.map(sheetNameKey));
  let name = wanted;
  for (let n = 2; taken.has(sheetNameKey(name)); n++) name = `${wanted} (${n})`;
  return name;
}

/**
 * The layout Set up gives each sheet of a workbook written whole from its values (the demo): the sheets
 * of docs/workbook.md found as readers find them (a KPI sheet by its headers), each laid out over its header
 * row and the rows under it — a table, drop-downs, colours, widths, frozen header. Sheets of no
 * definition get none.
 */
export function setUpLayouts(snapshot: WorkbookSnapshot): Record<string, SheetLayout> {
  const kpiSheets = new Set(readWorkbook(snapshot).workbook.kpiSheets.map((sheet) => sheet.sheet));
  const layouts: Record<string, SheetLayout> = {};
  for (const sheet of snapshot.sheets) {
    const definition = kpiSheets.has(sheet.name)
      ? KPI
      : [...REGISTERS_TO_SET_UP, ...REGISTERS_KEPT_IF_THERE, SETTINGS].find((d) =>
          findsSheet(d, sheet.name)
        );
    const headers = (sheet.values[0] ?? []).map((cell) => (typeof cell === "string" ? cell : ""));
    if (!definition || headers.length === 0) continue;
    const rows = sheet.values
      .slice(1)
      .filter((row) => row.some((cell) => cell !== null && cell !== ""));
    // The add-in's computed columns a scan will add to the right get their colours now; the table
    // covers only the headers there are (a table's header cells cannot be blank).
    const present = new Set(headers.map(headerKey));
    const columns: readonly ColumnDefinition[] = definition.columns;
    const computed = columns
      .filter((column) => column.owned && !present.has(headerKey(column.header)))
      .map((column) => column.header);
    const layout = newSheetLayout(definition, [...headers, ...computed], rows.length);
    if (layout.table) layout.table.area.columnCount = headers.length - layout.table.area.column;
    layouts[sheet.name] = layout;
  }
  return layouts;
}
