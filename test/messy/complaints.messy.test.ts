import { date, day, error, read, sheet } from "./messyWorkbook";

/** Complaints (docs/workbook.md, optional log): `Date received`, `Theme`, Service area, Stage, Responded. */
const HEADER = ["Date received", "Theme", "Service area", "Responded"];

describe("messy Complaints sheets", () => {
  it("reads dates as serials, General numbers, UK text with ordinals, and themes with odd spacing", () => {
    const { workbook, shown } = read(
      sheet("Complaints", [
        HEADER,
        [date("2026-03-01"), "Damp"],
        [46082, " Damp "],
        ["1st March 2026", "Damp\u00a0and mould"],
      ])
    );
    expect(workbook.complaints?.records.map((c) => [c.received, c.theme])).toEqual([
      [day("2026-03-01"), "Damp"],
      [day("2026-03-01"), "Damp"],
      [day("2026-03-01"), "Damp and mould"],
    ]);
    expect(shown).toEqual([]);
  });

  it("reports a theme of spaces only, error values and text that is not a date, at their cells", () => {
    const { workbook, shown } = read(
      sheet("Complaints", [
        HEADER,
        ["01/03/2026", "   "],
        [error("#N/A"), "Damp"],
        ["March", "Damp"],
        [date("2026-03-02"), "Damp", error("#REF!")],
      ])
    );
    expect(shown).toEqual([
      "Complaints!B2: this complaint has no theme: fill it in or clear the row",
      "Complaints!A3: the error #N/A is not a date",
      'Complaints!A4: "March" is not a date: type it as dd/mm/yyyy',
      "Complaints!C5: the error #REF! is in this cell: put text here instead",
    ]);
    expect(workbook.complaints?.records).toEqual([
      { row: 4, received: day("2026-03-02"), theme: "Damp" },
    ]);
  });

  it("reads a response dated before the complaint as written", () => {
    // Decision: no rule uses the Responded date (§11.2 counts complaints by date received and theme),
    // so a reply dated before the complaint changes no finding; it is kept as the officers wrote it.
    const { workbook, shown } = read(
      sheet("Complaints", [HEADER, [date("2026-03-02"), "Damp", null, date("2026-03-01")]])
    );
    expect(workbook.complaints?.records[0]?.responded).toBe(day("2026-03-01"));
    expect(shown).toEqual([]);
  });
});
