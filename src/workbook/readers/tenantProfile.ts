import { Day, formatUkDate } from "../../domain/calendar/days";
import {
  groupKey,
  parseRepresentationDimension,
  RepresentationDimension,
} from "../../domain/members/representation";
import { readDate, readNumber, readText } from "../cells";
import { headerKey } from "../definition";
import { dataRows, repeatedColumnProblems, TableLayout } from "../grid";
import { Problem } from "../problems";
import { TenantProfileRead, TenantShareRecord } from "../records";
import { TENANT_PROFILE } from "../sheets/tenantProfile";

type TenantProfileKey = (typeof TENANT_PROFILE.columns)[number]["key"];

/** Shares are often rounded: a dimension adding up to within this many points of 100 is accepted. */
const ROUNDING_POINTS = 2;

/**
 * §4.4: the Tenant profile, one group a row (the definition says how it is laid out). A row
 * needs its dimension, group and share; a group given twice, shares that do not add up to 100%, a date
 * that differs from the first, and no date at all are each reported, and the rest is still read.
 */
export function readTenantProfile(
  layout: TableLayout<TenantProfileKey>,
  problems: Problem[]
): TenantProfileRead {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const shares: TenantShareRecord[] = [];
  const seen = new Map<string, number>();
  let dated: { day: Day; row: number } | undefined;

  for (const row of dataRows(layout)) {
    const labelled = datedRowProblem(layout, row);
    if (labelled) {
      problems.push(labelled);
      continue;
    }
    const day = grid.read(row, columns.figuresDated, readDate, problems);
    if (day !== undefined && dated === undefined) dated = { day, row };
    else if (day !== undefined && dated !== undefined && day !== dated.day)
      problems.push(
        grid.problem(
          row,
          columns.figuresDated as number,
          `the figures are dated ${formatUkDate(dated.day)} on row ${grid.sheetRow(dated.row) + 1}: give one date for the whole profile; ${formatUkDate(dated.day)} is used`
        )
      );

    const dimensionText = grid.required(
      row,
      columns.dimension as number,
      readText,
      problems,
      "this row has no dimension: write Age band or Ethnicity, or clear the row"
    );
    const group = grid.required(
      row,
      columns.group as number,
      readText,
      problems,
      "this row has no group: name the age band or ethnic group, or clear the row"
    );
    const share = readShare(layout, row, problems);
    if (dimensionText === undefined || group === undefined) continue;
    const dimension = parseRepresentationDimension(dimensionText);
    if (dimension === undefined) {
      problems.push(
        grid.problem(
          row,
          columns.dimension as number,
          `"${dimensionText}" is not a dimension of the tenant profile: write Age band or Ethnicity (§4.4)`
        )
      );
      continue;
    }
    if (share === undefined) continue;
    const key = `${dimension}|${groupKey(group)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        grid.problem(
          row,
          columns.group as number,
          `${dimension} ${group} is given again here: the first (row ${grid.sheetRow(first) + 1}) is used`
        )
      );
      continue;
    }
    seen.set(key, row);
    shares.push({ row, dimension, group, share });
  }

  problems.push(...totalProblems(layout, shares));
  if (dated === undefined && shares.length > 0)
    problems.push({
      sheet: grid.name,
      address: grid.name,
      message:
        "the tenant profile has no date: add a column headed Figures dated and give the date of the figures, so the panel knows how current they are",
    });
  return { shares, figuresDate: dated?.day };
}

/** A row labelled `Figures dated` (the date given as a row, not in its column) is reported, not guessed. */
function datedRowProblem(layout: TableLayout<TenantProfileKey>, row: number): Problem | undefined {
  const { grid } = layout;
  for (let column = 0; column < grid.columnCount; column++) {
    const cell = grid.cell(row, column);
    if (cell.kind === "text" && headerKey(cell.text) === headerKey("Figures dated"))
      return grid.problem(
        row,
        column,
        "the date of the figures is read from a column headed Figures dated, not from a row: move the date into that column and clear this row"
      );
  }
  return undefined;
}

/** A share of tenants in percent points, 0 to 100. */
function readShare(
  layout: TableLayout<TenantProfileKey>,
  row: number,
  problems: Problem[]
): number | undefined {
  const { grid, columns } = layout;
  const column = columns.share as number;
  const share = grid.required(
    row,
    column,
    readNumber,
    problems,
    "this group has no share: give the share of tenants in it, such as 12%"
  );
  if (share === undefined || (share >= 0 && share <= 100)) return share;
  problems.push(
    grid.problem(
      row,
      column,
      `a share of ${share}% is not possible: give a percentage from 0 to 100`
    )
  );
  return undefined;
}

/** Each dimension's shares should add up to 100% (within rounding). */
function totalProblems(
  layout: TableLayout<TenantProfileKey>,
  shares: readonly TenantShareRecord[]
): Problem[] {
  const { grid, columns } = layout;
  const dimensions = [...new Set(shares.map((s) => s.dimension))];
  return dimensions.flatMap((dimension: RepresentationDimension) => {
    const rows = shares.filter((s) => s.dimension === dimension);
    const total = Math.round(rows.reduce((sum, s) => sum + s.share, 0) * 100) / 100;
    if (Math.abs(total - 100) <= ROUNDING_POINTS) return [];
    const hint =
      total <= 1 + ROUNDING_POINTS / 100
        ? ": shares typed as fractions (0.12) in cells not formatted as percentages read as 0.12%; write 12% or 12"
        : ": check the figures";
    const first = rows[0] as TenantShareRecord;
    return [
      grid.problem(
        first.row,
        columns.share as number,
        `the ${dimension} shares add up to ${total}%, not 100%${hint}`
      ),
    ];
  });
}
