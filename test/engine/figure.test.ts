import fc from "fast-check";
import { figure } from "../../src/engine/kpis";

/** Evidence figures are written as Excel users read them: 1,234.5, at most two decimals, units after. */
describe("figure", () => {
  test("writes thousands with commas, two decimals at most, and the unit", () => {
    expect(figure(1234567.891)).toBe("1,234,567.89");
    expect(figure(97.5, "%")).toBe("97.5%");
    expect(figure(-98765.4321, "£")).toBe("£-98,765.43");
    expect(figure(31, "days")).toBe("31 days");
    expect(figure(undefined)).toBe("no figure");
    // A figure that rounds to nothing is 0, never "-0".
    expect(figure(-0.004)).toBe("0");
  });

  test("agrees with toLocaleString('en-GB') on any figure that does not round to zero", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        fc.pre(Math.round(value * 100) !== 0);
        const expected = (Math.round(value * 100) / 100).toLocaleString("en-GB", {
          maximumFractionDigits: 2,
        });
        expect(figure(value)).toBe(expected);
      }),
      { numRuns: 2000 }
    );
  });
});
