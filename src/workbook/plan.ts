import { Day } from "../domain/calendar/days";
import { Cell } from "./cells";

/**
 * What a scan asks a host to write. The engine decides; hosts only carry it out (docs/development.md). A plan
 * touches only sheets and columns the definitions mark as the add-in's, and holds only cells whose
 * value changes, so a rescan of an unchanged workbook has an empty plan.
 *
 * Every text value is literal text: hosts must write it so that Excel cannot read it as a formula
 * (`=HYPERLINK(…)` typed as a member's name stays that text). `untrusted` marks text that came from the
 * workbook or a user, for hosts and tests that want to know.
 */
export type WriteValue =
  | { kind: "text"; text: string; untrusted?: boolean }
  | { kind: "number"; value: number; format?: string }
  | { kind: "date"; day: Day; format?: string }
  | { kind: "blank"; format?: string };

/** Dates are written as serials with this format (UK order) unless the value names another. */
export const DATE_FORMAT = "dd/mm/yyyy";
export const MONTH_FORMAT = "mmm yyyy";

export interface CellWrite {
  /** 0-based row and column in the sheet. */
  row: number;
  column: number;
  value: WriteValue;
}

export interface SheetPlan {
  sheet: string;
  /** The sheet does not exist yet: create it (at the end) before writing. */
  create: boolean;
  /** Which definition the sheet follows (`triggers`, `members`…), for hosts that add tables and drop-downs. */
  definition: string;
  writes: CellWrite[];
  /**
   * How the sheet should look in Excel: a table, drop-downs, colours, charts. Set when the add-in
   * creates the sheet (scan or Set up) and for the Summary's charts; hosts that cannot show it (the
   * memory host) ignore it. Never applied over an officer's existing data.
   */
  layout?: SheetLayout;
}

/** A rectangle of cells, 0-based, in the sheet. */
export interface CellArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** The panel's colours (WCAG AA with black text); every colour goes with a text label in the cell, never alone. */
export type Highlight = "good" | "warning" | "bad" | "neutral";

export interface HighlightRule {
  text: string;
  highlight: Highlight;
  /** Default `equals`: the whole cell is the word. */
  match?: "equals" | "beginsWith";
}

export interface SheetLayout {
  /** An Excel table over the area, first row its headers. `name` is unique in the workbook (`TOSP_Triggers`). */
  table?: { name: string; area: CellArea };
  /** In-cell drop-down lists (data validation) on columns. */
  dropDowns: { area: CellArea; list: readonly string[] }[];
  /** Conditional formats: a cell whose text equals (or, with `match: "beginsWith"`, starts with) `text` gets the highlight. */
  highlights: { area: CellArea; rules: HighlightRule[] }[];
  /** Column widths in characters, by 0-based column; missing = leave as is. */
  columnWidths?: Record<number, number>;
  /** Freeze the first `rows` rows (the headers). */
  freezeRows?: number;
  charts: ChartPlan[];
}

/** A chart over cells the same plan writes (the Summary's chart data). */
export interface ChartPlan {
  /** Unique on the sheet, so a rescan replaces rather than adds (`TOSP KPI status by service area`). */
  name: string;
  title: string;
  kind: "stackedBar" | "bar" | "column";
  /** The data, first row series names and first column categories. */
  data: CellArea;
  /** Where the chart sits: top-left cell and size in cells. */
  position: CellArea;
}

/**
 * A workbook-wide defined name the add-in writes: its claim on a sheet or computed column
 * (workbook/claims.ts), referring to one cell, with a comment that says what it is in Name Manager.
 */
export interface NameWrite {
  name: string;
  sheet: string;
  row: number;
  column: number;
  comment: string;
}

export interface WritePlan {
  sheets: SheetPlan[];
  /** Workbook-wide names to delete (ignoring case) before `addNames`: a claim moved, or left at `#REF!`. */
  removeNames?: string[];
  /** Workbook-wide names to add once the sheets are written; none of them exists after `removeNames`. */
  addNames?: NameWrite[];
}

export function isEmptyPlan(plan: WritePlan): boolean {
  return (
    plan.sheets.every((sheet) => !sheet.create && sheet.writes.length === 0) &&
    (plan.removeNames ?? []).length === 0 &&
    (plan.addNames ?? []).length === 0
  );
}

export const text = (value: string, untrusted = false): WriteValue => ({
  kind: "text",
  text: value,
  untrusted,
});
export const number = (value: number, format?: string): WriteValue => ({
  kind: "number",
  value,
  format,
});
export const date = (day: Day, format?: string): WriteValue => ({ kind: "date", day, format });
export const BLANK_VALUE: WriteValue = { kind: "blank" };

/** Whether writing `value` over a cell that holds `current` would change what the cell holds. */
export function changes(current: Cell, value: WriteValue): boolean {
  switch (value.kind) {
    case "blank":
      return current.kind !== "blank";
    case "text":
      return value.text.trim() === ""
        ? current.kind !== "blank"
        : !(current.kind === "text" && current.text === value.text.trim());
    case "number":
      return !(current.kind === "number" && Math.abs(current.value - value.value) < 1e-9);
    case "date":
      return !(current.kind === "number" && Math.floor(current.value) === value.day);
  }
}

/**
 * What a cell holds once `value` is written, as every host stores it: text always as a string (never a
 * formula), dates as serials; `format` is the number format to set, or undefined to leave it as it is.
 */
export function writtenCell(value: WriteValue): { cell: string | number | null; format?: string } {
  switch (value.kind) {
    case "blank":
      return { cell: null };
    case "text":
      return { cell: value.text };
    case "number":
      return { cell: value.value, format: value.format };
    case "date":
      return { cell: value.day, format: value.format ?? DATE_FORMAT };
  }
}
