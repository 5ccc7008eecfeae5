import { parsePanelYear, panelYearLabel } from "../../domain/calendar/panelYear";
import { RuleInputError } from "../../domain/errors";
import { parseTolerance } from "../../domain/kpi/polarity";
import { DEFAULT_SETTINGS, PanelSettings } from "../../domain/settings";
import { Cell, figureFromText, readText, toleranceFromText, toPercentPoints } from "../cells";
import { partsOf } from "../../domain/calendar/days";
import { headerKey } from "../definition";
import { dataRows, TableLayout, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { SETTINGS } from "../sheets/settings";

type SettingsKey = (typeof SETTINGS.columns)[number]["key"];

/** A row of the Settings sheet: its label, its default as written, and how a value sets it. */
export interface SettingRow {
  label: string;
  written(settings: PanelSettings): string | number;
  /** Sets the value, or throws RuleInputError saying what to write. */
  apply(settings: PanelSettings, value: Cell): void;
}

/**
 * A figure typed as text, through the one reading of text figures (cells.ts, UK style): a figure in
 * another style says so (`"2,5" is not a number in UK style…`) rather than being taken for no number.
 */
function textFigure(text: string): { value: number; percent: boolean } | undefined {
  const figure = figureFromText(text);
  if (figure !== undefined && "problem" in figure) throw new RuleInputError(figure.problem);
  return figure;
}

/** A text figure's value (a trailing `%` dropped), NaN when the text is not a figure. */
const figureOf = (text: string): number => textFigure(text)?.value ?? NaN;

/** A whole number; a percentage-formatted cell reads in percent points (0.75 shown as 75% is 75). */
function wholeNumber(cell: Cell, least: number, most = Infinity): number {
  const value =
    cell.kind === "number"
      ? cell.format === "percent"
        ? toPercentPoints(cell.value)
        : cell.value
      : cell.kind === "text"
        ? figureOf(cell.text)
        : NaN;
  if (!Number.isInteger(value) || value < least || value > most)
    throw new RuleInputError(
      most === Infinity
        ? `give a whole number of at least ${least}`
        : `give a whole number from ${least} to ${most}`
    );
  return value;
}

const count = (
  label: string,
  least: number,
  get: (s: PanelSettings) => number,
  set: (s: PanelSettings, n: number) => void,
  most?: number
): SettingRow => ({
  label,
  written: get,
  apply: (settings, cell) => set(settings, wholeNumber(cell, least, most)),
});

/** Every *setting* of RULES.md, one row each, in the order the Settings template lists them. */
export const SETTING_ROWS: readonly SettingRow[] = [
  count(
    "Most tenant members",
    1,
    (s) => s.composition.tenantMembers,
    (s, n) => (s.composition.tenantMembers = n)
  ),
  count(
    "Most Tenants' Forum members",
    0,
    (s) => s.composition.tenantsForum,
    (s, n) => (s.composition.tenantsForum = n)
  ),
  count(
    "Most Silver Service Forum members",
    0,
    (s) => s.composition.silverServiceForum,
    (s, n) => (s.composition.silverServiceForum = n)
  ),
  count(
    "Most general members",
    0,
    (s) => s.composition.general,
    (s, n) => (s.composition.general = n)
  ),
  count(
    "Most deputies",
    0,
    (s) => s.composition.deputies,
    (s, n) => (s.composition.deputies = n)
  ),
  // §4.5: a share of the training; over 100% no member could ever complete it.
  count(
    "Training needed for full membership (%)",
    0,
    (s) => s.trainingThresholdPercent,
    (s, n) => (s.trainingThresholdPercent = n),
    100
  ),
  count(
    "Warn when a term ends within (days)",
    0,
    (s) => s.termEndWarningDays,
    (s, n) => (s.termEndWarningDays = n)
  ),
  {
    label: "Renewal rotation year 1 (panel year)",
    written: (s) => panelYearLabel(s.firstRotationYear),
    apply: (s, cell) => {
      if (cell.kind !== "text" && cell.kind !== "number")
        throw new RuleInputError("write a panel year such as 2026/27");
      s.firstRotationYear = parsePanelYear(cell.kind === "text" ? cell.text : cell.value);
    },
  },
  count(
    "Consecutive absences that lapse a place",
    1,
    (s) => s.lapse.consecutiveAbsences,
    (s, n) => (s.lapse.consecutiveAbsences = n)
  ),
  count(
    "Absences in 12 months that lapse a place",
    1,
    (s) => s.lapse.absencesIn12Months,
    (s, n) => (s.lapse.absencesIn12Months = n)
  ),
  {
    label: "Panel year starts (day/month)",
    written: (s) =>
      `${String(s.panelYearStart.day).padStart(2, "0")}/${String(s.panelYearStart.month).padStart(2, "0")}`,
    apply: (s, cell) => {
      // Excel turns a typed 01/09 into a date: a date cell gives its day and month.
      const fromDate =
        cell.kind === "number" && cell.format === "date"
          ? partsOf(Math.floor(cell.value))
          : undefined;
      const match = cell.kind === "text" ? /^(\d{1,2})\/(\d{1,2})$/.exec(cell.text) : null;
      const day = fromDate?.day ?? Number(match?.[1]);
      const month = fromDate?.month ?? Number(match?.[2]);
      if ((!match && !fromDate) || month < 1 || month > 12 || day < 1 || day > 28) {
        throw new RuleInputError(
          "write the day and month the panel year starts, such as 01/09 (days after the 28th are not allowed)"
        );
      }
      s.panelYearStart = { day, month };
    },
  },
  count(
    "Meetings a year",
    1,
    (s) => s.meetingsPerYear,
    (s, n) => (s.meetingsPerYear = n)
  ),
  count(
    "Clear working days' notice",
    0,
    (s) => s.noticeClearWorkingDays,
    (s, n) => (s.noticeClearWorkingDays = n)
  ),
  count(
    "Scheduled reviews a year",
    0,
    (s) => s.scheduledReviewsPerYear,
    (s, n) => (s.scheduledReviewsPerYear = n)
  ),
  count(
    "Months from implementation to impact assessment",
    1,
    (s) => s.impactAssessmentMonths,
    (s, n) => (s.impactAssessmentMonths = n)
  ),
  {
    label: "KPI tolerance (near miss)",
    written: (s) =>
      s.kpiTolerance.kind === "percentOfTarget" ? `${s.kpiTolerance.value}%` : s.kpiTolerance.value,
    apply: (s, cell) => {
      if (cell.kind === "number")
        s.kpiTolerance =
          cell.format === "percent"
            ? { kind: "percentOfTarget", value: toPercentPoints(cell.value) }
            : parseTolerance(cell.value);
      else if (cell.kind === "text") {
        const tolerance = toleranceFromText(cell.text);
        if ("problem" in tolerance) throw new RuleInputError(tolerance.problem);
        s.kpiTolerance = tolerance.value;
      } else
        throw new RuleInputError(
          "write a percentage of the target such as 5%, or a number in the target's unit"
        );
    },
  },
  count(
    "Periods worse than target that trigger a review",
    1,
    (s) => s.consecutivePeriodsWorse,
    (s, n) => (s.consecutivePeriodsWorse = n)
  ),
  count(
    "Complaints on one theme that trigger a review",
    1,
    (s) => s.complaintThemes.minimumComplaints,
    (s, n) => (s.complaintThemes.minimumComplaints = n)
  ),
  count(
    "Months of complaints looked at",
    1,
    (s) => s.complaintThemes.months,
    (s, n) => (s.complaintThemes.months = n)
  ),
  // §4.4 (issue 7): a fraction of the tenants' share, 0.5 or 50%.
  {
    label: "Under-representation threshold",
    written: (s) => s.underRepresentationThreshold,
    apply: (s, cell) => (s.underRepresentationThreshold = fractionOf(cell)),
  },
];

/** A fraction from 0 to 1: `0.5`, `50%`, or 0.5 in a percentage-formatted cell. */
function fractionOf(cell: Cell): number {
  const figure = cell.kind === "text" ? textFigure(cell.text) : undefined;
  const value =
    cell.kind === "number"
      ? cell.value
      : figure === undefined
        ? NaN
        : figure.percent
          ? figure.value / 100
          : figure.value;
  if (!(value >= 0 && value <= 1))
    throw new RuleInputError(
      "give a fraction from 0 to 1 such as 0.5, or a percentage such as 50%"
    );
  return value;
}

const BY_LABEL = new Map(SETTING_ROWS.map((row) => [headerKey(row.label), row]));

export function copyOfDefaults(): PanelSettings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** WORKBOOK.md, Settings: known settings change the defaults; an unknown name or a bad value is a problem and the default stays. */
export function readSettings(layout: TableLayout<SettingsKey>, problems: Problem[]): PanelSettings {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const settings = copyOfDefaults();
  const seen = new Set<SettingRow>();
  for (const row of dataRows(layout)) {
    const label = grid.read(row, columns.setting, readText, problems);
    if (label === undefined) continue;
    const definition = BY_LABEL.get(headerKey(label));
    if (!definition) {
      problems.push(
        grid.problem(
          row,
          columns.setting as number,
          `"${label}" is not a setting the add-in knows; it is ignored`
        )
      );
      continue;
    }
    if (seen.has(definition)) {
      problems.push(
        grid.problem(
          row,
          columns.setting as number,
          `"${label}" is set again here: the first row is used`
        )
      );
      continue;
    }
    seen.add(definition);
    const value = grid.cell(row, columns.value as number);
    if (value.kind === "blank") continue;
    try {
      definition.apply(settings, value);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      problems.push(
        grid.problem(
          row,
          columns.value as number,
          `${definition.label}: ${error.message.replace(/\.$/, "")}; the default ${definition.written(DEFAULT_SETTINGS)} is used`
        )
      );
    }
  }
  return settings;
}
