import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { RawCell } from "../../src/workbook/snapshot";
import type { OfficersOwn } from "./fixtures";

/**
 * The demo workbook as officers who never ran the add-in keep it, with their own
 * sheet and columns under the add-in's names: a budget `Summary` of 17 figures, a `Status` column on
 * Members ("Resigned 03/2026 – letter on file") and a `Present` column of names on Meetings. A scan
 * must leave all three exactly as they are and say so.
 */
export function officersOwnNames(): { sheets: MemorySheet[]; officers: OfficersOwn } {
  const sheets = demoWorkbook();
  const sheet = (name: string): MemorySheet => sheets.find((s) => s.name === name)!;
  addColumn(sheet("Members"), "Status", (r) =>
    r === 6 ? "Resigned 03/2026 – letter on file" : null
  );
  addColumn(sheet("Meetings"), "Present", (r) =>
    r <= 4 ? "Pat Jones, Amir Khan, Chen Wei" : null
  );
  sheets.splice(3, 0, budgetSummary());
  return {
    sheets,
    officers: {
      sheets: ["Summary"],
      columns: [
        { sheet: "Members", header: "Status" },
        { sheet: "Meetings", header: "Present" },
      ],
      problems: [
        "Summary: this sheet is not one the add-in wrote, so the scan left it as it is: rename your Summary sheet, or delete it to let the add-in write one",
        "Members!N1: this column is not one the add-in wrote, so the scan left it as it is: rename your Status column, or delete it to let the add-in write its own",
        "Meetings!E1: this column is not one the add-in wrote, so the scan left it as it is: rename your Present column, or delete it to let the add-in write its own",
      ],
    },
  };
}

/** A column at the right of the sheet: its header, then a cell a row. */
function addColumn(sheet: MemorySheet, header: string, cell: (row: number) => RawCell): void {
  const at = Math.max(...sheet.cells.map((row) => row.length));
  sheet.cells.forEach((row, r) => {
    while (row.length < at) row.push(null);
    row.push(r === 0 ? header : cell(r));
  });
}

/** The panel's budget summary: 17 figures, a money format on each. */
function budgetSummary(): MemorySheet {
  const lines: [string, number, number][] = [
    ["Training", 1200, 1150],
    ["Venue hire", 800, 760],
    ["Travel", 450, 390],
    ["Refreshments", 300, 310],
    ["Printing", 250, 180],
    ["Interpreters", 400, 350],
    ["Childcare", 200, 120],
    ["Independent adviser", 1500, 1500],
  ];
  const cells: RawCell[][] = [
    ["Budget line", "Budget", "Spent"],
    ...lines,
    ["Total spent", null, 4760],
  ];
  const money = "£#,##0";
  return {
    name: "Summary",
    cells,
    formats: cells.map((row, r) =>
      row.map((cell) => (r > 0 && typeof cell === "number" ? money : undefined))
    ),
  };
}
