import { date, day, error, read, scanned, sheet } from "./messyWorkbook";

/** Reviews (docs/workbook.md): `Review`, `Panel year`, Origin, Stage and the dates of §11.4. */
const HEADER = ["Review", "Panel year", "Origin", "Information requested", "Alternative deadline"];

describe("messy Reviews sheets", () => {
  it("reads panel years written as text with spaces, as a start year, or as a formula's number", () => {
    const { workbook, shown } = read(
      sheet("Reviews", [
        HEADER,
        ["Damp and mould", "\u00a02026/27 ", "responsive"],
        ["Voids", 2026],
        ["Lettings", "2026-27", "CUSTOMER COMPLAINTS"],
      ])
    );
    expect(workbook.reviews?.records.map((r) => [r.review, r.panelYear, r.origin])).toEqual([
      ["Damp and mould", 2026, "Responsive"],
      ["Voids", 2026, "Scheduled"], // a blank Origin reads as Scheduled (docs/workbook.md)
      ["Lettings", 2026, "Customer complaints"],
    ]);
    expect(shown).toEqual([]);
  });

  it("reports panel years it cannot read, and error values, each at its cell; the review is left out", () => {
    const { workbook, shown } = read(
      sheet("Reviews", [
        HEADER,
        ["Damp and mould", 2026.5],
        ["Voids", "26/27"],
        ["Repairs", error("#N/A")],
        ["ASB", "2026/28"],
        ["Lettings", "2026/27", error("#REF!"), error("#DIV/0!")],
      ])
    );
    expect(shown).toEqual([
      "Reviews!B2: 2026.5 is not a panel year: write it as 2026/27 or as the start year 2026.",
      'Reviews!B3: "26/27" is not a panel year: write it as 2026/27 or as the start year 2026.',
      "Reviews!B4: the error #N/A is not a panel year: write it as 2026/27",
      'Reviews!B5: "2026/28" is not a panel year: write it as 2026/27 or as the start year 2026.',
      "Reviews!C6: the error #REF! is in this cell: put text here instead",
      "Reviews!D6: the error #DIV/0! is not a date",
    ]);
    // An origin it cannot read counts as Scheduled; the dates it cannot read are left out.
    expect(workbook.reviews?.records).toEqual([
      expect.objectContaining({ review: "Lettings", origin: "Scheduled", dates: {} }),
    ]);
  });

  it("reports an alternative deadline before the request, and dates outside 1990–2100", () => {
    const result = scanned(
      sheet("Reviews", [
        HEADER,
        ["Damp and mould", "2026/27", null, date("2026-10-01"), date("2026-09-01")],
        ["Voids", "2026/27", null, "01/10/2206"],
      ])
    );
    expect(result.shown).toEqual([
      "Reviews!E2: The alternative deadline 01/09/2026 is before the request was sent (01/10/2026): check the two dates.",
      'Reviews!D3: "01/10/2206" is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)',
    ]);
    // The deadline it cannot use is set aside and the standard one applies (§11.4).
    expect(result.findings.reviews[0]?.nextDeadline).toBeGreaterThan(day("2026-10-01"));
  });

  it("reports a row with a panel year but no title", () => {
    const { shown } = read(sheet("Reviews", [HEADER, [null, "2026/27", "Scheduled"]]));
    expect(shown).toEqual(["Reviews!A2: this review has no title: fill it in or clear the row"]);
  });
});
