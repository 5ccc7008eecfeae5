import { trendWords } from "../../src/wording/trends";
import { kpiFinding } from "./kpiFixtures";

describe("trend words: the arrow is the figure's direction, the word says better or worse", () => {
  test("a re-let time rising from 35 to 41 days points up and says worse (lower is better)", () => {
    const relet = kpiFinding({
      polarity: "lower",
      unit: "days",
      target: 28,
      figures: [33, 35, 41],
    });
    expect(trendWords(relet)).toEqual({
      direction: "up",
      arrow: "↑",
      judgement: "Worse",
      word: "worse",
      sentence: "Worse: up from 35 days in May 2026 to 41 days in Jun 2026",
    });
  });

  test("rent collected falling points down and says worse (higher is better)", () => {
    const rent = kpiFinding({ polarity: "higher", unit: "%", target: 97, figures: [96.2, 96] });
    expect(trendWords(rent)).toMatchObject({ arrow: "↓", word: "worse" });
  });

  test("a falling re-let time points down and says better", () => {
    const relet = kpiFinding({ polarity: "lower", unit: "days", target: 28, figures: [41, 30] });
    expect(trendWords(relet)).toMatchObject({ arrow: "↓", word: "better" });
  });

  test("the same figure twice is level, no change", () => {
    const arrears = kpiFinding({ polarity: "lower", unit: "%", target: 2.5, figures: [2.4, 2.4] });
    expect(trendWords(arrears)).toMatchObject({
      arrow: "→",
      word: "no change",
      sentence: "No change: 2.4% in May 2026, as in Apr 2026",
    });
  });

  test("a context-only indicator shows its direction but neither better nor worse", () => {
    const asb = kpiFinding({ polarity: "context", unit: "per 1,000 homes", figures: [42.1, 39.8] });
    expect(trendWords(asb)).toEqual({
      direction: "down",
      arrow: "↓",
      judgement: undefined,
      word: "down",
      sentence:
        "Down from 42.1 per 1,000 homes in Apr 2026 to 39.8 per 1,000 homes in May 2026 (context only: neither better nor worse)",
    });
  });

  test("a blank latest month compares the last two figures there are", () => {
    const lost = kpiFinding({
      polarity: "lower",
      unit: "%",
      target: 1,
      figures: [0.9, 1, undefined],
    });
    expect(trendWords(lost)?.sentence).toBe("Worse: up from 0.9% in Apr 2026 to 1% in May 2026");
  });

  test("one figure has no trend", () => {
    expect(
      trendWords(kpiFinding({ polarity: "higher", target: 90, figures: [91] }))
    ).toBeUndefined();
  });
});
