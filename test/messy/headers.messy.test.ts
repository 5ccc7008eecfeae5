import * as fs from "fs";
import * as path from "path";
import { FixtureInput } from "../workbook/goldenFixtures";
import { day, read, Read } from "./messyWorkbook";

/**
 * Header rows as officers make them (test/fixtures/messy/headers.json), for every sheet of docs/workbook.md:
 * merged titles and group headings above the headers, a header merged over two columns, line breaks, odd
 * case, trailing units, and a header written twice. A merged cell reaches the add-in as its value in the
 * first cell and blanks in the rest, so a merged title is a row without the required headers (skipped as
 * a title, as docs/workbook.md says) and a merged header is a header with a blank column after it.
 */
const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "messy", "headers.json"), "utf8")
) as FixtureInput;

function readSheet(name: string): Read {
  const found = fixture.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`headers.json has no sheet "${name}"`);
  return read(found);
}

const repeated = (address: string, header: string, means: string, first: string) =>
  `${address}: this column is headed "${header}", which means ${means}, as column ${first} does: only column ${first} is used; rename or remove this one`;

describe("messy header rows, sheet by sheet", () => {
  it("Members: a merged title, line breaks, case and units, a merged header, a second Name column", () => {
    const { workbook, shown } = readSheet("Members");
    expect(workbook.members?.records).toEqual([
      expect.objectContaining({
        row: 2,
        name: "Pat Jones",
        group: "Tenants' Forum",
        trainingPercent: 80,
        startDate: day("2024-09-01"),
        answers: expect.objectContaining({ tenant: true }),
      }),
    ]);
    // The used range starts at B2, so the header row is row 3 and its seventh cell is H3.
    expect(shown).toEqual([repeated("Members!H3", "Name", "Name", "B")]);
  });

  it("Attendance: a merged season heading above the dates, MEMBER in capitals, a second name column", () => {
    const { workbook, shown } = readSheet("Attendance register");
    expect(workbook.attendance?.meetings.map((m) => m.date)).toEqual([
      day("2026-01-13"),
      day("2026-02-10"),
    ]);
    expect(workbook.attendance?.records).toEqual([
      {
        row: 2,
        member: "Pat Jones",
        marks: [
          { date: day("2026-01-13"), mark: "P", column: 1 },
          { date: day("2026-02-10"), mark: "A", column: 2 },
        ],
      },
    ]);
    expect(shown).toEqual([repeated("'Attendance register'!D2", "NAME", "Member", "A")]);
  });

  it("Meetings: 'Meeting date' with a line break, an alias with a unit, and a second date column", () => {
    const { workbook, shown } = readSheet("Meeting dates");
    expect(workbook.meetings?.records).toEqual([
      { row: 1, date: day("2026-01-13"), type: "Interim", noticeSent: day("2026-01-02") },
    ]);
    // The second Date column (D) is not read: the meeting is the 13th, not the 14th, and it is said so.
    expect(shown).toEqual([repeated("'Meeting dates'!D1", "Date", "Date", "A")]);
  });

  it("Reviews: 'Year (e.g. 2026/27)' is the panel year; a later Panel year column is reported", () => {
    const { workbook, shown } = readSheet("Review programme");
    expect(workbook.reviews?.records).toEqual([
      expect.objectContaining({
        review: "Damp and mould",
        panelYear: 2026,
        origin: "Responsive",
        dates: expect.objectContaining({ informationRequested: day("2026-10-01") }),
      }),
    ]);
    expect(shown).toEqual([repeated("'Review programme'!E1", "Panel year", "Panel year", "B")]);
  });

  it("Recommendations: a merged 'Dates' heading is a title row; a second Implemented column is reported", () => {
    const { workbook, shown } = readSheet("Recommendations log");
    expect(workbook.recommendations?.records).toEqual([
      {
        row: 2,
        review: "Damp and mould",
        recommendation: "Inspect every void for damp",
        due: day("2026-12-01"),
        implemented: day("2026-11-02"),
      },
    ]);
    expect(shown).toEqual([
      repeated("'Recommendations log'!E2", "Implemented", "Implemented", "D"),
    ]);
  });

  it("Complaints: a date header with its format in brackets; Category beside Theme is reported", () => {
    const { workbook, shown } = readSheet("Complaints log");
    expect(workbook.complaints?.records).toEqual([
      { row: 1, received: day("2026-11-02"), theme: "Damp" },
    ]);
    expect(shown).toEqual([repeated("'Complaints log'!C1", "Category", "Theme", "B")]);
  });

  it("Settings: a note above SETTING and 'Value (number or %)'; a second Value column is reported", () => {
    const { workbook, shown } = readSheet("Panel settings");
    expect(workbook.settings.meetingsPerYear).toBe(11);
    expect(shown).toEqual([repeated("'Panel settings'!C2", "Value", "Value", "B")]);
  });

  it("Triggers: a header with a line break, and Panel decision twice", () => {
    const { workbook, shown } = readSheet("Review triggers");
    expect(workbook.triggers?.records).toEqual([
      expect.objectContaining({
        key: "Customer complaints: Damp",
        triggerType: "Customer complaints",
        panelDecision: "Discussed",
      }),
    ]);
    expect(shown).toEqual([
      repeated("'Review triggers'!D1", "Panel decision", "Panel decision", "C"),
    ]);
  });

  it("KPI, wide: a title and a merged quarter heading above 'Performance indicator' and the months", () => {
    const { workbook, shown } = readSheet("KPI - Rent");
    const [sheet] = workbook.kpiSheets;
    expect(sheet?.layout).toBe("wide");
    expect(sheet?.indicators.map((i) => [i.indicator, i.periods.map((p) => p.actual)])).toEqual([
      ["Rent collected", [97.5, 98.2, 99]],
    ]);
    expect(sheet?.indicators[0]?.periods[0]).toEqual({
      period: day("2026-04-01"),
      actual: 97.5,
      target: 98,
      source: "'KPI - Rent'!C4",
    });
    expect(shown).toEqual([]);
  });

  it("KPI, long: 'KPI' and 'MONTH' as aliases; Result beside Actual (%) is reported", () => {
    const { workbook, shown } = readSheet("KPI - Repairs");
    const [sheet] = workbook.kpiSheets;
    expect(sheet?.layout).toBe("long");
    expect(sheet?.indicators[0]?.periods).toEqual([
      { period: day("2026-04-01"), actual: 91, target: 95, source: "'KPI - Repairs'!C2" },
    ]);
    expect(shown).toEqual([
      repeated("'KPI - Repairs'!E1", "Result", "Actual", "C"),
      // Not in the catalogue, and no Polarity column: never guessed (docs/workbook.md, KPI sheets).
      `'KPI - Repairs'!A2: "Repairs completed on time" is not an indicator the add-in knows and has no polarity: add a Polarity column saying Higher is better, Lower is better or Context only`,
    ]);
  });
});
