import { readDate, readText } from "../cells";
import { dataRows, Grid, TableLayout, repeatedColumnProblems } from "../grid";
import { PANEL_DECISION_LIST } from "../sheets/lists";
import { Problem } from "../problems";
import { TriggerRecord } from "../records";
import { TRIGGERS } from "../sheets/kept";

type TriggerKey = (typeof TRIGGERS.columns)[number]["key"];

/** Keys match as the scan matches them: case and spaces aside. */
const keyOf = (key: string): string => key.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The Triggers sheet as it stands, so a rescan can merge into it: evidence refreshed, the panel's
 * decision and notes carried over untouched. A row without a key is the panel's own (kept, not merged).
 * One row a trigger: a key on a second row (a copied row) is reported and that row left as it is, so
 * the rescan keeps the first up to date and no decision is split between two rows unnoticed.
 */
export function readTriggers(
  layout: TableLayout<TriggerKey>,
  problems: Problem[]
): TriggerRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: TriggerRecord[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of dataRows(layout)) {
    const key = grid.read(row, columns.key, readText, problems);
    if (key === undefined) continue;
    const earlier = firstRowOf.get(keyOf(key));
    if (earlier !== undefined) {
      problems.push(
        grid.problem(
          row,
          columns.key as number,
          `the trigger "${key}" is already on row ${grid.sheetRow(earlier) + 1}: that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row`
        )
      );
      continue;
    }
    firstRowOf.set(keyOf(key), row);
    records.push({
      row,
      key,
      triggerType: grid.read(row, columns.triggerType, readText, problems),
      serviceArea: grid.read(row, columns.serviceArea, readText, problems),
      indicator: grid.read(row, columns.indicator, readText, problems),
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
