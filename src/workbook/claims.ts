import { ColumnDefinition, findsSheet, SheetDefinition } from "./definition";
import { TableLayout } from "./grid";
import {
  COMPLAINTS,
  HAZARDS,
  KPI_STATUS,
  MEETINGS,
  MEMBERS,
  RECOMMENDATIONS,
  REVIEWS,
  SUMMARY,
  TRIGGERS,
  YOU_SAID_WE_DID,
} from "./sheets";
import { CellReference, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * docs/workbook.md, "Kept by the add-in": the add-in writes only the sheets and computed columns it has
 * claimed. A claim is a workbook-wide defined name, read and written by every host: `TOSP_Sheet_Summary`
 * refers to A1 of the add-in's Summary sheet, `TOSP_Col_Members_Status` to the header cell of its Status
 * column on Members. Excel moves a name with its cells, so a claimed sheet that is renamed, or a claimed
 * column that is moved, stays the add-in's; a sheet or column of the same name without the claim is the
 * officers' (engine/ownership.ts decides, and adopts what a scan wrote before claims existed).
 *
 * The names are spelt from the definitions' keys (`kpiStatus` → `KpiStatus`), so a key, once released,
 * is never renamed: a workbook's claims would be lost with it.
 */

/** The sheets wholly the add-in's (`ownedSheet`), each claimed by a name of its own. */
export const OWNED_SHEETS: readonly SheetDefinition[] = [
  KPI_STATUS,
  TRIGGERS,
  SUMMARY,
  YOU_SAID_WE_DID,
];

const CLAIM_PREFIX = "TOSP_";

/** `kpiStatus` → `KpiStatus`: the part of a defined name a key gives (letters and digits only). */
const nameOfKey = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** `TOSP_Sheet_KpiStatus`: the name that claims a sheet of the add-in's. */
export function sheetClaimName(definition: SheetDefinition): string {
  return `${CLAIM_PREFIX}Sheet_${nameOfKey(definition.key)}`;
}

/** `TOSP_Col_Members_Status`: the name that claims a computed column on an officers' sheet. */
export function columnClaimName(definition: SheetDefinition, column: ColumnDefinition): string {
  return `${CLAIM_PREFIX}Col_${nameOfKey(definition.key)}_${nameOfKey(column.key)}`;
}

/** The officers' sheets with computed columns, each column claimed by a name of its own. */
export const SHEETS_WITH_COMPUTED_COLUMNS: readonly SheetDefinition[] = [
  MEMBERS,
  MEETINGS,
  REVIEWS,
  RECOMMENDATIONS,
  COMPLAINTS,
  HAZARDS,
];

/** Every name the add-in may write, in capitals (Excel compares names ignoring case). */
export const CLAIM_NAMES: ReadonlySet<string> = new Set(
  [
    ...OWNED_SHEETS.map(sheetClaimName),
    ...SHEETS_WITH_COMPUTED_COLUMNS.flatMap((definition) =>
      definition.columns
        .filter((column) => column.owned)
        .map((column) => columnClaimName(definition, column))
    ),
  ].map((name) => name.toUpperCase())
);

/** The cell a workbook-wide name refers to, on a sheet of the workbook; undefined otherwise. */
export function namedCell(snapshot: WorkbookSnapshot, name: string): CellReference | undefined {
  const wanted = name.toUpperCase();
  const refersTo = snapshot.names?.find((n) => n.name.toUpperCase() === wanted)?.refersTo;
  return refersTo && snapshot.sheets.some((sheet) => sheet.name === refersTo.sheet)
    ? refersTo
    : undefined;
}

/** The sheet the definition's claim is on, wherever it is and whatever it is called now. */
export function claimedSheet(
  snapshot: WorkbookSnapshot,
  definition: SheetDefinition
): SheetSnapshot | undefined {
  const cell = namedCell(snapshot, sheetClaimName(definition));
  return cell && snapshot.sheets.find((sheet) => sheet.name === cell.sheet);
}

/**
 * The add-in's sheet of a kind as readers and writers take it: the claimed sheet, else the first sheet
 * of its name or alias. A sheet of that name while the claim is on another is the officers', and is
 * not the add-in's (`claimed` false means it is yet to be adopted or refused: engine/ownership.ts).
 */
export function ownSheetOf(
  snapshot: WorkbookSnapshot,
  definition: SheetDefinition
): { sheet: SheetSnapshot; claimed: boolean } | undefined {
  const claimed = claimedSheet(snapshot, definition);
  if (claimed) return { sheet: claimed, claimed: true };
  const named = snapshot.sheets.find((sheet) => findsSheet(definition, sheet.name));
  return named && { sheet: named, claimed: false };
}

/**
 * The layout of an officers' sheet with each claimed computed column where its claim is, whatever its
 * header now says: a same-named column elsewhere becomes one of the officers' extra columns, kept and
 * never written, and is not reported as a repeat of the add-in's.
 */
export function withClaimedColumns<K extends string>(
  layout: TableLayout<K>,
  definition: SheetDefinition<K>,
  snapshot: WorkbookSnapshot
): TableLayout<K> {
  const { grid } = layout;
  let { columns, otherColumns, repeatedColumns } = layout;
  for (const column of definition.columns) {
    if (!column.owned) continue;
    const cell = namedCell(snapshot, columnClaimName(definition, column));
    if (!cell || cell.sheet !== grid.name) continue;
    const index = cell.column - grid.sheetColumn(0);
    const found = columns[column.key];
    const header = (at: number): string => {
      const value = grid.cell(layout.headerRow, at);
      return value.kind === "text" ? value.text : "";
    };
    columns = Object.fromEntries(
      Object.entries(columns).filter(([key, at]) => key === column.key || at !== index)
    ) as Partial<Record<K, number>>;
    columns[column.key] = index;
    otherColumns = otherColumns.filter((other) => other.column !== index);
    if (found !== undefined && found !== index)
      otherColumns = [...otherColumns, { column: found, header: header(found) }];
    repeatedColumns = repeatedColumns.filter(
      (repeat) => repeat.column !== index && repeat.means !== column.header
    );
  }
  return { ...layout, columns, otherColumns, repeatedColumns };
}
