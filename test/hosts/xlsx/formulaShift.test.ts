import { shiftedFormula } from "../../../src/hosts/xlsx/formulaShift";

/** A shared formula moved to the next cell of its range keeps what it computes (ECMA-376 §18.3.1.40). */
describe("a shared formula's references moved to another cell", () => {
  test.each([
    ["A2*10", 1, 0, "A3*10"],
    ["SUM($A$1:A2)+LOG10(B3)", 2, 1, "SUM($A$1:B4)+LOG10(C5)"],
    ['"A1"&B2', 1, 0, '"A1"&B3'],
    ["'Sheet 1'!C4+Sheet2!D5", 1, 1, "'Sheet 1'!D5+Sheet2!E6"],
    ["Table1[[#This Row],[Col1]]*B2", 1, 0, "Table1[[#This Row],[Col1]]*B3"],
    ["SUM(B:B)+SUM(3:4)+A1", 1, 1, "SUM(C:C)+SUM(4:5)+B2"],
    ["$B2+B$2", 3, 3, "$B5+E$2"],
    ["ATAN2(A1,B1)", 0, 1, "ATAN2(B1,C1)"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftedFormula(formula, rows, columns)).toBe(expected);
  });

  it("gives #REF! for a reference moved off the sheet, as Excel does", () => {
    expect(shiftedFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
  });
});
