import { cellAddress } from "../address";
import { TableLayout } from "../grid";
import { Problem } from "../problems";
import { KpiIndicatorRecord } from "../records";

/** An indicator's identity, as its trigger's key is made: its code, else its name (case and spaces aside). */
const identityOf = (indicator: KpiIndicatorRecord): string =>
  (indicator.code ?? indicator.indicator).trim().replace(/\s+/g, " ").toLowerCase();

/** The indicators read from one KPI sheet, with the layout they were read from (for addresses). */
export interface IndicatorsRead {
  layout: TableLayout<"indicator">;
  indicators: KpiIndicatorRecord[];
}

/**
 * One indicator once. Two rows of a wide sheet, two names of a long one, or two KPI sheets for the same
 * indicator — the same code, or the same name — would rate it twice and raise two triggers under one
 * key, each rescan writing over the other's evidence. The first (in sheet order, then row order) is
 * used; each later one is reported at its name, as a repeated month is. Gives the indicators kept, in
 * the order of `reads`.
 */
export function withoutRepeatedIndicators(
  reads: readonly IndicatorsRead[],
  problems: Problem[]
): KpiIndicatorRecord[][] {
  const firstAt = new Map<string, string>();
  return reads.map(({ layout, indicators }) => {
    const { grid } = layout;
    const column = layout.columns.indicator as number;
    return indicators.filter((indicator) => {
      const identity = identityOf(indicator);
      const earlier = firstAt.get(identity);
      if (earlier === undefined) {
        firstAt.set(
          identity,
          cellAddress(grid.name, grid.sheetRow(indicator.row), grid.sheetColumn(column))
        );
        return true;
      }
      const code = indicator.code === undefined ? "" : ` (${indicator.code})`;
      problems.push(
        grid.problem(
          indicator.row,
          column,
          `"${indicator.indicator}"${code} is already at ${earlier}: the first is used; delete this row or give it its own name`
        )
      );
      return false;
    });
  });
}
