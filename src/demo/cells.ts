/** How the sample workbook's cells are written: dates as serials with a UK format, shared names. */

import { dayFromIso } from "../domain/calendar/days";
import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";

export const DATE = "dd/mm/yyyy";
export const DATE_TIME = "dd/mm/yyyy hh:mm";

/** A date as a cell holds it: `d("2026-11-23")`. */
export const d = dayFromIso;

/** A London wall-clock date and time as a cell holds it: `2026-10-24 10:00`. */
export const at = (iso: string): number => {
  const [day, time] = iso.split(" ");
  const [hours, minutes] = (time ?? "00:00").split(":").map(Number);
  return d(day as string) + ((hours as number) * 60 + (minutes as number)) / 1440;
};

/** The date format on the given columns, from `fromRow` down (below the header by default). */
export function withFormats(
  cells: RawCell[][],
  dateColumns: number[],
  fromRow = 1
): MemorySheet["formats"] {
  return cells.map((row, r) =>
    row.map((_, c) => (r >= fromRow && dateColumns.includes(c) ? DATE : undefined))
  );
}

/** 2021 Census broad ethnic groups, as the Tenant profile and the Members sheet write them. */
export const ASIAN = "Asian or Asian British";
export const BLACK = "Black, Black British, Caribbean or African";
export const MIXED = "Mixed or multiple";
export const WHITE = "White";
export const OTHER = "Other ethnic group";
