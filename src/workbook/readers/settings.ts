import { parsePanelYear, panelYearLabel } from "../../domain/calendar/panelYear";
import { RuleInputError } from "../../domain/errors";
import { parseTolerance } from "../../domain/kpi/polarity";
import { DEFAULT_SETTINGS, PanelSettings } from "../../domain/settings";
import { STATUTORY_SETTING_SOURCES } from "../../domain/settingSources";
import { ALL_HAZARDS, HazardTypeInScope } from "../../domain/hazards/scope";
import { BENCHMARK_TRIGGER_CHOICES } from "../../domain/kpi/quartile";
import { isYearStart, PanelYearStart, parseYearStart } from "../../domain/calendar/panelYear";
import {
  Cell,
  figureFromText,
  readDate,
  readText,
  toleranceFromText,
  toPercentPoints,
} from "../cells";
import { formatUkDate, partsOf } from "../../domain/calendar/days";
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
  /** Where a statutory figure comes from (docs/rules.md: "its source named beside it in Settings"). */
  source?: string;
}

/** How a hazard type in scope is labelled on the Settings sheet. */
export const SCOPE_LABEL = "Awaab's Law in scope";
const ALL_EMERGENCY_HAZARDS = "All emergency hazards";
const SCOPE_ROW = /^awaab['’]?s\s+law\s+in\s+scope\s*:\s*(.*\S)\s*$/i;

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

/** A cell's figure, NaN for none; a percentage-formatted cell reads in percent points (75% is 75). */
const figureInCell = (cell: Cell): number =>
  cell.kind === "number"
    ? cell.format === "percent"
      ? toPercentPoints(cell.value)
      : cell.value
    : cell.kind === "text"
      ? figureOf(cell.text)
      : NaN;

/** A whole number; a percentage-formatted cell reads in percent points (0.75 shown as 75% is 75). */
function wholeNumber(cell: Cell, least: number, most = Infinity): number {
  const value = figureInCell(cell);
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

/** Every *setting* of docs/rules.md, one row each, in the order the Settings template lists them. */
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
    written: (s) => dayMonthText(s.panelYearStart),
    apply: (s, cell) => (s.panelYearStart = dayMonthOf(cell, "the panel year")),
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
  // §4.4: a fraction of the tenants' share, 0.5 or 50%.
  {
    label: "Under-representation threshold",
    written: (s) => s.underRepresentationThreshold,
    apply: (s, cell) => (s.underRepresentationThreshold = fractionOf(cell)),
  },
  ...statutoryRows(),
];

/** `01/09`: a day and month as the Settings sheet writes it. */
const dayMonthText = (start: PanelYearStart): string =>
  `${String(start.day).padStart(2, "0")}/${String(start.month).padStart(2, "0")}`;

/** A day and month (`01/09`), or a date cell (Excel turns a typed 01/09 into a date): its day and month. */
function dayMonthOf(cell: Cell, what: string): PanelYearStart {
  const start =
    cell.kind === "number" && cell.format === "date"
      ? partsOf(Math.floor(cell.value))
      : cell.kind === "text"
        ? parseYearStart(cell.text)
        : undefined;
  if (!start || !isYearStart(start)) {
    throw new RuleInputError(
      `write the day and month ${what} starts, such as 01/09 (days after the 28th are not allowed)`
    );
  }
  return { day: start.day, month: start.month };
}

/** A figure (not only whole numbers) from `least` to `most`; a percentage-formatted cell in percent points. */
function figureBetween(cell: Cell, least: number, most: number, inclusive = true): number {
  const value = figureInCell(cell);
  const within = inclusive ? value >= least && value <= most : value > least && value < most;
  if (!within)
    throw new RuleInputError(
      inclusive
        ? `give a number from ${least} to ${most}`
        : `give a number more than ${least} and less than ${most}`
    );
  return value;
}

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

/**
 * docs/rules.md, "Statutory clocks since 2024" and "Tenant Satisfaction Measures": every figure
 * a row, labelled as settingSources.ts names it, with its source beside it; the hazard types Awaab's Law
 * covers a row each (`Awaab's Law in scope: Damp and mould`, its start date as the value).
 */
function statutoryRows(): SettingRow[] {
  const sourceOf = (setting: string): { label: string; source: string } => {
    const entry = STATUTORY_SETTING_SOURCES.find((s) => s.setting === setting);
    if (!entry) throw new Error(`settingSources.ts names no source for ${setting}`);
    return { label: entry.figure, source: entry.source };
  };
  const days = (
    setting: string,
    get: (s: PanelSettings) => number,
    set: (s: PanelSettings, n: number) => void,
    least = 0
  ): SettingRow => ({ ...count(sourceOf(setting).label, least, get, set), ...sourceOf(setting) });
  const code = (
    stage: "stage1" | "stage2",
    figure: keyof PanelSettings["complaintHandlingCode"]["stage1"]
  ) =>
    days(
      `complaintHandlingCode.${stage}.${figure}`,
      (s) => s.complaintHandlingCode[stage][figure],
      (s, n) => (s.complaintHandlingCode[stage][figure] = n)
    );
  const awaab = (figure: keyof PanelSettings["awaabsLaw"], least = 0) =>
    days(
      `awaabsLaw.${figure}`,
      (s) => s.awaabsLaw[figure],
      (s, n) => (s.awaabsLaw[figure] = n),
      least
    );
  return [
    code("stage1", "acknowledgeWorkingDays"),
    code("stage1", "respondWorkingDays"),
    code("stage1", "extensionWorkingDays"),
    code("stage2", "acknowledgeWorkingDays"),
    code("stage2", "respondWorkingDays"),
    code("stage2", "extensionWorkingDays"),
    {
      ...sourceOf("ch02TargetPercent"),
      written: (s) => s.ch02TargetPercent,
      apply: (s, cell) => (s.ch02TargetPercent = figureBetween(cell, 0, 100)),
    },
    {
      ...sourceOf("homesOwned"),
      written: (s) => s.homesOwned ?? "",
      apply: (s, cell) => (s.homesOwned = wholeNumber(cell, 1)),
    },
    {
      ...sourceOf("tsmPeriods.yearStart"),
      written: (s) => dayMonthText(s.tsmPeriods.yearStart),
      apply: (s, cell) => (s.tsmPeriods.yearStart = dayMonthOf(cell, "the TSM reporting year")),
    },
    days(
      "tsmPeriods.recentMonths",
      (s) => s.tsmPeriods.recentMonths,
      (s, n) => (s.tsmPeriods.recentMonths = n),
      1
    ),
    awaab("emergencyHours", 1),
    awaab("investigateWorkingDays"),
    awaab("summaryWorkingDays"),
    awaab("safetyWorkWorkingDays"),
    awaab("preventativeWorkWorkingDays"),
    awaab("preventativeWorkWeeksWithReason"),
    ...DEFAULT_SETTINGS.hazardTypesInScope.map((entry) => scopeRow(entry, sourceOf)),
    days(
      "overdueClocksTrigger",
      (s) => s.overdueClocksTrigger,
      (s, n) => (s.overdueClocksTrigger = n),
      1
    ),
    {
      ...sourceOf("surveyAccuracy.marginPoints"),
      written: (s) => s.surveyAccuracy.marginPoints,
      apply: (s, cell) => (s.surveyAccuracy.marginPoints = figureBetween(cell, 0, 100, false)),
    },
    {
      ...sourceOf("surveyAccuracy.confidencePercent"),
      written: (s) => s.surveyAccuracy.confidencePercent,
      apply: (s, cell) => (s.surveyAccuracy.confidencePercent = figureBetween(cell, 0, 100, false)),
    },
    {
      ...sourceOf("benchmarkTrigger"),
      written: (s) => s.benchmarkTrigger,
      apply: (s, cell) => {
        const typed = cell.kind === "text" ? cell.text.trim().toLowerCase() : "";
        const choice = BENCHMARK_TRIGGER_CHOICES.find((c) => c.toLowerCase() === typed);
        if (!choice)
          throw new RuleInputError(
            `choose ${BENCHMARK_TRIGGER_CHOICES.join(", ").replace(/, ([^,]*)$/, " or $1")}`
          );
        s.benchmarkTrigger = choice;
      },
    },
  ];
}

/** `Damp and mould` (any category), `All hazards`, `All emergency hazards`: a row's label after the colon. */
function scopeTypeText(entry: Pick<HazardTypeInScope, "hazard" | "category">): string {
  if (entry.hazard === ALL_HAZARDS)
    return entry.category === "Emergency" ? ALL_EMERGENCY_HAZARDS : ALL_HAZARDS;
  return entry.hazard;
}

/** The hazard type and category a Settings label names, or undefined when it is not a scope row. */
export function scopeOfLabel(
  label: string
): Pick<HazardTypeInScope, "hazard" | "category"> | undefined {
  const typed = SCOPE_ROW.exec(label)?.[1];
  if (typed === undefined) return undefined;
  const key = headerKey(typed);
  if (key === headerKey(ALL_EMERGENCY_HAZARDS))
    return { hazard: ALL_HAZARDS, category: "Emergency" };
  if (key === headerKey(ALL_HAZARDS)) return { hazard: ALL_HAZARDS, category: "Any" };
  return { hazard: typed, category: "Any" };
}

function scopeRow(
  entry: HazardTypeInScope,
  sourceOf: (setting: string) => { label: string; source: string }
): SettingRow {
  const label = `${SCOPE_LABEL}: ${scopeTypeText(entry)}`;
  return {
    label,
    source: sourceOf("hazardTypesInScope").source,
    written: (s) => {
      const found = s.hazardTypesInScope.find(
        (e) => e.hazard === entry.hazard && e.category === entry.category
      );
      return found ? formatUkDate(found.from) : "";
    },
    // Read with every other scope row by readSettings, which takes the sheet's rows as the whole list.
    apply: () => undefined,
  };
}

const BY_LABEL = new Map(
  SETTING_ROWS.filter((row) => scopeOfLabel(row.label) === undefined).map((row) => [
    headerKey(row.label),
    row,
  ])
);

export function copyOfDefaults(): PanelSettings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** docs/workbook.md, Settings: known settings change the defaults; an unknown name or a bad value is a problem and the default stays. */
export function readSettings(layout: TableLayout<SettingsKey>, problems: Problem[]): PanelSettings {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const settings = copyOfDefaults();
  const seen = new Set<SettingRow>();
  // docs/rules.md, "Hazards": the types in scope are the sheet's scope rows when it has any (a type is taken
  // out of scope by deleting its row), else the defaults (a Settings sheet from before 0.3.0).
  const scope: HazardTypeInScope[] = [];
  const scopeSeen = new Map<string, number>();
  for (const row of dataRows(layout)) {
    const label = grid.read(row, columns.setting, readText, problems);
    if (label === undefined) continue;
    const inScope = scopeOfLabel(label);
    if (inScope) {
      const key = `${inScope.category}|${headerKey(inScope.hazard)}`;
      const earlier = scopeSeen.get(key);
      scopeSeen.set(key, earlier ?? row);
      if (earlier !== undefined) {
        problems.push(
          grid.problem(
            row,
            columns.setting as number,
            `"${label}" is set again here: the first row (row ${grid.sheetRow(earlier) + 1}) is used`
          )
        );
        continue;
      }
      const from = grid.required(
        row,
        columns.value as number,
        readDate,
        problems,
        `${label}: give the date Awaab's Law covers it from, such as 27/10/2025; until then it is not in scope`
      );
      if (from !== undefined) scope.push({ ...inScope, from });
      continue;
    }
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
          `${definition.label}: ${error.message.replace(/\.$/, "")}; ${defaultUsed(definition)}`
        )
      );
    }
  }
  if (scopeSeen.size > 0) settings.hazardTypesInScope = scope;
  return settings;
}

/** What a bad value falls back to: the default, or none for a figure with no default (homes owned). */
function defaultUsed(definition: SettingRow): string {
  const written = definition.written(DEFAULT_SETTINGS);
  return written === "" ? "it is left unset" : `the default ${written} is used`;
}
