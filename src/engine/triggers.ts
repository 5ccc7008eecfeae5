import { Day, formatMonth, formatUkDate } from "../domain/calendar/days";
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
import { figure, kpiEvidence } from "./kpis";
import { KpiFinding, OverdueClock, TriggerFinding, TriggerType } from "./findings";
import { firesBenchmarkTrigger } from "./benchmarks";
import { FROM_THE_LOG } from "./complaintMeasures";
import { BenchmarkTriggerSetting } from "../domain/kpi/quartile";
import { polarityLabel } from "../domain/kpi/polarity";
import { canAcceptTrigger, isAcceptedIntoProgramme } from "../domain/reviews/triggerDecisions";
import {
  raisedTriggerIdentity,
  rowTriggerIdentity,
  TriggerIdentity,
  triggerTypeOf,
} from "./triggerIdentity";

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
  /** Which trigger it is, to find its row when the panel typed it by hand (triggerIdentity.ts). */
  identity: TriggerIdentity;
  /** The overdue complaints and hazards a `Customer complaints` trigger on the clocks counts. */
  overdue?: OverdueClock[];
}

const keyOf = (key: string): string => key.trim().replace(/\s+/g, " ").toLowerCase();

export { NO_LONGER_TRIGGERED };

export function responsiveTriggerRows(kpis: KpiFinding[]): TriggerRow[] {
  return kpis.flatMap((finding) =>
    finding.trigger
      ? [
          {
            // The log's own CH02 is a trigger apart from a reported CH02's, by key and name.
            key: finding.fromLog
              ? `Responsive: ${finding.fromLog.code} (complaints log)`
              : `Responsive: ${finding.code ?? finding.indicator}`,
            type: "Responsive" as const,
            serviceArea: finding.serviceArea ?? "",
            subject: finding.indicator,
            evidence: kpiEvidence(finding),
            source: finding.fromLog
              ? FROM_THE_LOG
              : (finding.triggerSources ?? [finding.sheet]).join(", "),
            identity: finding.fromLog
              ? raisedTriggerIdentity("Responsive", finding.indicator)
              : raisedTriggerIdentity("Responsive", finding.indicator, finding.code),
          },
        ]
      : []
  );
}

/**
 * docs/rules.md, "Benchmarks": the optional `Benchmark` trigger (*setting*: off, bottom quartile or below the
 * median) on a reported measure, with its figure and the quartiles as evidence.
 */
export function benchmarkTriggerRows(
  kpis: KpiFinding[],
  setting: BenchmarkTriggerSetting
): TriggerRow[] {
  return kpis.flatMap((finding) => {
    const { benchmark, latest } = finding;
    if (!benchmark || !latest || !firesBenchmarkTrigger(finding, setting)) return [];
    const quartiles = [
      benchmark.lowerQuartile !== undefined
        ? `lower quartile ${figure(benchmark.lowerQuartile, finding.unit)}`
        : "",
      `median ${figure(benchmark.median, finding.unit)}`,
      benchmark.upperQuartile !== undefined
        ? `upper quartile ${figure(benchmark.upperQuartile, finding.unit)}`
        : "",
    ].filter((part) => part !== "");
    const polarity = polarityLabel(finding.polarity ?? "higher").toLowerCase();
    return [
      {
        key: `Benchmark: ${finding.code ?? finding.indicator}`,
        type: "Benchmark" as const,
        serviceArea: finding.serviceArea ?? "",
        subject: finding.indicator,
        evidence: `${benchmark.quartile}: ${formatMonth(latest.period)} ${figure(latest.actual, finding.unit)} against ${quartiles.join(", ")} (${benchmark.source ?? "the Benchmarks sheet"}; ${polarity}; Benchmark trigger: ${setting})`,
        source: [finding.source ?? finding.sheet, benchmark.where].join(", "),
        identity: raisedTriggerIdentity("Benchmark", finding.indicator, finding.code),
      },
    ];
  });
}

/** The subject of the trigger on overdue complaints and hazards. */
export const OVERDUE_CLOCKS_SUBJECT = "Complaints and hazards overdue";

/**
 * docs/rules.md, "Triggers from the clocks": `Customer complaints` when at least the *setting* (3) of
 * complaints and in-scope hazards are overdue at the scan, their references and due dates as evidence.
 * The evidence names no date of the scan, so it (and Last updated) changes only when the list does.
 */
export function overdueClocksTriggerRows(overdue: OverdueClock[], threshold: number): TriggerRow[] {
  if (overdue.length === 0 || overdue.length < threshold) return [];
  const complaints = overdue.filter((clock) => clock.kind === "complaint");
  const hazards = overdue.filter((clock) => clock.kind === "hazard");
  const listed = (clocks: OverdueClock[], what: string): string =>
    clocks.length === 0
      ? ""
      : `${what}: ${clocks.map((clock) => `${clock.reference} (${clock.step} due ${clock.dueText})`).join(", ")}`;
  const parts = [
    listed(complaints, complaints.length === 1 ? "complaint" : "complaints"),
    listed(hazards, hazards.length === 1 ? "hazard" : "hazards"),
  ].filter((part) => part !== "");
  return [
    {
      key: `Customer complaints: ${OVERDUE_CLOCKS_SUBJECT}`,
      type: "Customer complaints" as const,
      serviceArea: complaints.length >= hazards.length ? "Complaints" : "Repairs and maintenance",
      subject: OVERDUE_CLOCKS_SUBJECT,
      evidence: `${overdue.length} overdue under the Complaint Handling Code and Awaab's Law, where ${threshold} or more trigger a review (§11.2): ${parts.join("; ")}`,
      source: overdue.map((clock) => clock.where).join(", "),
      identity: raisedTriggerIdentity("Customer complaints", OVERDUE_CLOCKS_SUBJECT),
      overdue,
    },
  ];
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
      identity: raisedTriggerIdentity("Customer complaints", theme.theme),
    };
  });
}

export interface TriggersMerge {
  plan?: SheetPlan;
  findings: TriggerFinding[];
  /** A Triggers sheet without its headers, and rows that repeat a trigger. */
  problems: Problem[];
}

/**
 * Merges this scan's triggers into the Triggers sheet (docs/rules.md, §11.3; docs/workbook.md, Triggers): each
 * trigger's row is found by its key, else by its trigger type and its indicator (name, code or catalogue
 * alias) or complaints theme, so a row the panel typed by hand without a key is the trigger's row.
 * Evidence and source are refreshed (Last updated moves only when they change) and the key filled in;
 * new triggers are appended with the panel decision `New`, none duplicated. The panel's decision and
 * notes are never written over, and no row is deleted: a trigger that has stopped firing is marked "No
 * longer triggered" and kept. Two rows for one trigger are a problem naming both; the first is kept up
 * to date and the other left as it is.
 */
export function mergeTriggers(
  rows: TriggerRow[],
  existing: { layout: TableLayout<TriggerKey>; records: TriggerRecord[] } | undefined,
  triggersSheet: SheetSnapshot | undefined,
  asOf: Day
): TriggersMerge {
  if (triggersSheet && !existing) {
    const problem: Problem = {
      sheet: triggersSheet.name,
      address: triggersSheet.name,
      message:
        "the Triggers sheet has no header row with Key and Trigger type, so no triggers were written: restore the headers or rename the sheet",
    };
    return { findings: rows.map((row) => findingOf(row, true, "New")), problems: [problem] };
  }
  const records = existing?.records ?? [];
  const { rowOf, copies } = triggerRowsOnSheet(rows, records);
  const problems = existing ? copies.map((copy) => copyProblem(copy, existing.layout)) : [];

  const grid = existing?.layout.grid;
  const columns = columnPositions(existing?.layout);
  const writes: CellWrite[] = [...columns.headerWrites];
  const headerSheetRow = existing ? (grid as Grid).sheetRow(existing.layout.headerRow) : 0;
  let nextRow = grid ? grid.sheetRow(grid.rowCount) : headerSheetRow + 1;
  const findings: TriggerFinding[] = [];

  rows.forEach((row, i) => {
    const record = rowOf[i];
    if (record && grid) {
      const same = record.evidence === row.evidence && record.source === row.source;
      const owned = ownedValues(
        row,
        record.firstFlagged ?? asOf,
        same ? (record.lastUpdated ?? asOf) : asOf
      );
      writeChanged(writes, grid, record.row, columns.index, owned);
      findings.push(findingOf(row, false, record.panelDecision ?? ""));
    } else {
      const owned = { ...ownedValues(row, asOf, asOf) };
      for (const [key, value] of Object.entries(owned) as [OwnedKey, WriteValue][])
        writes.push({ row: nextRow, column: columns.index[key], value });
      writes.push({ row: nextRow, column: columns.index.panelDecision, value: text("New") });
      nextRow++;
      findings.push(findingOf(row, true, "New"));
    }
  });

  const firing = new Set(rowOf);
  const copied = new Set(copies.map((copy) => copy.row));
  for (const record of records) {
    // A row the panel typed without a key, for a trigger the scan does not raise, is the panel's own.
    if (firing.has(record) || copied.has(record) || record.key === undefined || !grid) continue;
    const evidence = record.evidence ?? "";
    if (evidence.startsWith(NO_LONGER_TRIGGERED)) continue;
    const marked = `${NO_LONGER_TRIGGERED} at the scan of ${formatUkDate(asOf)}. Earlier evidence: ${evidence}`;
    writeChanged(writes, grid, record.row, columns.index, {
      evidence: text(marked, true),
      lastUpdated: date(asOf),
    });
  }

  if (writes.length === 0 && existing) return { findings, problems };
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
  return { plan, findings, problems };
}

/** A second row for a trigger already on the sheet, with the row kept up to date and what to call it. */
interface CopiedRow {
  row: TriggerRecord;
  kept: TriggerRecord;
  trigger: string;
}

/**
 * Each trigger's row on the sheet, and the rows that repeat one. A row is a trigger's when it has the
 * trigger's key as the scan writes it, or, having no other trigger's key, the trigger's type and
 * indicator or theme (triggerIdentity.ts). Of a trigger's rows the first in sheet order is its row, so
 * the one the panel typed by hand stays the trigger's row once the scan has filled its key in. Rows of
 * triggers that no longer fire are compared with one another the same way, so two rows for one trigger
 * are found whether it fires or not.
 */
function triggerRowsOnSheet(
  rows: TriggerRow[],
  records: TriggerRecord[]
): { rowOf: (TriggerRecord | undefined)[]; copies: CopiedRow[] } {
  // Looked up, not compared pair by pair: a workbook of many indicators has many triggers and rows.
  const order = new Map(records.map((record, i) => [record, i]));
  const identities = new Map(records.map((record) => [record, rowTriggerIdentity(record)]));
  const byKey = new Map<string, TriggerRecord[]>();
  const byName = new Map<string, TriggerRecord[]>();
  const add = (index: Map<string, TriggerRecord[]>, name: string, record: TriggerRecord) =>
    index.set(name, [...(index.get(name) ?? []), record]);
  const namesOf = (identity: TriggerIdentity | undefined): string[] =>
    identity ? [...identity.names].map((name) => `${identity.type}|${name}`) : [];
  for (const record of records) {
    if (record.key !== undefined) add(byKey, keyOf(record.key), record);
    for (const name of namesOf(identities.get(record))) add(byName, name, record);
  }
  /** The rows with this key or one of these names, in sheet order. */
  const rowsNamed = (key: string | undefined, identity: TriggerIdentity | undefined) => {
    const found = new Set(key === undefined ? [] : (byKey.get(keyOf(key)) ?? []));
    for (const name of namesOf(identity))
      for (const record of byName.get(name) ?? []) found.add(record);
    return [...found].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  };

  /** Which trigger each row belongs to: by key first, so no trigger takes a row keyed for another. */
  const claimedBy = new Map<TriggerRecord, number>();
  const triggerByKey = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!triggerByKey.has(keyOf(row.key))) triggerByKey.set(keyOf(row.key), i);
  });
  for (const record of records) {
    const trigger = record.key === undefined ? undefined : triggerByKey.get(keyOf(record.key));
    if (trigger !== undefined) claimedBy.set(record, trigger);
  }
  const copies: CopiedRow[] = [];
  const keepFirst = (same: TriggerRecord[], trigger: string): TriggerRecord | undefined => {
    const [kept, ...others] = same;
    if (kept !== undefined) for (const row of others) copies.push({ row, kept, trigger });
    return kept;
  };

  const rowOf = rows.map((row, i) => {
    const same = rowsNamed(row.key, row.identity).filter(
      (record) => (claimedBy.get(record) ?? i) === i
    );
    for (const record of same) claimedBy.set(record, i);
    return keepFirst(same, row.key);
  });

  // Rows of triggers that do not fire now: the first of each trigger's rows is its row.
  for (const record of records) {
    if (claimedBy.has(record)) continue;
    const identity = identities.get(record);
    const same = rowsNamed(record.key, identity).filter((other) => !claimedBy.has(other));
    for (const other of same) claimedBy.set(other, -1);
    keepFirst(same, nameOf(record, identity));
  }
  return { rowOf, copies };
}

/** A row's trigger as the panel would say it: its key, else its type and indicator. */
function nameOf(record: TriggerRecord, identity: TriggerIdentity | undefined): string {
  if (record.key !== undefined) return record.key;
  const type = identity?.type ?? triggerTypeOf(record.triggerType) ?? record.triggerType ?? "";
  return `${type}: ${record.indicator ?? ""}`;
}

/** docs/workbook.md, Triggers: one row a trigger; a second is reported at its key cell, naming the first's. */
function copyProblem(copy: CopiedRow, layout: TableLayout<TriggerKey>): Problem {
  const { grid, columns } = layout;
  const column = columns.key as number;
  return grid.problem(
    copy.row.row,
    column,
    `this row is the same trigger as ${grid.address(copy.kept.row, column)} (${copy.trigger}): that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row`
  );
}

/** The trigger as the views show it, with what the panel's decision allows (§11.3). */
function findingOf(row: TriggerRow, isNew: boolean, panelDecision: string): TriggerFinding {
  return {
    key: row.key,
    type: row.type,
    serviceArea: row.serviceArea,
    subject: row.subject,
    evidence: row.evidence,
    source: row.source,
    ...(row.overdue ? { overdue: row.overdue } : {}),
    isNew,
    panelDecision,
    canAccept: canAcceptTrigger(panelDecision),
    acceptedIntoProgramme: isAcceptedIntoProgramme(panelDecision),
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
