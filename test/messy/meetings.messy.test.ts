import { date, day, error, read, scanned, sheet } from "./messyWorkbook";

/** Meetings (docs/workbook.md): `Date`, then Type, Notice sent, Notes; the add-in fills Present … Notice. */
const HEADER = ["Date", "Type", "Notice sent", "Notes"];

describe("messy Meetings sheets", () => {
  it("reports the same meeting date twice; both rows get the same figures", () => {
    const result = scanned(
      sheet("Meetings", [HEADER, [date("2026-03-10"), "Main"], [" 10/03/2026 ", "main"]])
    );
    expect(result.shown).toEqual([
      "Meetings!A3: a meeting on 10/03/2026 is already listed above: both rows get the same figures",
    ]);
    const membership = result.plan.sheets
      .find((s) => s.sheet === "Meetings")
      ?.writes.filter((w) => w.column === 5 && w.row > 0);
    expect(membership?.map((w) => [w.row, w.value])).toEqual([
      [1, { kind: "number", value: 0 }],
      [2, { kind: "number", value: 0 }],
    ]);
  });

  it("reads meetings out of order; findings are in date order and each row keeps its own figures", () => {
    const result = scanned(
      sheet("Meetings", [
        HEADER,
        [date("2026-03-10"), null],
        [date("2025-12-09"), "Cancelled"],
        [date("2026-01-13"), "INTERIM ", date("2026-01-12")],
      ])
    );
    expect(result.findings.meetings.map((m) => [m.date, m.type])).toEqual([
      [day("2025-12-09"), "Cancelled"],
      [day("2026-01-13"), "Interim"],
      [day("2026-03-10"), "Main"],
    ]);
    // The Notice column (H) of the interim meeting's own row, row 4.
    const notice = result.plan.sheets
      .find((s) => s.sheet === "Meetings")
      ?.writes.find((w) => w.row === 3 && w.column === 7);
    expect(notice?.value).toEqual({
      kind: "text",
      text: "Short: 0 clear working days",
      untrusted: false,
    });
    expect(result.shown).toEqual([]);
  });

  it("reports error values, dates that are not dates, and a date in 1900, each at its cell", () => {
    const { workbook, shown } = read(
      sheet("Meetings", [
        HEADER,
        [error("#N/A"), "Main"],
        ["10 Marhc 2026", "Main"],
        [{ number: 1, format: "dd/mm/yyyy" }, "Main"],
        [date("2026-03-10"), "Main", error("#VALUE!"), error("#REF!")],
      ])
    );
    expect(shown).toEqual([
      "Meetings!A2: the error #N/A is not a date",
      'Meetings!A3: "10 Marhc 2026" is not a date: type it as dd/mm/yyyy',
      "Meetings!A4: 01/01/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)",
      "Meetings!C5: the error #VALUE! is not a date",
      "Meetings!D5: the error #REF! is in this cell: put text here instead",
    ]);
    expect(workbook.meetings?.records.map((m) => m.date)).toEqual([day("2026-03-10")]);
  });

  it("reports a formula's zero or negative answer in a date cell as Excel shows it", () => {
    // =IF(C2="",0,C2+14) formatted as a date shows 00/01/1900 while C2 is empty; a negative shows ####.
    const { shown } = read(
      sheet("Meetings", [
        HEADER,
        [{ number: 0, format: "dd/mm/yyyy" }, "Main"],
        [{ number: -3, format: "dd/mm/yyyy" }, "Main"],
      ])
    );
    expect(shown).toEqual([
      "Meetings!A2: 00/01/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)",
      "Meetings!A3: -3 is not a date: type it as dd/mm/yyyy",
    ]);
  });

  it("reads a date held as a General number (a formula's result without a date format)", () => {
    // =A2+28 in a cell formatted General shows 46119; it is read as the date it stands for, because a
    // General number between 1990 and 2100 in a date column can mean nothing else.
    const { workbook, shown } = read(sheet("Meetings", [HEADER, [46119, "Main"]]));
    expect(workbook.meetings?.records[0]?.date).toBe(day("2026-04-07"));
    expect(shown).toEqual([]);
  });

  it("reports notice sent after the meeting, and a type it does not know (read as Main)", () => {
    const result = scanned(
      sheet("Meetings", [HEADER, [date("2026-03-10"), "Extraordinary", date("2026-03-12")]])
    );
    expect(result.shown).toEqual([
      'Meetings!B2: "Extraordinary" is not a meeting type: choose Main, Interim, Sub-panel or Cancelled; read as Main meanwhile',
      "Meetings!C2: notice sent 12/03/2026 is after the meeting on 10/03/2026: check the date",
    ]);
  });
});
