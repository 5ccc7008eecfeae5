import { Day, formatUkDate } from "../domain/calendar/days";
import { ComplaintThemeTrigger } from "../domain/complaints/themes";
import { SheetSnapshot } from "../workbook/snapshot";
import { Grid, TableLayout } from "../workbook/grid";
import {
  BLANK_VALUE,
  CellWrite,
  changes,
  date,
  SheetPlan,
  text,
  WriteValue,
} from "../workbook/plan";
import { newSheetLayout } from "../workbook/presentation";
import { Problem } from "../workbook/problems";
import { TriggerRecord } from "../workbook/records";
import { TRIGGERS } from "../workbook/sheets";
import { NO_LONGER_TRIGGERED } from "../workbook/sheets/lists";
import { ComplaintRecord } from "../workbook/records";
import { kpiEvidence } from "./kpis";
import { KpiFinding, TriggerFinding, TriggerType } from "./findings";

type TriggerKey = (typeof TRIGGERS.columns)[number]["key"];
type OwnedKey = Exclude<TriggerKey, "panelDecision" | "panelNotes">;

/** What the scan would write in a trigger's own columns; the panel's two are never in it. */
interface TriggerRow {
  key: string;
  type: TriggerType;
  serviceArea: string;
  subject: string;
  evidence: string;
  source: string;
}

const keyOf = (key: string): string => key.trim().replace(/\s+/g, " ").toLowerCase();

export { NO_LONGER_TRIGGERED };

export function responsiveTriggerRows(kpis: KpiFinding[]): TriggerRow[] {
  return kpis.flatMap((finding) =>
    finding.trigger
      ? [
          {
            key: `Responsive: ${finding.code ?? finding.indicator}`,
            type: "Responsive" as const,
            serviceArea: finding.serviceArea ?? "",
            subject: finding.indicator,
            evidence: kpiEvidence(finding),
            source: (finding.triggerSources ?? [finding.sheet]).join(", "),
          },
        ]
      : []
  );
}

export function complaintTriggerRows(
  themes: ComplaintThemeTrigger[],
  complaints: ComplaintRecord[],
  sheet: string
): TriggerRow[] {
  return themes.map((theme) => {
    const inTheme = complaints.filter(
      (c) =>
        c.theme.trim().toLowerCase().replace(/\s+/g, " ") ===
          theme.theme.toLowerCase().replace(/\s+/g, " ") &&
        c.received > theme.from &&
        c.received <= theme.to
    );
    const areas = new Map<string, number>();
    for (const c of inTheme)
      if (c.serviceArea) areas.set(c.serviceArea, (areas.get(c.serviceArea) ?? 0) + 1);
    const serviceArea = [...areas.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Complaints";
    return {
      key: `Customer complaints: ${theme.theme}`,
      type: "Customer complaints" as const,
      serviceArea,
      subject: theme.theme,
      evidence: `${theme.count} complaints about ${theme.theme} received ${formatUkDate(theme.from + 1)} to ${formatUkDate(theme.to)} (§11.2)`,
      source: sheet,
    };
  });
}

export interface TriggersMerge {
  plan?: SheetPlan;
  findings: TriggerFinding[];
}

/**
 * Merges this scan's triggers into the Triggers sheet (RULES.md, §11.3): matched by key, evidence and
 * source refreshed (Last updated moves only when they change), new triggers appended with the panel
 * decision `New`, none duplicated. The panel's decision and notes are never written over, and no row
 * is deleted: a trigger that has stopped firing is marked "No longer triggered" and kept.
 */
export function mergeTriggers(
  rows: TriggerRow[],
  existing: { layout: TableLayout<TriggerKey>; records: TriggerRecord[] } | undefined,
  triggersSheet: SheetSnapshot | undefined,
  asOf: Day,
  problems: Problem[]
): TriggersMerge {
  if (triggersSheet && !existing) {
    problems.push({
      sheet: triggersSheet.name,
      address: triggersSheet.name,
      message:
        "the Triggers sheet has no header row with Key and Trigger type, so no triggers were written: restore the headers or rename the sheet",
    });
    return {
      findings: rows.map((row) => ({ ...findingOf(row), isNew: true, panelDecision: "New" })),
    };
  }
  const byKey = new Map<string, TriggerRecord>();
  for (const record of existing?.records ?? [])
    if (!byKey.has(keyOf(record.key))) byKey.set(keyOf(record.key), record);

  const grid = existing?.layout.grid;
  const columns = columnPositions(existing?.layout);
  const writes: CellWrite[] = [...columns.headerWrites];
  const headerSheetRow = existing ? (grid as Grid).sheetRow(existing.layout.headerRow) : 0;
  let nextRow = grid ? grid.sheetRow(grid.rowCount) : headerSheetRow + 1;
  const findings: TriggerFinding[] = [];
  const firing = new Set<string>();

  for (const row of rows) {
    const record = byKey.get(keyOf(row.key));
    firing.add(keyOf(row.key));
    if (record && grid) {
      const same = record.evidence === row.evidence && record.source === row.source;
      const owned = ownedValues(
        row,
        record.firstFlagged ?? asOf,
        same ? (record.lastUpdated ?? asOf) : asOf
      );
      writeChanged(writes, grid, record.row, columns.index, owned);
      findings.push({ ...findingOf(row), isNew: false, panelDecision: record.panelDecision ?? "" });
    } else {
      const owned = { ...ownedValues(row, asOf, asOf) };
      for (const [key, value] of Object.entries(owned) as [OwnedKey, WriteValue][])
        writes.push({ row: nextRow, column: columns.index[key], value });
      writes.push({ row: nextRow, column: columns.index.panelDecision, value: text("New") });
      nextRow++;
      findings.push({ ...findingOf(row), isNew: true, panelDecision: "New" });
    }
  }

  for (const record of existing?.records ?? []) {
    if (firing.has(keyOf(record.key)) || !grid) continue;
    const evidence = record.evidence ?? "";
    if (evidence.startsWith(NO_LONGER_TRIGGERED)) continue;
    const marked = `${NO_LONGER_TRIGGERED} at the scan of ${formatUkDate(asOf)}. Earlier evidence: ${evidence}`;
    writeChanged(writes, grid, record.row, columns.index, {
      evidence: text(marked, true),
      lastUpdated: date(asOf),
    });
  }

  if (writes.length === 0 && existing) return { findings };
  const plan: SheetPlan = {
    sheet: triggersSheet?.name ?? TRIGGERS.name,
    create: triggersSheet === undefined,
    definition: TRIGGERS.key,
    writes,
  };
  // A new Triggers sheet is laid out once (table, drop-downs, colours); an existing one keeps its look.
  if (plan.create) {
    const headers = TRIGGERS.columns.map((column) => column.header);
    plan.layout = newSheetLayout(TRIGGERS, headers, rows.length);
  }
  return { plan, findings };
}

function findingOf(row: TriggerRow): Omit<TriggerFinding, "isNew" | "panelDecision"> {
  return {
    key: row.key,
    type: row.type,
    serviceArea: row.serviceArea,
    subject: row.subject,
    evidence: row.evidence,
    source: row.source,
  };
}

function ownedValues(
  row: TriggerRow,
  firstFlagged: Day,
  lastUpdated: Day
): Record<OwnedKey, WriteValue> {
  return {
    key: text(row.key, true),
    triggerType: text(row.type),
    serviceArea: row.serviceArea ? text(row.serviceArea, true) : BLANK_VALUE,
    indicator: text(row.subject, true),
    evidence: text(row.evidence, true),
    source: text(row.source, true),
    firstFlagged: date(firstFlagged),
    lastUpdated: date(lastUpdated),
  };
}

function writeChanged(
  writes: CellWrite[],
  grid: Grid,
  row: number,
  index: Record<TriggerKey, number>,
  values: Partial<Record<OwnedKey, WriteValue>>
): void {
  for (const [key, value] of Object.entries(values) as [OwnedKey, WriteValue][]) {
    const column = index[key];
    const current = grid.cell(row, column - grid.sheetColumn(0));
    if (changes(current, value)) writes.push({ row: grid.sheetRow(row), column, value });
  }
}

/** Sheet columns of every Triggers column: found by header, else added at the right (with a header write). */
function columnPositions(layout: TableLayout<TriggerKey> | undefined): {
  index: Record<TriggerKey, number>;
  headerWrites: CellWrite[];
} {
  const index = {} as Record<TriggerKey, number>;
  const headerWrites: CellWrite[] = [];
  if (!layout) {
    TRIGGERS.columns.forEach((column, i) => {
      index[column.key] = i;
      headerWrites.push({ row: 0, column: i, value: text(column.header) });
    });
    return { index, headerWrites };
  }
  const { grid, headerRow } = layout;
  let next = grid.sheetColumn(grid.columnCount);
  for (const column of TRIGGERS.columns) {
    const found = layout.columns[column.key];
    if (found !== undefined) {
      index[column.key] = grid.sheetColumn(found);
    } else {
      index[column.key] = next;
      headerWrites.push({
        row: grid.sheetRow(headerRow),
        column: next++,
        value: text(column.header),
      });
    }
  }
  return { index, headerWrites };
}
