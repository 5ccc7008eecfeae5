import { readDate, readText } from "../cells";
import { dataRows, Grid, TableLayout, repeatedColumnProblems } from "../grid";
import { PANEL_DECISION_LIST } from "../sheets/lists";
import { Problem } from "../problems";
import { TriggerRecord } from "../records";
import { TRIGGERS } from "../sheets/kept";

type TriggerKey = (typeof TRIGGERS.columns)[number]["key"];

/**
 * The Triggers sheet as it stands, so a rescan can merge into it: evidence refreshed, the panel's
 * decision and notes carried over untouched. Every row that names a trigger is read, with or without a
 * key (docs/workbook.md, Triggers: panels type rows by hand and leave the key blank); which trigger a row is,
 * and two rows for one trigger, are the scan's to work out (engine/triggers.ts), since an indicator's
 * code and names come from the KPI sheets. A row with none of key, trigger type and indicator (notes
 * alone) is not a trigger and is left out.
 */
export function readTriggers(
  layout: TableLayout<TriggerKey>,
  problems: Problem[]
): TriggerRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: TriggerRecord[] = [];
  for (const row of dataRows(layout)) {
    const key = grid.read(row, columns.key, readText, problems);
    const triggerType = grid.read(row, columns.triggerType, readText, problems);
    const serviceArea = grid.read(row, columns.serviceArea, readText, problems);
    const indicator = grid.read(row, columns.indicator, readText, problems);
    if (key === undefined && triggerType === undefined && indicator === undefined) continue;
    records.push({
      row,
      key,
      triggerType,
      serviceArea,
      indicator,
      evidence: grid.read(row, columns.evidence, readText, problems),
      source: grid.read(row, columns.source, readText, problems),
      firstFlagged: grid.read(row, columns.firstFlagged, readDate, problems),
      lastUpdated: grid.read(row, columns.lastUpdated, readDate, problems),
      panelDecision: readPanelDecision(grid, row, columns.panelDecision, problems),
      panelNotes: grid.read(row, columns.panelNotes, readText, problems),
    });
  }
  return records;
}

/** §11.3: the panel's decision is one of its four words; anything else is kept as written and reported. */
function readPanelDecision(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[]
): string | undefined {
  const decision = grid.read(row, column, readText, problems);
  if (decision === undefined || column === undefined) return decision;
  const known = PANEL_DECISION_LIST.find((word) => word.toLowerCase() === decision.toLowerCase());
  if (known === undefined) {
    problems.push(
      grid.problem(
        row,
        column,
        `"${decision}" is not a panel decision: choose ${PANEL_DECISION_LIST.slice(0, -1).join(", ")} or ${PANEL_DECISION_LIST[PANEL_DECISION_LIST.length - 1]}`
      )
    );
  }
  return decision;
}
