import { day, error, percent, read, scanned, sheet } from "./messyWorkbook";

/**
 * KPI sheets (docs/workbook.md): any sheet with an `Indicator` header; long (Indicator, Period, Actual,
 * Target) or wide (Indicator, Target, a column per month), told apart sheet by sheet.
 */
const WIDE = ["Indicator", "Target", "Polarity", "Apr-26", "May-26", "Jun-26"];
const LONG = ["Indicator", "Period", "Actual", "Target", "Polarity"];

const actuals = (result: ReturnType<typeof read>, sheetIndex = 0) =>
  result.workbook.kpiSheets[sheetIndex]?.indicators.map((i) => [
    i.indicator,
    i.periods.map((p) => p.actual),
  ]);

describe("messy KPI sheets", () => {
  it("wide: reads figures stored as text with spaces, non-breaking spaces, % and £, and formula results", () => {
    const result = read(
      sheet("KPI - Rent", [
        WIDE,
        ["Rent collected", "98%", null, " 97.5 ", "\u00a096\u00a0%", percent(0.991)],
        ["Current tenant arrears (£)", "£1,200", null, "£1,234", "1 300", "(12)"],
      ])
    );
    expect(actuals(result)).toEqual([
      ["Rent collected", [97.5, 96, 99.1]],
      // "(12)" is how accounts write −12.
      ["Current tenant arrears (£)", [1234, 1300, -12]],
    ]);
    expect(result.workbook.kpiSheets[0]?.indicators[0]?.periods[0]?.target).toBe(98);
    expect(result.shown).toEqual([]);
  });

  it("wide: reports error values at their cells and leaves those months without a figure", () => {
    const result = read(
      sheet("KPI - Rent", [
        WIDE,
        ["Rent collected", error("#N/A"), null, error("#DIV/0!"), 96, "n/a"],
      ])
    );
    expect(result.shown).toEqual([
      "'KPI - Rent'!B2: the error #N/A is not a number",
      "'KPI - Rent'!D2: the error #DIV/0! is not a number",
      `'KPI - Rent'!F2: "n/a" is not a number`,
    ]);
    expect(actuals(result)).toEqual([["Rent collected", [undefined, 96, undefined]]]);
  });

  it("reads negative figures and figures over 100% as they stand", () => {
    // Decision: the add-in does not bound a KPI's figures. Units differ (a change in arrears is
    // negative when it falls; rent collected passes 100% when old arrears are paid), and a figure the
    // add-in doubted would be guessed at; the officer's figure is rated as written.
    const result = read(sheet("KPI - Rent", [WIDE, ["Rent collected", 98, null, -3, 140, 101.5]]));
    expect(actuals(result)).toEqual([["Rent collected", [-3, 140, 101.5]]]);
    expect(result.shown).toEqual([]);
  });

  it("rates a target of 0 for a lower-is-better indicator: 0 is met, anything above it missed", () => {
    // docs/rules.md: the near-miss tolerance is 5% of the target, and 5% of 0 is 0. Zero is a real target
    // for some measures (gas safety certificates overdue), so it is rated, never set aside.
    const result = scanned(
      sheet("KPI - Safety", [
        WIDE,
        ["Gas safety certificates overdue", 0, "Lower is better", 0, 0, 1],
      ])
    );
    const finding = result.findings.kpis[0];
    expect(finding?.periods.map((p) => p.status)).toEqual(["Met", "Met", "Missed"]);
    expect(finding?.trigger?.reasons).toEqual(["latest period missed"]);
    expect(result.shown).toEqual([]);
  });

  it("wide: reports an indicator on two rows (same name, or same code); the first row is used", () => {
    const result = read(
      sheet("TSM", [
        ["Code", "Indicator", "Target", "2025-04", "2026-04"],
        ["TP01", "Overall satisfaction", 75, 71, 72],
        [null, "overall  satisfaction", 75, 10, 10],
        ["TP01", "Satisfaction overall", 75, 20, 20],
      ])
    );
    // Each would raise the trigger "Responsive: TP01", and each rescan would write over the other.
    expect(result.shown).toEqual([
      `TSM!B3: "overall  satisfaction" (TP01) is already at TSM!B2: the first is used; delete this row or give it its own name`,
      `TSM!B4: "Satisfaction overall" (TP01) is already at TSM!B2: the first is used; delete this row or give it its own name`,
    ]);
    expect(actuals(result)).toEqual([["Overall satisfaction", [71, 72]]]);
  });

  it("wide: reports a month heading two columns, and a month header in 1900", () => {
    const result = read(
      sheet("KPI - Rent", [
        ["Indicator", "Target", "Apr-26", "April 2026", { number: 100, format: "mmm-yy" }],
        ["Rent collected", 98, 97, 96, 95],
      ])
    );
    expect(result.shown).toEqual([
      "'KPI - Rent'!D1: Apr 2026 already heads column C: the first column is used",
      "'KPI - Rent'!E1: 09/04/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)",
    ]);
    expect(actuals(result)).toEqual([["Rent collected", [97]]]);
  });

  it("long: an Indicator cell merged down its rows reads in the first row only; each row below is reported", () => {
    // A merged cell reaches the add-in as its value in the first row and blanks below. Carrying the name
    // down would be a guess (docs/workbook.md: nothing is guessed silently): each row says what to fix.
    const result = read(
      sheet("KPI - Repairs", [
        LONG,
        ["Rent collected", "Apr-26", 97, 98, null],
        [null, "May-26", 96, null, null],
        [null, "Jun-26", 95, null, null],
      ])
    );
    expect(result.shown).toEqual([
      "'KPI - Repairs'!A3: this row has no indicator name: fill it in or clear the row",
      "'KPI - Repairs'!A4: this row has no indicator name: fill it in or clear the row",
    ]);
    expect(actuals(result)).toEqual([["Rent collected", [97]]]);
  });

  it("long: rows in any order, a blank target taken from the latest earlier period, a month twice reported", () => {
    const result = read(
      sheet("KPI - Repairs", [
        LONG,
        ["Rent collected", "Jun-26", 95, null],
        ["Rent collected", "Apr-26", 97, 98],
        ["Rent collected", "May 2026", 96, "\u00a099 "],
        ["Rent collected", "2026-05", 90, 99],
      ])
    );
    expect(result.workbook.kpiSheets[0]?.indicators[0]?.periods).toEqual([
      { period: day("2026-04-01"), actual: 97, target: 98, source: "'KPI - Repairs'!C3" },
      { period: day("2026-05-01"), actual: 96, target: 99, source: "'KPI - Repairs'!C4" },
      { period: day("2026-06-01"), actual: 95, target: 99, source: "'KPI - Repairs'!C2" },
    ]);
    expect(result.shown).toEqual([
      `'KPI - Repairs'!B5: "Rent collected" already has a row for May 2026 (row 4): the first is used`,
    ]);
  });

  it("mixing layouts side by side: month columns beside Period and Actual are reported, not dropped in silence", () => {
    const result = read(
      sheet("KPI - Rent", [
        ["Indicator", "Period", "Actual", "Target", "Jul-26", "Aug-26", "Notes"],
        ["Rent collected", "Jun-26", 97, 98, 96, 95, "from the housing system"],
      ])
    );
    expect(result.workbook.kpiSheets[0]?.layout).toBe("long");
    const notRead = (address: string, month: string) =>
      `${address}: this column is headed by a month (${month}), but the sheet has Period and Actual columns, so it is read one row per period and this column's figures are not read: put them in rows, or move the month columns to a sheet of their own`;
    expect(result.shown).toEqual([
      notRead("'KPI - Rent'!E1", "Jul 2026"),
      notRead("'KPI - Rent'!F1", "Aug 2026"),
    ]);
    expect(actuals(result)).toEqual([["Rent collected", [97]]]);
  });

  it("mixing layouts one above the other: the second table's header row is reported cell by cell", () => {
    // The header row is the first that has the headers; a second table below is read as data rows,
    // so its headers are unreadable figures and an unknown indicator, each reported where it stands.
    const result = read(
      sheet("KPI - Rent", [
        ["Indicator", "Target", "Apr-26"],
        ["Rent collected", 98, 97],
        [null, null, null],
        ["Indicator", "Period", "Actual"],
        ["Rent collected", "May-26", 96],
      ])
    );
    expect(result.shown).toEqual([
      `'KPI - Rent'!A4: "Indicator" is not an indicator the add-in knows and has no polarity: add a Polarity column saying Higher is better, Lower is better or Context only`,
      `'KPI - Rent'!B4: "Period" is not a number`,
      `'KPI - Rent'!C4: "Actual" is not a number`,
      // The catalogue knows "Rent collected" by the add-in's code, which names it in the message.
      `'KPI - Rent'!A5: "Rent collected" (RENT-COLLECTED) is already at 'KPI - Rent'!A2: the first is used; delete this row or give it its own name`,
      `'KPI - Rent'!B5: "May-26" is not a number`,
    ]);
  });

  it("reads one sheet long and another wide in the same workbook", () => {
    const result = read(
      sheet("KPI - Rent", [WIDE, ["Rent collected", 98, null, 97, 96, 95]]),
      sheet("KPI - Repairs", [LONG, ["Repairs completed on time", "Apr-26", 91, 95, "Higher"]])
    );
    expect(result.workbook.kpiSheets.map((s) => s.layout)).toEqual(["wide", "long"]);
    expect(result.shown).toEqual([]);
  });
});
