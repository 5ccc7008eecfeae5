import {
  describePublicationGap,
  PublicationGap,
  ReportedMeasure,
  SurveyDetails,
  tsmPublicationGaps,
} from "../domain/tsm/publicationCheck";
import { SurveyAccuracy } from "../domain/surveys/accuracy";
import { cellAddress, parseReference } from "../workbook/address";
import { Grid, locateTable, TableLayout } from "../workbook/grid";
import { Problem } from "../workbook/problems";
import { KpiIndicatorRecord, KpiSheetRead, TsmSurveyRecord } from "../workbook/records";
import { KPI, TSM_SURVEY } from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { PublicationGapFinding } from "./findings";

/** The Regulator's Tenant Satisfaction Measures by code, parts included: `TP01`, `RP02(1)`, `CH02`. */
const TSM_CODE = /^(TP(0[1-9]|1[0-2])|RP0[12]|BS0[1-5]|CH0[12]|NM01)(\([12]\))?$/;
const codeKey = (code: string): string => code.toUpperCase().replace(/\s+/g, "");

type KpiKey = (typeof KPI.columns)[number]["key"];

/** Where on a KPI sheet a measure's details are, for the problems that name them. */
interface MeasureCells {
  grid: Grid;
  row: number;
  /** The Code cell, else the Indicator cell. */
  named: number;
  columns: Partial<Record<KpiKey, number>>;
}

/**
 * docs/rules.md, "Tenant Satisfaction Measures: publication": the publication check over every TSM the KPI
 * sheets report (a row with at least one figure), and the TSM survey sheet's survey for the perception
 * measures that do not give their own. Each gap is a problem naming its cell: the measure's Timescale
 * or Responses cell when the sheet has that column, else its Code (or Indicator) cell; a missing part at
 * the parts that are reported; the survey's gaps at its Responses cell.
 */
export function publicationCheck(
  snapshot: WorkbookSnapshot,
  kpiSheets: readonly KpiSheetRead[],
  survey:
    | { layout: TableLayout<(typeof TSM_SURVEY.columns)[number]["key"]>; survey?: TsmSurveyRecord }
    | undefined,
  accuracy: SurveyAccuracy
): { gaps: PublicationGapFinding[]; problems: Problem[] } {
  const cells = new Map<string, MeasureCells>();
  const measures: ReportedMeasure[] = [];
  for (const sheet of kpiSheets) {
    const snapshotSheet = snapshot.sheets.find((s) => s.name === sheet.sheet);
    if (!snapshotSheet) continue;
    const grid = new Grid(snapshotSheet);
    const layout = locateTable(grid, KPI);
    if (!layout) continue;
    for (const indicator of sheet.indicators) {
      if (!isReportedTsm(indicator)) continue;
      const named = layout.columns.code ?? (layout.columns.indicator as number);
      const where = grid.address(indicator.row, named);
      cells.set(where, { grid, row: indicator.row, named, columns: layout.columns });
      measures.push({
        code: codeKey(indicator.code as string),
        where,
        ...(indicator.timescale !== undefined ? { timescale: indicator.timescale } : {}),
        ...(indicator.responses !== undefined ? { responses: indicator.responses } : {}),
        ...(indicator.population !== undefined ? { population: indicator.population } : {}),
      });
    }
  }
  if (measures.length === 0) return { gaps: [], problems: [] };

  let details: SurveyDetails | undefined;
  if (survey?.survey) {
    const { grid, columns } = survey.layout;
    const where = grid.address(survey.survey.row, columns.responses as number);
    details = { where };
    if (survey.survey.responses !== undefined) details.responses = survey.survey.responses;
    if (survey.survey.population !== undefined) details.population = survey.survey.population;
  }

  const gaps = tsmPublicationGaps(measures, details, accuracy).map((gap): PublicationGapFinding => {
    const { where, codes } = placeOf(gap, cells);
    return { codes, message: describePublicationGap(gap), where, gap };
  });
  // Each gap is a problem too, at the cell it names.
  const problems = gaps.map(({ where, message }): Problem => {
    const cell = parseReference(where);
    return {
      sheet: cell?.sheet ?? "",
      address: where,
      message,
      ...(cell ? { cell: { row: cell.row, column: cell.column } } : {}),
    };
  });
  return { gaps, problems };
}

function isReportedTsm(indicator: KpiIndicatorRecord): boolean {
  return (
    indicator.code !== undefined &&
    TSM_CODE.test(codeKey(indicator.code)) &&
    indicator.periods.some((period) => period.actual !== undefined)
  );
}

/** The cell a gap is shown at, and the measures it is about. */
function placeOf(
  gap: PublicationGap,
  cells: ReadonlyMap<string, MeasureCells>
): { where: string; codes: string[] } {
  const at = (measure: ReportedMeasure, column: KpiKey): string => {
    const found = cells.get(measure.where);
    const index = found?.columns[column];
    return found && index !== undefined
      ? cellAddress(found.grid.name, found.grid.sheetRow(found.row), found.grid.sheetColumn(index))
      : measure.where;
  };
  switch (gap.kind) {
    case "missing part":
      return { where: (gap.reported[0] as ReportedMeasure).where, codes: [gap.missing] };
    case "no timescale":
      return { where: at(gap.measure, "timescale"), codes: [codeKey(gap.measure.code)] };
    case "no survey size":
      return {
        where: at(gap.measure, gap.missing[0] === "Population" ? "population" : "responses"),
        codes: [codeKey(gap.measure.code)],
      };
    case "survey size unusable":
    case "margin too wide":
      return { where: gap.where, codes: gap.codes };
  }
}
