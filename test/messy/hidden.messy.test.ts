import { date, FixtureCell, read, Read, sheet } from "./messyWorkbook";

/**
 * Hidden rows and columns, on every sheet the add-in reads. A snapshot carries no hidden flag: the used
 * range Excel hands over holds hidden rows and columns as it holds any other. Reading them is right:
 * hiding is how officers tidy the view (last year's meetings, a member who has left but is kept for the
 * record), and a finding must not change because someone scrolled or hid a row. Each grid's last row
 * and last column stand for hidden ones.
 */
/** Each sheet, its grid, what to count, and how many: every row and column, hidden ones included. */
const counts: [string, FixtureCell[][], (read: Read) => unknown, number][] = [
  [
    "Members",
    [
      ["Name", "Group"],
      ["Pat Jones", "General"],
      ["Left Member", "Deputy"],
    ],
    (r) => r.workbook.members?.records.length,
    2,
  ],
  [
    "Attendance",
    [
      ["Member", date("2025-12-09"), date("2026-01-13")],
      ["Pat Jones", "A", "P"],
      ["Left Member", "P", "-"],
    ],
    (r) => r.workbook.attendance?.records.flatMap((m) => m.marks).length,
    4,
  ],
  [
    "Meetings",
    [
      ["Date", "Type"],
      [date("2025-12-09"), "Main"],
      [date("2026-01-13"), "Main"],
    ],
    (r) => r.workbook.meetings?.records.length,
    2,
  ],
  [
    "Reviews",
    [
      ["Review", "Panel year"],
      ["Damp", "2026/27"],
      ["Voids", "2025/26"],
    ],
    (r) => r.workbook.reviews?.records.length,
    2,
  ],
  [
    "Recommendations",
    [
      ["Review", "Recommendation"],
      ["Damp", "Inspect voids"],
      ["Damp", "Report quarterly"],
    ],
    (r) => r.workbook.recommendations?.records.length,
    2,
  ],
  [
    "Complaints",
    [
      ["Date received", "Theme"],
      [date("2026-03-01"), "Damp"],
      [date("2026-03-02"), "Damp"],
    ],
    (r) => r.workbook.complaints?.records.length,
    2,
  ],
  [
    "Triggers",
    [
      ["Key", "Trigger type"],
      ["Responsive: A", "Responsive"],
      ["Responsive: B", "Responsive"],
    ],
    (r) => r.workbook.triggers?.records.length,
    2,
  ],
  [
    "KPI - Rent",
    [
      ["Indicator", "Target", "Apr-26", "May-26"],
      ["Rent collected", 98, 97, 96],
      ["Rent collection rate (hidden)", 98, 97, 96],
    ],
    (r) => r.workbook.kpiSheets[0]?.indicators.flatMap((i) => i.periods).length,
    4,
  ],
  [
    "KPI - Repairs",
    [
      ["Indicator", "Period", "Actual", "Polarity"],
      ["Repairs on time", "Apr-26", 91, "Higher"],
      ["Repairs on time", "May-26", 92, "Higher"],
    ],
    (r) => r.workbook.kpiSheets[0]?.indicators[0]?.periods.length,
    2,
  ],
];

describe("hidden rows and columns", () => {
  it.each(counts)(
    "%s: the hidden row (and column) is read like any other",
    (name, rows, count, all) => {
      expect(count(read(sheet(name, rows)))).toBe(all);
    }
  );

  it("Settings: a hidden row still sets its setting", () => {
    const { workbook } = read(
      sheet("Settings", [
        ["Setting", "Value"],
        ["Meetings a year", 11],
        ["Clear working days' notice", 3],
      ])
    );
    expect([workbook.settings.meetingsPerYear, workbook.settings.noticeClearWorkingDays]).toEqual([
      11, 3,
    ]);
  });
});
