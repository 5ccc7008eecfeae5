import fc from "fast-check";
import {
  Benchmark,
  benchmarkPosition,
  describeBenchmarkPosition,
  isBenchmarkTrigger,
  Polarity,
  RuleInputError,
} from "../../src/domain";

const quartileOf = (actual: number, benchmark: Benchmark, polarity: Polarity): string =>
  describeBenchmarkPosition(benchmarkPosition(actual, benchmark, polarity));

describe("the quartile a figure falls in, top quartile = best (docs/rules.md, Benchmarks)", () => {
  // TP01 overall satisfaction, higher is better: lower quartile 64.2, median 70.1, upper quartile 75.3.
  const satisfaction: Benchmark = { lowerQuartile: 64.2, median: 70.1, upperQuartile: 75.3 };
  // Average re-let days, lower is better: 25th percentile 28, median 37, 75th percentile 52.
  const reletDays: Benchmark = { lowerQuartile: 28, median: 37, upperQuartile: 52 };

  it("higher is better: above the upper quartile is the top quartile", () => {
    expect(quartileOf(78, satisfaction, "higher")).toBe("Top quartile");
    expect(quartileOf(72, satisfaction, "higher")).toBe("Second quartile");
    expect(quartileOf(66, satisfaction, "higher")).toBe("Third quartile");
    expect(quartileOf(60, satisfaction, "higher")).toBe("Bottom quartile");
  });

  it("lower is better: below the lower quartile is the top quartile", () => {
    expect(quartileOf(21, reletDays, "lower")).toBe("Top quartile");
    expect(quartileOf(31, reletDays, "lower")).toBe("Second quartile");
    expect(quartileOf(45, reletDays, "lower")).toBe("Third quartile");
    expect(quartileOf(60, reletDays, "lower")).toBe("Bottom quartile");
  });

  it("puts a figure on a boundary in the better quartile, for both polarities", () => {
    expect(quartileOf(75.3, satisfaction, "higher")).toBe("Top quartile");
    expect(quartileOf(70.1, satisfaction, "higher")).toBe("Second quartile");
    expect(quartileOf(64.2, satisfaction, "higher")).toBe("Third quartile");
    expect(quartileOf(28, reletDays, "lower")).toBe("Top quartile");
    expect(quartileOf(37, reletDays, "lower")).toBe("Second quartile");
    expect(quartileOf(52, reletDays, "lower")).toBe("Third quartile");
  });

  it("with only the median: better or worse than it", () => {
    expect(quartileOf(71, { median: 70.1 }, "higher")).toBe("Median or better");
    expect(quartileOf(69, { median: 70.1 }, "higher")).toBe("Worse than median");
    expect(quartileOf(36, { median: 37 }, "lower")).toBe("Median or better");
    expect(quartileOf(38, { median: 37 }, "lower")).toBe("Worse than median");
  });

  it("places a context-only measure without better or worse", () => {
    const complaintsPerThousand: Benchmark = { lowerQuartile: 15, median: 30, upperQuartile: 50 };
    expect(quartileOf(55, complaintsPerThousand, "context")).toBe("Above upper quartile");
    expect(quartileOf(40, complaintsPerThousand, "context")).toBe("Median to upper quartile");
    expect(quartileOf(20, complaintsPerThousand, "context")).toBe("Lower quartile to median");
    expect(quartileOf(10, complaintsPerThousand, "context")).toBe("Below lower quartile");
    expect(quartileOf(30, { median: 30 }, "context")).toBe("Median or above");
  });

  it("refuses quartiles out of number order, saying how to give them", () => {
    expect(() =>
      quartileOf(30, { lowerQuartile: 52, median: 37, upperQuartile: 28 }, "lower")
    ).toThrow(
      new RuleInputError(
        "The lower quartile 52 is above the median 37: give the quartiles in number order, the lower quartile being the 25th percentile (swap them if your source lists the best first)."
      )
    );
    expect(() => quartileOf(30, { median: 37, upperQuartile: 28 }, "lower")).toThrow(
      /upper quartile 28 is below/
    );
  });

  it("a better figure is never in a worse quartile", () => {
    const sorted = fc
      .tuple(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true })
      )
      .map((three) => [...three].sort((a, b) => a - b) as [number, number, number]);
    fc.assert(
      fc.property(
        sorted,
        fc.double({ min: -10, max: 110, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.constantFrom<Polarity>("higher", "lower"),
        ([lower, median, upper], actual, step, polarity) => {
          const benchmark = { lowerQuartile: lower, median, upperQuartile: upper };
          const better = polarity === "higher" ? actual + step : actual - step;
          const rank = (figure: number) => {
            const position = benchmarkPosition(figure, benchmark, polarity);
            return position.kind === "quartile" ? position.quartile : NaN;
          };
          expect(rank(better)).toBeLessThanOrEqual(rank(actual));
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("the optional Benchmark trigger (setting: Off, Bottom quartile, Below median)", () => {
  const at = (quartile: 1 | 2 | 3 | 4) => ({ kind: "quartile" as const, quartile });

  it("fires for the bottom quartile by default, for the two lower quartiles below median, never when off", () => {
    expect([1, 2, 3, 4].map((q) => isBenchmarkTrigger(at(q as 1), "Bottom quartile"))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect([1, 2, 3, 4].map((q) => isBenchmarkTrigger(at(q as 1), "Below median"))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect([1, 2, 3, 4].map((q) => isBenchmarkTrigger(at(q as 1), "Off"))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("with only the median, fires below median only when the setting says below median; never for context-only measures", () => {
    const worse = { kind: "half" as const, betterThanMedian: false };
    expect(isBenchmarkTrigger(worse, "Below median")).toBe(true);
    expect(isBenchmarkTrigger(worse, "Bottom quartile")).toBe(false);
    expect(
      isBenchmarkTrigger({ kind: "context", label: "Above upper quartile" }, "Below median")
    ).toBe(false);
  });
});
