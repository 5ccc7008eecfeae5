import fs from "fs";
import path from "path";
import * as tosp from "../src/functions/functions";
import { argumentsOf, expectedOf } from "./functionExamples";

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
