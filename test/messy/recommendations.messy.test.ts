import { date, day, error, read, scanned, sheet } from "./messyWorkbook";

/** Recommendations (docs/workbook.md): `Review`, `Recommendation`, Accepted (Y/N), Owner, Due, Implemented, Status. */
const HEADER = ["Review", "Recommendation", "Accepted", "Due", "Implemented"];

describe("messy Recommendations sheets", () => {
  it("reads Y/N as officers type it, and dates as text with spaces", () => {
    const { workbook, shown } = read(
      sheet("Recommendations", [
        HEADER,
        ["Damp", "Inspect voids", " yes ", "\u00a001/12/2026", date("2026-11-02")],
        ["Damp", "Report quarterly", "N", null, null],
        ["Damp", "Train staff", true, "1 Dec 2026"],
      ])
    );
    expect(
      workbook.recommendations?.records.map((r) => [r.accepted, r.due, r.implemented])
    ).toEqual([
      [true, day("2026-12-01"), day("2026-11-02")],
      [false, undefined, undefined],
      [true, day("2026-12-01"), undefined],
    ]);
    expect(shown).toEqual([]);
  });

  it("reports answers that are not Y or N, impossible dates and error values, at their cells", () => {
    const { workbook, shown } = read(
      sheet("Recommendations", [
        HEADER,
        ["Damp", "Inspect voids", "maybe", "31/02/2026", error("#VALUE!")],
        ["Damp", error("#N/A"), "Y"],
        [null, "Orphan recommendation", "Y"],
      ])
    );
    expect(shown).toEqual([
      'Recommendations!C2: "maybe" is not Y or N',
      'Recommendations!D2: "31/02/2026" is not a date: type it as dd/mm/yyyy',
      "Recommendations!E2: the error #VALUE! is not a date",
      "Recommendations!B3: the error #N/A is in this cell: put text here instead",
      "Recommendations!A4: this recommendation has no review: fill it in or clear the row",
    ]);
    expect(workbook.recommendations?.records).toEqual([
      { row: 1, review: "Damp", recommendation: "Inspect voids" },
    ]);
  });

  it("gives an impact assessment date only to an accepted, implemented recommendation", () => {
    const result = scanned(
      sheet("Recommendations", [
        HEADER,
        ["Damp", "Inspect voids", "Y", null, date("2026-05-01")],
        ["Damp", "Not accepted", "N", null, date("2026-05-01")],
      ])
    );
    expect(result.findings.recommendations.map((r) => r.impactAssessmentDue)).toEqual([
      day("2026-11-01"),
      undefined,
    ]);
    expect(result.shown).toEqual([]);
  });
});
