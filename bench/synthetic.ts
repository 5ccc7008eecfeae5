import { addMonths, dayFromIso, Day } from "../src/domain/calendar/days";
import { MemorySheet } from "../src/workbook/memorySheet";
import { RawCell } from "../src/workbook/snapshot";

/**
 * Synthetic panel workbooks for the benchmark: KPI sheets in the long layout (one row per indicator
 * per month, as councils keep years of returns) and registers of any size. Made-up but shaped like the
 * demo workbook, so the engine does its real work on them.
 */
const FIRST_MONTH = dayFromIso("2016-04-01");
const AREAS = ["Rent recovery", "Repairs", "Voids", "Neighbourhoods and ASB", "Complaints"];

/** `rows` KPI rows in total, spread over `sheets` sheets; 120 months per indicator. */
export function kpiSheets(rows: number, sheets = 1): MemorySheet[] {
  const perSheet = Math.ceil(rows / sheets);
  return Array.from({ length: sheets }, (_, s) => {
    const count = Math.min(perSheet, rows - s * perSheet);
    const cells: RawCell[][] = [
      ["Indicator", "Service area", "Polarity", "Period", "Actual", "Target"],
    ];
    const formats: (string | undefined)[][] = [[]];
    for (let i = 0; i < count; i++) {
      const indicator = Math.floor(i / 120);
      const month = i % 120;
      const target = 90 + (indicator % 8);
      // A gentle wave around the target, so some indicators miss it for a run of months.
      const actual = Math.round((target + 6 * Math.sin((indicator + month) / 5)) * 10) / 10;
      cells.push([
        `Indicator ${s + 1}.${indicator + 1}`,
        AREAS[indicator % AREAS.length] ?? "Repairs",
        "Higher is better",
        addMonths(FIRST_MONTH, month),
        actual,
        target,
      ]);
      formats.push([undefined, undefined, undefined, "mmm yyyy", "0.0", "0.0"]);
    }
    return { name: `KPI - Area ${s + 1}`, cells, formats };
  });
}

/** Members and Attendance with `members` members and `meetings` monthly meetings up to `asOf`. */
export function registers(members: number, meetings: number, asOf: Day): MemorySheet[] {
  const dates = Array.from({ length: meetings }, (_, m) => addMonths(asOf, m - meetings));
  const names = Array.from({ length: members }, (_, m) => `Member ${m + 1}`);
  const groups = ["Tenants' Forum", "Silver Service Forum", "General"];
  const memberCells: RawCell[][] = [
    ["Name", "Group", "Start date", "Training %"],
    ...names.map((name, m): RawCell[] => [name, groups[m % 3] ?? "General", dates[0] ?? asOf, 100]),
  ];
  const attendanceCells: RawCell[][] = [
    ["Member", ...dates],
    ...names.map((name, m): RawCell[] => [
      name,
      ...dates.map((_, d) => ((m * 7 + d * 3) % 11 === 0 ? "A" : (m + d) % 13 === 0 ? "R" : "P")),
    ]),
  ];
  const meetingCells: RawCell[][] = [
    ["Date", "Type"],
    ...dates.map((date): RawCell[] => [date, "Main"]),
  ];
  return [
    {
      name: "Members",
      cells: memberCells,
      formats: [[], ...names.map(() => [undefined, undefined, "dd/mm/yyyy"])],
    },
    {
      name: "Attendance",
      cells: attendanceCells,
      formats: [[undefined, ...dates.map(() => "dd/mm/yyyy")]],
    },
    { name: "Meetings", cells: meetingCells, formats: meetingCells.map(() => ["dd/mm/yyyy"]) },
  ];
}
