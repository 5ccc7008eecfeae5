import { MemorySheet } from "../../src/workbook/memorySheet";
import { RawCell } from "../../src/workbook/snapshot";

/** What the panel and officers do to the workbook between scans, on plain sheets. */

export const RELET = "Responsive: RELET-TIME";
export const RENT = "Responsive: RENT-COLLECTED";
export const TP09 = "Responsive: TP09";

export interface TriggerRow {
  key: string;
  indicator: RawCell;
  evidence: string;
  decision: RawCell;
  notes: RawCell;
}

function sheetNamed(sheets: MemorySheet[], name: string): MemorySheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
}

function columnsOf(triggers: MemorySheet) {
  const headers = triggers.cells[0] ?? [];
  const column = (header: string): number => {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`no ${header} on Triggers`);
    return index;
  };
  return {
    key: column("Key"),
    indicator: column("Indicator"),
    evidence: column("Evidence"),
    decision: column("Panel decision"),
    notes: column("Panel notes"),
  };
}

/** The Triggers rows under the header, in sheet order (blank rows left out). */
export function triggerRows(sheets: MemorySheet[]): TriggerRow[] {
  const triggers = sheetNamed(sheets, "Triggers");
  const at = columnsOf(triggers);
  return triggers.cells
    .slice(1)
    .filter((row) => row[at.key] !== null && row[at.key] !== undefined)
    .map((row) => ({
      key: String(row[at.key]),
      indicator: row[at.indicator] ?? null,
      evidence: String(row[at.evidence] ?? ""),
      decision: row[at.decision] ?? null,
      notes: row[at.notes] ?? null,
    }));
}

export function rowsWithKey(sheets: MemorySheet[], key: string): TriggerRow[] {
  return triggerRows(sheets).filter((row) => row.key === key);
}

/** The panel's decision and notes on a trigger, typed in its row. */
export function decide(sheets: MemorySheet[], key: string, decision: string, notes: string): void {
  const triggers = sheetNamed(sheets, "Triggers");
  const at = columnsOf(triggers);
  const row = triggers.cells.find((cells) => cells[at.key] === key);
  if (!row) throw new Error(`no trigger ${key}`);
  row[at.decision] = decision;
  row[at.notes] = notes;
}

/** The panel sorts the Triggers rows the other way round (each row moves whole, formats too). */
export function reverseTriggers(sheets: MemorySheet[]): void {
  const triggers = sheetNamed(sheets, "Triggers");
  const [header, ...rows] = triggers.cells;
  const [formatHeader, ...formats] = triggers.formats ?? [];
  triggers.cells = [header ?? [], ...rows.reverse()];
  if (triggers.formats) triggers.formats = [formatHeader ?? [], ...formats.reverse()];
}

/** The panel deletes a trigger's row (the rows below move up). */
export function deleteTrigger(sheets: MemorySheet[], key: string): void {
  const triggers = sheetNamed(sheets, "Triggers");
  const at = columnsOf(triggers);
  const index = triggers.cells.findIndex((cells) => cells[at.key] === key);
  if (index < 1) throw new Error(`no trigger ${key}`);
  triggers.cells.splice(index, 1);
  triggers.formats?.splice(index, 1);
}

/** A cell of the wide KPI sheet, by indicator and header. */
export function setRent(
  sheets: MemorySheet[],
  indicator: string,
  header: string,
  value: RawCell
): void {
  const rent = sheetNamed(sheets, "KPI - Rent");
  const column = (rent.cells[1] ?? []).indexOf(header);
  const row = rent.cells.find((cells) => cells[0] === indicator);
  if (column < 0 || !row) throw new Error(`no ${indicator} / ${header} on KPI - Rent`);
  row[column] = value;
}
