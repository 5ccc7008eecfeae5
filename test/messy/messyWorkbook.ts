import { scan, ScanResult } from "../../src/engine/scan";
import { dayFromIso } from "../../src/domain/calendar/days";
import { describeProblem, Problem, sortProblems } from "../../src/workbook/problems";
import { PanelWorkbook, readWorkbook } from "../../src/workbook/readWorkbook";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { FixtureCell, FixtureSheet, snapshotOf } from "../workbook/goldenFixtures";

/**
 * The messy-input catalogue's small kit: sheets written as grids of fixture cells (the golden fixtures'
 * notation: `{ date: "2026-03-09" }`, `{ percent: 0.952 }`, `{ error: "#N/A" }`, test/fixtures/readers/
 * README.md), read or scanned, with each problem as the task pane and the command line show it.
 */
export type { FixtureCell };

/** "Today" for the catalogue's scans. */
export const AS_OF = dayFromIso("2026-11-23");

export const day = dayFromIso;
export const date = (iso: string): FixtureCell => ({ date: iso });
export const percent = (fraction: number): FixtureCell => ({ percent: fraction });
export const error = (code: string): FixtureCell => ({ error: code });

export function sheet(name: string, rows: FixtureCell[][], origin?: string): FixtureSheet {
  return { name, rows, origin };
}

export function snapshot(...sheets: FixtureSheet[]): WorkbookSnapshot {
  return snapshotOf({ sheets }, "messy");
}

export interface Read {
  workbook: PanelWorkbook;
  problems: Problem[];
  /** Every problem as shown: `'KPI - Rent'!D7: "n/a" is not a number`. */
  shown: string[];
}

/** Reads the sheets; problems in the order the task pane lists them (sheet, then row, then column). */
export function read(...sheets: FixtureSheet[]): Read {
  const result = readWorkbook(snapshot(...sheets));
  const sorted = sortProblems(
    [...result.problems],
    sheets.map((s) => s.name)
  );
  return { ...result, shown: sorted.map(describeProblem) };
}

export function scanned(...sheets: FixtureSheet[]): ScanResult & { shown: string[] } {
  const result = scan(snapshot(...sheets), { asOf: AS_OF });
  return { ...result, shown: result.problems.map(describeProblem) };
}

/** Problems at one address (a cell, or a sheet alone), as their messages. */
export function messagesAt(problems: readonly Problem[], address: string): string[] {
  return problems.filter((p) => p.address === address).map((p) => p.message);
}
