import { Day } from "../domain/calendar/days";
import { Cell } from "./cells";

/**
 * What a scan asks a host to write. The engine decides; hosts only carry it out (DESIGN.md). A plan
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
  | { kind: "blank" };

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
}

export interface WritePlan {
  sheets: SheetPlan[];
}

export function isEmptyPlan(plan: WritePlan): boolean {
  return plan.sheets.every((sheet) => !sheet.create && sheet.writes.length === 0);
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
