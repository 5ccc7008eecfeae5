import fs from "fs";
import path from "path";
import * as tosp from "../src/functions/functions";
import { dayFromIso } from "../src/domain";

/**
 * Every example in the README's table of custom functions is run here, so the documentation cannot
 * drift from what the functions do. Examples over ranges (LAPSE, CHAIRELIGIBLE) are spelled out with
 * their data in test/functions/functions.test.ts.
 */
const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  QUORATE: tosp.quorate as never,
  QUORUM: tosp.quorum as never,
  DECISION: tosp.decision as never,
  NOTICEDAYS: tosp.noticeDays as never,
  NOTICEOK: tosp.noticeOk as never,
  KPISTATUS: tosp.kpiStatusOf as never,
  DEADLINE: tosp.deadline as never,
  ELIGIBLE: tosp.eligible as never,
  SURVEYMARGIN: tosp.surveyMarginOf as never,
  PANELYEAR: tosp.panelYear as never,
};

const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Custom functions (TOSP)"));
const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| `TOSP."))
  .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| /, "").replace(/ \|$/, "")));

/** Excel's reading of a literal argument: numbers, "text", TRUE/FALSE, 95% as 0.95. */
function argumentsOf(formula: string): unknown[] {
  const inner = /^=TOSP\.[A-Z]+\((.*)\)$/.exec(formula)?.[1] ?? "";
  const parts = inner.match(/"[^"]*"|[^,]+/g) ?? [];
  return parts.map((part) => {
    const text = part.trim();
    if (text.startsWith('"')) return text.slice(1, -1);
    if (text === "TRUE" || text === "FALSE") return text === "TRUE";
    if (text.endsWith("%")) return Number(text.slice(0, -1)) / 100;
    return Number(text);
  });
}

/** The documented result as a value: TRUE/FALSE, a number, a date dd/mm/yyyy (a serial), or text. */
function expectedOf(result: string): unknown {
  const value = result.replace(/^`([^`]*)`.*$/, "$1");
  if (value === "TRUE" || value === "FALSE") return value === "TRUE";
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (date) return dayFromIso(`${date[3]}-${date[2]}-${date[1]}`);
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

const literal = rows.filter((cells) => !/[A-Z]+\$?\d+:/.test(cells[2] ?? ""));

describe("README examples of the custom functions", () => {
  it("documents every function, and only ranges are left to the functions' own tests", () => {
    expect(rows).toHaveLength(12);
    expect(
      rows.filter((cells) => !literal.includes(cells)).map((cells) => cells[0]?.slice(1, 20))
    ).toEqual(["TOSP.LAPSE(marks, m", "TOSP.CHAIRELIGIBLE("]);
  });

  it.each(literal.map((cells) => [cells[2]?.replace(/^`|`$/g, "") ?? "", cells[3] ?? ""]))(
    "%s gives %s",
    (formula, result) => {
      const name = /^=TOSP\.([A-Z]+)\(/.exec(formula)?.[1] ?? "";
      const call = FUNCTIONS[name];
      expect(call).toBeDefined();
      const actual = (call as (...args: unknown[]) => unknown)(...argumentsOf(formula));
      const expected = expectedOf(result);
      if (typeof expected === "number" && !Number.isInteger(expected))
        expect(actual).toBeCloseTo(expected, 4);
      else expect(actual).toEqual(expected);
    }
  );
});
