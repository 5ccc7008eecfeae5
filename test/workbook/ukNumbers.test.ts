import { readNumber, toCell, toleranceFromText } from "../../src/workbook/cells";

/**
 * docs/workbook.md, Numbers: text such as `95.2%`, `1,234`, `£12,300` reads as a number, in UK style only. A
 * comma is a thousands separator only between groups of three digits; any other comma (`95,5`, `1,2,3`)
 * makes the cell a problem, never a number (`95,5` was read as 955, `1,2,3` as 123).
 */
const read = (text: string) => readNumber(toCell(text));

describe("numbers typed as text, in UK style", () => {
  it.each([
    ["1,234", 1234],
    ["12,345,678.5", 12345678.5],
    ["£12,300", 12300],
    ["1,000.25", 1000.25],
    ["-1,234", -1234],
    ["(1,234)", -1234],
    ["95.2%", 95.2],
    ["1,234%", 1234],
    [" 97.5 ", 97.5],
    ["1 300", 1300],
    ["\u00a096\u00a0%", 96],
    ["0.5", 0.5],
    [".5", 0.5],
    ["1234", 1234],
    ["1.234", 1.234],
  ])("reads %j as %d", (text, value) => {
    expect(read(text)).toEqual({ value });
  });

  it.each([
    ["95,5", "95.5"],
    ["1.234,5", "1234.5"],
    ["1,23", "1.23"],
    ["95,5%", "95.5%"],
    ["£1.234,50", "£1234.50"],
    ["(1,5)", "(1.5)"],
    ["12.345.678,9", "12345678.9"],
  ])("reports %j, a decimal comma, with the figure in UK style (%s)", (text, uk) => {
    expect(read(text)).toEqual({
      problem: `"${text}" is not a number in UK style: use a full stop for decimals, e.g. ${uk}`,
    });
  });

  it.each(["1,2,3", "12,34,567", "1,234,5", "1.234.567", "1,2345", ",5", "1,234,56.7"])(
    "reports %j, commas not between groups of three",
    (text) => {
      const reading = read(text);
      expect(reading).toHaveProperty("problem");
      expect((reading as { problem: string }).problem).toMatch(
        new RegExp(`^"${text.replace(/\./g, "\\.")}" is not a number in UK style: use a full stop`)
      );
    }
  );

  it("says only that text without figures is not a number", () => {
    expect(read("n/a")).toEqual({ problem: '"n/a" is not a number' });
    expect(read("about 95")).toEqual({ problem: '"about 95" is not a number' });
  });
});

describe("tolerances typed as text (docs/workbook.md, KPI sheets: a number, or a % of the target)", () => {
  it("reads them in UK style", () => {
    expect(toleranceFromText("5%")).toEqual({ value: { kind: "percentOfTarget", value: 5 } });
    expect(toleranceFromText("2.5 %")).toEqual({ value: { kind: "percentOfTarget", value: 2.5 } });
    expect(toleranceFromText("£1,000")).toEqual({ value: { kind: "absolute", value: 1000 } });
    expect(toleranceFromText("2")).toEqual({ value: { kind: "absolute", value: 2 } });
  });

  it("reports a decimal comma, and keeps saying what a tolerance is for other text", () => {
    expect(toleranceFromText("2,5%")).toEqual({
      problem: '"2,5%" is not a number in UK style: use a full stop for decimals, e.g. 2.5%',
    });
    expect(toleranceFromText("about 2")).toEqual({
      problem:
        '"about 2" is not a tolerance: give a number in the target\'s unit, or a percentage of the target such as 5%.',
    });
    expect(toleranceFromText("-5%")).toHaveProperty("problem");
  });
});
