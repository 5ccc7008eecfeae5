import { date, day, error, percent, read, scanned, sheet } from "./messyWorkbook";

/** Members (docs/workbook.md): the messy cells officers leave in the register of members. */
const HEADER = ["Name", "Group", "Start date", "Training %", "Tenant"];

describe("messy Members sheets", () => {
  it("reads a row the officers have hidden, like any other", () => {
    // A snapshot has no hidden flag: Excel's used range holds hidden rows and columns, and membership
    // must not depend on what is on view. Hiding a member's row does not take them off the panel.
    const { workbook, shown } = read(
      sheet("Members", [HEADER, ["Pat Jones", "General"], ["Hidden Member", "Deputy"]])
    );
    expect(workbook.members?.records.map((m) => m.name)).toEqual(["Pat Jones", "Hidden Member"]);
    expect(shown).toEqual([]);
  });

  it("reports error values in data cells, each at its cell, and reads the rest of the row", () => {
    const { workbook, shown } = read(
      sheet("Members", [
        HEADER,
        ["Pat Jones", "General", error("#REF!"), error("#DIV/0!"), error("#N/A")],
        [error("#N/A"), "General"],
      ])
    );
    expect(shown).toEqual([
      "Members!C2: the error #REF! is not a date",
      "Members!D2: the error #DIV/0! is not a number",
      "Members!E2: the error #N/A is not Y or N",
      "Members!A3: the error #N/A is in this cell: put text here instead",
    ]);
    // Pat's row is kept with the unreadable cells left out; the row without a name is not a member.
    expect(workbook.members?.records).toEqual([
      expect.objectContaining({ name: "Pat Jones", group: "General", answers: expect.anything() }),
    ]);
    expect(workbook.members?.records[0]?.startDate).toBeUndefined();
  });

  it("reads formula results: the snapshot holds what the formulas show", () => {
    // =B2/C2 formatted as a percentage, =A1+14 formatted as a date, =IF(…,"",…) giving "" (blank).
    const { workbook, shown } = read(
      sheet("Members", [HEADER, ["Pat Jones", "General", date("2024-09-15"), percent(0.8), ""]])
    );
    expect(workbook.members?.records[0]).toEqual(
      expect.objectContaining({
        startDate: day("2024-09-15"),
        trainingPercent: 80,
        answers: expect.objectContaining({ tenant: true }), // blank reads as the harmless answer
      })
    );
    expect(shown).toEqual([]);
  });

  it("reads numbers and dates stored as text, with spaces and non-breaking spaces", () => {
    const { workbook, shown } = read(
      sheet("Members", [
        HEADER,
        ["Pat\u00a0Jones", " General ", "\u00a001/09/2024 ", "\u00a085\u00a0%", " y "],
        ["Amir Khan", "TF", "1 Sept 2024", " 90 ", "N"],
      ])
    );
    expect(
      workbook.members?.records.map((m) => [m.name, m.group, m.startDate, m.trainingPercent])
    ).toEqual([
      // A non-breaking space inside a name reads as a space, so Pat matches the register's "Pat Jones".
      ["Pat Jones", "General", day("2024-09-01"), 85],
      ["Amir Khan", "Tenants' Forum", day("2024-09-01"), 90],
    ]);
    expect(shown).toEqual([]);
  });

  it("reports impossible values: training of 140% or below 0, a date in 1900, 31 February", () => {
    const { workbook, shown } = read(
      sheet("Members", [
        [...HEADER, "Term end"],
        ["Pat Jones", "General", { number: 5, format: "dd/mm/yyyy" }, 140, null, "31/02/2027"],
        ["Amir Khan", "General", "05/01/1900", -5],
      ])
    );
    expect(shown).toEqual([
      // A date-formatted 5 shows as 05/01/1900: a start that long ago would read as a term long ended.
      "Members!C2: 05/01/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)",
      "Members!D2: training of 140% is not possible: give a percentage from 0 to 100",
      'Members!F2: "31/02/2027" is not a date: type it as dd/mm/yyyy',
      'Members!C3: "05/01/1900" is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)',
      "Members!D3: training of -5% is not possible: give a percentage from 0 to 100",
    ]);
    // The members are still on the panel; only the unreadable values are left out.
    expect(workbook.members?.records.map((m) => [m.name, m.startDate, m.trainingPercent])).toEqual([
      ["Pat Jones", undefined, undefined],
      ["Amir Khan", undefined, undefined],
    ]);
  });

  it("reports a member listed twice (names match ignoring case and spaces); both rows get a status", () => {
    // With no Attendance sheet the repeat goes unreported: test/messy/knownGaps.messy.test.ts.
    const result = scanned(
      sheet("Members", [HEADER, ["Pat Jones", "General"], ["pat  jones", "Deputy"]]),
      sheet("Attendance", [
        ["Member", date("2026-01-13")],
        ["Pat Jones", "P"],
      ])
    );
    expect(result.shown).toEqual([
      "Members!A3: pat  jones is on the Members sheet twice: each person needs one row",
    ]);
    expect(result.findings.members.map((m) => m.name)).toEqual(["Pat Jones", "pat  jones"]);
  });

  it("reports a name on the attendance register that is not on Members, at the register's cell", () => {
    const result = scanned(
      sheet("Members", [HEADER, ["Pat Jones", "General"]]),
      sheet("Attendance", [
        ["Member", date("2026-01-13")],
        ["Pat Jones", "P"],
        ["Pat Jone", "A"],
      ])
    );
    expect(result.shown).toEqual([
      "Attendance!A3: Pat Jone is on the attendance register but not on the Members sheet: add them there (with their group) or check the spelling",
    ]);
  });

  it("reports a row with a group but no name, and a name with a group it does not know", () => {
    const { workbook, shown } = read(
      sheet("Members", [HEADER, [null, "General", null, 50], ["Sam Lee", "Tenant"]])
    );
    expect(shown).toEqual([
      "Members!A2: this member has no name: fill it in or clear the row",
      'Members!B3: "Tenant" is not a group: choose Tenants\' Forum, Silver Service Forum, General, Deputy or Co-optee',
    ]);
    expect(workbook.members?.records).toEqual([]);
  });
});
