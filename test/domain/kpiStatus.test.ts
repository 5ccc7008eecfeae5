import {
  dayFromIso,
  describeResponsiveTrigger,
  kpiStatus,
  KpiPeriod,
  parsePolarity,
  parseTolerance,
  rateIndicator,
  responsiveTrigger,
  RuleInputError,
  trendBetween,
} from "../../src/domain";

const months = [
  "2026-04-01",
  "2026-05-01",
  "2026-06-01",
  "2026-07-01",
  "2026-08-01",
  "2026-09-01",
].map(dayFromIso);
const series = (actuals: (number | undefined)[], target: number | undefined = 20): KpiPeriod[] =>
  actuals.map((actual, i) => ({ period: months[i] as number, actual, target }));

describe("KPI status (docs/rules.md, KPIs)", () => {
  it("is inclusive: 21 days against a lower-is-better 20 with 5% tolerance is a near miss", () => {
    expect(kpiStatus({ actual: 21, target: 20 }, "lower")).toBe("Near miss");
    expect(kpiStatus({ actual: 21.01, target: 20 }, "lower")).toBe("Missed");
    expect(kpiStatus({ actual: 20, target: 20 }, "lower")).toBe("Met");
    expect(kpiStatus({ actual: 12, target: 20 }, "lower")).toBe("Met");
  });

  it("rates higher-is-better indicators the other way", () => {
    expect(kpiStatus({ actual: 97, target: 97 }, "higher")).toBe("Met");
    expect(kpiStatus({ actual: 92.15, target: 97 }, "higher")).toBe("Near miss"); // 5% of 97 is 4.85
    expect(kpiStatus({ actual: 92.1, target: 97 }, "higher")).toBe("Missed");
    expect(kpiStatus({ actual: 99, target: 97 }, "higher")).toBe("Met");
  });

  it("is not fooled by binary rounding at the boundary", () => {
    expect(kpiStatus({ actual: 0.1 + 0.2, target: 0.3 }, "lower")).toBe("Met");
    expect(kpiStatus({ actual: 95.2 - 0.1, target: 95.1 }, "higher")).toBe("Met");
  });

  it("uses a tolerance in the target's unit, or a % of target", () => {
    expect(kpiStatus({ actual: 23, target: 20 }, "lower", { kind: "absolute", value: 3 })).toBe(
      "Near miss"
    );
    expect(kpiStatus({ actual: 23, target: 20 }, "lower", parseTolerance("10%"))).toBe("Missed");
    expect(kpiStatus({ actual: 22, target: 20 }, "lower", parseTolerance("10%"))).toBe("Near miss");
    expect(kpiStatus({ actual: 1, target: 0 }, "lower")).toBe("Missed"); // 5% of 0 is 0
  });

  it("says No data, No target and Context only rather than guessing", () => {
    expect(kpiStatus({ target: 20 }, "lower")).toBe("No data");
    expect(kpiStatus({ actual: 20 }, "lower")).toBe("No target");
    expect(kpiStatus({ actual: 3.1, target: 2 }, "context")).toBe("Context only");
  });

  it("reads polarity and tolerance as officers write them", () => {
    expect(
      ["Higher is better", "higher", "↑", "Lower is better", "LOWER", "↓", "Context only"].map(
        parsePolarity
      )
    ).toEqual(["higher", "higher", "higher", "lower", "lower", "lower", "context"]);
    expect(parsePolarity("sideways")).toBeUndefined();
    expect(parseTolerance(2)).toEqual({ kind: "absolute", value: 2 });
    expect(parseTolerance(" 5 % ")).toEqual({ kind: "percentOfTarget", value: 5 });
    expect(() => parseTolerance("five")).toThrow(RuleInputError);
    expect(() => parseTolerance(-1)).toThrow("A tolerance cannot be negative");
  });

  it("gives the trend in the indicator's polarity", () => {
    expect(trendBetween(20, 18, "lower")).toBe("better");
    expect(trendBetween(95, 94, "higher")).toBe("worse");
    expect(trendBetween(95, 95, "higher")).toBe("same");
    expect(trendBetween(1, 2, "context")).toBeUndefined();
  });
});

describe("responsive triggers (§11.2)", () => {
  it("triggers when the latest period is missed", () => {
    const trigger = responsiveTrigger(rateIndicator(series([18, 19, 25]), "lower"));
    expect(trigger?.reasons).toEqual(["latest period missed"]);
    expect(trigger && describeResponsiveTrigger(trigger)).toBe("Latest period missed target");
  });

  it("triggers after 3 consecutive periods worse than target, near misses included", () => {
    const rating = rateIndicator(series([18, 21, 21, 20.5]), "lower");
    expect(rating.currentRun.map((p) => p.status)).toEqual(["Near miss", "Near miss", "Near miss"]);
    const trigger = responsiveTrigger(rating);
    expect(trigger?.reasons).toEqual(["consecutive periods worse than target"]);
    expect(trigger?.evidence.map((p) => p.actual)).toEqual([21, 21, 20.5]);
    expect(trigger && describeResponsiveTrigger(trigger)).toBe(
      "Worse than target for 3 periods in a row"
    );
  });

  it("does not trigger on two near misses, or on a run broken by a period on target", () => {
    expect(responsiveTrigger(rateIndicator(series([18, 21, 21]), "lower"))).toBeUndefined();
    expect(responsiveTrigger(rateIndicator(series([21, 21, 20, 21]), "lower"))).toBeUndefined();
  });

  it("takes the latest period with an actual: a later blank is No data, not a miss", () => {
    const rating = rateIndicator(series([18, 25, undefined]), "lower");
    expect(rating.latest?.actual).toBe(25);
    expect(rating.periods.map((p) => p.status)).toEqual(["Met", "Missed", "No data"]);
    expect(responsiveTrigger(rating)?.reasons).toEqual(["latest period missed"]);
  });

  it("skips blank periods in a run", () => {
    expect(
      responsiveTrigger(rateIndicator(series([21, undefined, 21, 21]), "lower"))?.evidence
    ).toHaveLength(3);
  });

  it("gives both reasons when both apply", () => {
    expect(responsiveTrigger(rateIndicator(series([21, 21, 30]), "lower"))?.reasons).toEqual([
      "latest period missed",
      "consecutive periods worse than target",
    ]);
  });

  it("never triggers on a context-only indicator", () => {
    expect(responsiveTrigger(rateIndicator(series([50, 60, 70]), "context"))).toBeUndefined();
  });

  it("uses the run length from the settings", () => {
    expect(responsiveTrigger(rateIndicator(series([18, 21, 21]), "lower"), 2)?.reasons).toEqual([
      "consecutive periods worse than target",
    ]);
  });

  it("reads periods in date order", () => {
    const shuffled = series([21, 21, 21]).reverse();
    expect(rateIndicator(shuffled, "lower").periods.map((p) => p.period)).toEqual(
      months.slice(0, 3)
    );
  });
});
