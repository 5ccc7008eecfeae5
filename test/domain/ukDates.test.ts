import { dayFromIso, parseMonthText, parseUkDate, parseYesNo } from "../../src/domain";

describe("UK date text (docs/workbook.md)", () => {
  it.each([
    ["09/03/2026", "2026-03-09"],
    ["9/3/2026", "2026-03-09"],
    ["9/3/26", "2026-03-09"],
    ["09-03-2026", "2026-03-09"],
    ["09.03.2026", "2026-03-09"],
    ["9 Mar 2026", "2026-03-09"],
    ["9 March 2026", "2026-03-09"],
    ["9th March 2026", "2026-03-09"],
    ["9 Sept 2026", "2026-09-09"],
    ["2026-03-09", "2026-03-09"],
    ["  03/09/2026 ", "2026-09-03"],
  ])("reads %s as %s, never in US order", (text, iso) => {
    expect(parseUkDate(text)).toBe(dayFromIso(iso));
  });

  it.each(["31/02/2026", "13/13/2026", "2026", "next Tuesday", "", "09/03", "March 2026"])(
    "does not read %j as a date",
    (text) => {
      expect(parseUkDate(text)).toBeUndefined();
    }
  );
});

describe("Y/N answers", () => {
  it("reads the usual ways of writing yes and no", () => {
    expect(["Y", "yes", "TRUE", " n ", "No", "false"].map((v) => parseYesNo(v).answer)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([parseYesNo(true).answer, parseYesNo(0).answer, parseYesNo(1).answer]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("leaves blank to the caller and flags anything else", () => {
    expect(parseYesNo("")).toEqual({ answer: undefined, understood: true });
    expect(parseYesNo("maybe")).toEqual({ answer: undefined, understood: false });
    expect(parseYesNo(2)).toEqual({ answer: undefined, understood: false });
  });
});

describe("month periods as text (docs/workbook.md)", () => {
  it.each([
    ["Apr-26", "2026-04-01"],
    ["Apr 26", "2026-04-01"],
    ["April 2026", "2026-04-01"],
    ["May 2026", "2026-05-01"],
    ["Sept 2026", "2026-09-01"],
    ["2026-03", "2026-03-01"],
    ["03/2026", "2026-03-01"],
    ["15/03/2026", "2026-03-01"],
  ])("reads %s as the month starting %s", (text, iso) => {
    expect(parseMonthText(text)).toBe(dayFromIso(iso));
  });

  it.each(["Q1", "2026", "Smarch 2026", "13/2026", "Target"])(
    "does not read %j as a month",
    (text) => {
      expect(parseMonthText(text)).toBeUndefined();
    }
  );
});
