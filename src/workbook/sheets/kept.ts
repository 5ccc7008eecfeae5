import { KPI_STATUSES } from "../../domain/kpi/types";
import { CONTEXT_POSITIONS, HALVES, QUARTILES } from "../../domain/kpi/quartile";
import { SheetDefinition } from "../definition";
import { PANEL_DECISION_LIST, POLARITY_LIST, TRIGGER_TYPE_LIST } from "./lists";

/** KPI status's `Quartile` words (domain/kpi/quartile.ts, describeBenchmarkPosition). */
const QUARTILE_WORDS = [...QUARTILES, ...HALVES, ...CONTEXT_POSITIONS] as const;

/** docs/workbook.md, kept by the add-in: KPI status, one row per indicator. */
export const KPI_STATUS = {
  key: "kpiStatus",
  name: "KPI status",
  ownedSheet: true,
  columns: [
    { key: "indicator", header: "Indicator", required: true, kind: "text", owned: true },
    { key: "code", header: "Code", kind: "text", owned: true },
    { key: "serviceArea", header: "Service area", kind: "text", owned: true },
    { key: "polarity", header: "Polarity", kind: "choice", owned: true, list: POLARITY_LIST },
    { key: "latestPeriod", header: "Latest period", kind: "month", owned: true },
    { key: "actual", header: "Actual", kind: "number", owned: true },
    { key: "target", header: "Target", kind: "number", owned: true },
    { key: "status", header: "Status", kind: "choice", owned: true, list: KPI_STATUSES },
    { key: "periodsWorse", header: "Periods worse than target", kind: "number", owned: true },
    { key: "trend", header: "Trend", kind: "text", owned: true },
    // Where the latest figure falls among the Benchmarks sheet's quartiles.
    { key: "quartile", header: "Quartile", kind: "choice", owned: true, list: QUARTILE_WORDS },
    { key: "source", header: "Source", kind: "text", owned: true },
  ],
} as const satisfies SheetDefinition;

/**
 * KPI status as versions before 0.3.0 wrote it, without `Quartile`: adopted as the add-in's and
 * given the column on the next scan (engine/kpis.ts, kpiStatusColumns).
 */
export const KPI_STATUS_BEFORE_QUARTILE = {
  ...KPI_STATUS,
  columns: KPI_STATUS.columns.filter((column) => column.key !== "quartile"),
} as const satisfies SheetDefinition;

/**
 * docs/workbook.md, kept by the add-in: Triggers, one row per trigger. `Panel decision` and `Panel notes`
 * are the panel's (§11.3: every trigger is discussed before a review plan): a rescan never changes them.
 */
export const TRIGGERS = {
  key: "triggers",
  name: "Triggers",
  aliases: ["Review triggers"],
  ownedSheet: true,
  columns: [
    { key: "key", header: "Key", required: true, kind: "text", owned: true },
    {
      key: "triggerType",
      header: "Trigger type",
      required: true,
      kind: "choice",
      owned: true,
      list: TRIGGER_TYPE_LIST,
    },
    { key: "serviceArea", header: "Service area", kind: "text", owned: true },
    {
      key: "indicator",
      header: "Indicator",
      aliases: ["Indicator or theme", "Theme"],
      kind: "text",
      owned: true,
    },
    { key: "evidence", header: "Evidence", kind: "text", owned: true },
    { key: "source", header: "Source", kind: "text", owned: true },
    { key: "firstFlagged", header: "First flagged", kind: "date", owned: true },
    { key: "lastUpdated", header: "Last updated", kind: "date", owned: true },
    {
      key: "panelDecision",
      header: "Panel decision",
      kind: "choice",
      panels: true,
      list: PANEL_DECISION_LIST,
    },
    { key: "panelNotes", header: "Panel notes", kind: "text", panels: true },
  ],
} as const satisfies SheetDefinition;

/** docs/workbook.md, kept by the add-in: the Summary for the Tenants' Forum (§2.5). Laid out by the engine. */
export const SUMMARY = {
  key: "summary",
  name: "Summary",
  aliases: ["Panel summary"],
  ownedSheet: true,
  columns: [],
} as const satisfies SheetDefinition;
