import { DEFAULT_SETTINGS, formatUkDate, STATUTORY_SETTING_SOURCES } from "../../src/domain";

/** The settings of docs/rules.md's "Statutory clocks since 2024" and "TSM: publication and benchmarks". */
const STATUTORY = [
  "complaintHandlingCode",
  "ch02TargetPercent",
  "homesOwned",
  "tsmPeriods",
  "awaabsLaw",
  "hazardTypesInScope",
  "overdueClocksTrigger",
  "surveyAccuracy",
  "benchmarkTrigger",
] as const;

/** Every figure's path: objects opened, lists and plain values as one setting each. */
function leaves(value: unknown, path: string): string[] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    // A day and month (a year's start) is one setting.
    if (entries.length === 2 && "month" in (value as object) && "day" in (value as object))
      return [path];
    return entries.flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
  }
  return [path];
}

const valueAt = (path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], DEFAULT_SETTINGS);

describe("the statutory settings (docs/rules.md: every figure a setting, its source named beside it)", () => {
  it("holds docs/rules.md's defaults", () => {
    expect(DEFAULT_SETTINGS.complaintHandlingCode).toEqual({
      stage1: { acknowledgeWorkingDays: 5, respondWorkingDays: 10, extensionWorkingDays: 10 },
      stage2: { acknowledgeWorkingDays: 5, respondWorkingDays: 20, extensionWorkingDays: 20 },
    });
    expect(DEFAULT_SETTINGS.awaabsLaw).toEqual({
      emergencyHours: 24,
      investigateWorkingDays: 10,
      summaryWorkingDays: 3,
      safetyWorkWorkingDays: 5,
      preventativeWorkWorkingDays: 5,
      preventativeWorkWeeksWithReason: 12,
    });
    expect(
      DEFAULT_SETTINGS.hazardTypesInScope.map((entry) => [
        entry.hazard,
        entry.category,
        formatUkDate(entry.from),
      ])
    ).toEqual([
      ["Damp and mould", "Any", "27/10/2025"],
      ["All hazards", "Emergency", "27/10/2025"],
    ]);
    expect(DEFAULT_SETTINGS.tsmPeriods).toEqual({
      yearStart: { month: 4, day: 1 },
      recentMonths: 3,
    });
    expect(DEFAULT_SETTINGS.ch02TargetPercent).toBe(95);
    expect(DEFAULT_SETTINGS.homesOwned).toBeUndefined();
    expect(DEFAULT_SETTINGS.overdueClocksTrigger).toBe(3);
    expect(DEFAULT_SETTINGS.surveyAccuracy).toEqual({ marginPoints: 4, confidencePercent: 95 });
    expect(DEFAULT_SETTINGS.benchmarkTrigger).toBe("Bottom quartile");
  });

  it("names a source for every figure, and every source names a setting there is", () => {
    const figures = STATUTORY.flatMap((key) => leaves(DEFAULT_SETTINGS[key], key));
    const sourced = STATUTORY_SETTING_SOURCES.map((entry) => entry.setting);
    expect([...sourced].sort()).toEqual([...figures].sort());
    for (const entry of STATUTORY_SETTING_SOURCES) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(entry.figure.length).toBeGreaterThan(5);
    }
    expect(sourced.filter((path) => path !== "homesOwned" && valueAt(path) === undefined)).toEqual(
      []
    );
  });
});
