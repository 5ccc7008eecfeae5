/**
 * One definition per sheet (docs/development.md): its name and aliases, its columns with their aliases, which
 * are required, which the add-in computes (owns), and drop-down lists. Readers, writers, templates and
 * the docs all use these, so the contract of docs/workbook.md lives in one place.
 */
export type ColumnKind = "text" | "number" | "percent" | "date" | "month" | "yesNo" | "choice";

export interface ColumnDefinition<K extends string = string> {
  key: K;
  /** The header the add-in writes in a template or a new column. */
  header: string;
  /** Other headers that mean this column. */
  aliases?: readonly string[];
  required?: boolean;
  kind: ColumnKind;
  /** Computed by the add-in: written on every scan, never read as the officers' data. */
  owned?: boolean;
  /** The panel's own column on a sheet the add-in keeps (Triggers' Panel decision and notes): never changed by a scan. */
  panels?: boolean;
  /** The words allowed, for a drop-down list. */
  list?: readonly string[];
  /**
   * For a computed text column with no list: the shape of every text the add-in writes in it (Reason
   * ends with its clause, `(§4.3)`). A same-named column holding other text is the officers' own
   * (docs/workbook.md, Kept by the add-in; engine/ownership.ts).
   */
  written?: RegExp;
}

export interface SheetDefinition<K extends string = string> {
  key: string;
  name: string;
  aliases?: readonly string[];
  /** The whole sheet is the add-in's (KPI status, Triggers, Summary), apart from any `panels` columns. */
  ownedSheet?: boolean;
  columns: readonly ColumnDefinition<K>[];
}

/** Sheet names match ignoring case, spaces, `_` and `-` (docs/workbook.md). */
export function sheetNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Headers match ignoring case, spaces, punctuation and a trailing unit in brackets
 * (`Target (%)` matches `Target`; `Training %` matches `Training`).
 */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

export function findsSheet(definition: SheetDefinition, sheetName: string): boolean {
  const key = sheetNameKey(sheetName);
  return [definition.name, ...(definition.aliases ?? [])].some(
    (name) => sheetNameKey(name) === key
  );
}

export function headersOf(column: ColumnDefinition): string[] {
  return [column.header, ...(column.aliases ?? [])];
}
