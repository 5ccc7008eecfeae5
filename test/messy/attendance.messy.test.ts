import { date, day, error, read, scanned, sheet } from "./messyWorkbook";

/** Attendance (docs/workbook.md): `Member`, then one column per meeting headed by its date; P, A, R, - or blank. */
describe("messy Attendance sheets", () => {
  it("reads marks with odd case and non-breaking spaces; blank and - are 'not expected'", () => {
    const { workbook, shown } = read(
      sheet("Attendance", [
        ["Member", date("2026-01-13"), date("2026-02-10"), date("2026-03-10"), date("2026-04-14")],
        ["Pat\u00a0Jones", " p ", "\u00a0A\u00a0", null, "-"],
      ])
    );
    expect(workbook.attendance?.records[0]?.member).toBe("Pat Jones");
    expect(workbook.attendance?.records[0]?.marks.map((m) => m.mark)).toEqual(["P", "A", "-", "-"]);
    expect(shown).toEqual([]);
  });

  it("reports error values and formula results that are not marks, at their cells", () => {
    const { workbook, shown } = read(
      sheet("Attendance", [
        ["Member", date("2026-01-13"), date("2026-02-10"), date("2026-03-10")],
        ["Pat Jones", error("#N/A"), true, "Present"],
      ])
    );
    expect(shown).toEqual([
      "Attendance!B2: the error #N/A is not an attendance mark: use P, A, R, - or leave it blank",
      "Attendance!C2: TRUE is not an attendance mark: use P, A, R, - or leave it blank",
      'Attendance!D2: "Present" is not an attendance mark: use P, A, R, - or leave it blank',
    ]);
    // Those meetings are left out for Pat rather than guessed as present or absent.
    expect(workbook.attendance?.records[0]?.marks).toEqual([]);
  });

  it("reports the same meeting date heading two columns: the first column is used", () => {
    const { workbook, shown } = read(
      sheet("Attendance", [
        ["Member", date("2026-01-13"), "13/01/2026"],
        ["Pat Jones", "P", "A"],
      ])
    );
    expect(shown).toEqual([
      "Attendance!C1: 13/01/2026 already heads column B: the first column is used",
    ]);
    expect(workbook.attendance?.records[0]?.marks.map((m) => m.mark)).toEqual(["P"]);
  });

  it("reports meeting headers that are not dates, or not dates a panel could mean; leaves a Notes column alone", () => {
    const { workbook, shown } = read(
      sheet("Attendance", [
        [
          "Member",
          "14/04",
          { number: 10, format: "dd/mm/yyyy" },
          error("#REF!"),
          "Notes",
          date("2026-01-13"),
        ],
        ["Pat Jones", "P", "P", "P", "sent apologies by email", "A"],
      ])
    );
    expect(shown).toEqual([
      'Attendance!B1: "14/04" is not a date: type it as dd/mm/yyyy; meeting columns are headed by the meeting\'s date',
      "Attendance!C1: 10/01/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read); meeting columns are headed by the meeting's date",
      "Attendance!D1: the error #REF! is not a date; meeting columns are headed by the meeting's date",
    ]);
    expect(workbook.attendance?.meetings).toEqual([{ column: 5, date: day("2026-01-13") }]);
  });

  it("reads meeting columns out of date order by their dates, so lapse counts in date order", () => {
    // §4.3: consecutive absences are consecutive meetings, not consecutive columns. In column order the
    // last three marks are A, A, A; in date order Pat was present between them, so Pat has not lapsed.
    const members = sheet("Members", [
      ["Name", "Group", "Start date"],
      ["Pat Jones", "General", date("2025-09-01")],
    ]);
    const outOfOrder = scanned(
      members,
      sheet("Attendance", [
        ["Member", date("2026-02-10"), date("2026-01-13"), date("2026-03-10"), date("2025-12-09")],
        ["Pat Jones", "P", "A", "A", "A"],
      ])
    );
    expect(outOfOrder.findings.members[0]?.lapse.kind).not.toBe("Lapsed");
    // The same marks with the present one moved to a different meeting: three in a row, lapsed.
    const inARow = scanned(
      members,
      sheet("Attendance", [
        ["Member", date("2026-02-10"), date("2026-01-13"), date("2026-03-10"), date("2025-12-09")],
        ["Pat Jones", "A", "A", "A", "P"],
      ])
    );
    expect(inARow.findings.members[0]?.lapse.kind).toBe("Lapsed");
    expect(outOfOrder.shown).toEqual([]);
  });

  it("reads a hidden meeting column like any other", () => {
    // Hiding an old meeting's column in Excel does not remove the meeting: the used range still holds it.
    const { workbook } = read(
      sheet("Attendance", [
        ["Member", date("2025-12-09"), date("2026-01-13")],
        ["Pat Jones", "A", "P"],
      ])
    );
    expect(workbook.attendance?.meetings.map((m) => m.date)).toEqual([
      day("2025-12-09"),
      day("2026-01-13"),
    ]);
  });

  it("reports marks with no member's name", () => {
    const { shown } = read(
      sheet("Attendance", [
        ["Member", date("2026-01-13")],
        [null, "P"],
      ])
    );
    expect(shown).toEqual([
      "Attendance!A2: these marks have no member's name: fill it in or clear the row",
    ]);
  });
});
