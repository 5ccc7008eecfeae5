import { dayFromIso } from "../../src/domain";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { RawCell } from "../../src/workbook/snapshot";
import type { PlacedFormula, PlacedNote } from "./fixtures";

/**
 * The demo workbook as officers keep theirs: extra columns on the panel's sheets (one in the middle),
 * officers' sheets the add-in knows nothing about (one among the panel's), formulas, notes, custom
 * number formats, a Text-formatted column of text that looks like a formula.
 */
export function dressedWorkbook(): {
  sheets: MemorySheet[];
  formulas: PlacedFormula[];
  notes: PlacedNote[];
} {
  const sheets = demoWorkbook();
  const formulas: PlacedFormula[] = [];
  const sheet = (name: string): MemorySheet => sheets.find((s) => s.name === name)!;

  const members = sheet("Members");
  addColumn(members, members.cells[0]!.length, "Phone", (r) => `+44 20 7946 00${10 + r}`, "@");
  addColumn(members, members.cells[0]!.length, "Ward", (r) => ["North", "South", "East"][r % 3]!);
  const years = members.cells[0]!.length;
  addColumn(members, years, "Years on panel", () => 1.5, "0.0");
  for (let row = 1; row < members.cells.length; row++)
    formulas.push({
      sheet: "Members",
      row,
      column: years,
      formula: `ROUND((DATE(2026,11,23)-D${row + 1})/365.25,1)`,
    });
  // Start dates shown the officers' way: still a date format, so still read as dates.
  members.formats = members.formats!.map((row, r) =>
    row.map((format, c) => (r > 0 && c === 3 ? "d mmm yyyy" : format))
  );

  addColumn(sheet("Reviews"), 5, "Lead member", (r) => (r % 2 === 0 ? "Pat Jones" : null));
  addColumn(sheet("Meetings"), 4, "Venue", () => "Civic Centre, Room 2");
  addColumn(sheet("Recommendations"), 7, "Cost", (r) => 1250.5 * r, "£#,##0.00");
  // The log has its own Reference: the officers keep who handles each complaint beside it.
  addColumn(sheet("Complaints"), 3, "Handled by", (r) => `Officer ${1 + (r % 4)}`);

  sheets.splice(1, 0, budget(formulas));
  sheets.push(contacts());
  const notes: PlacedNote[] = [
    { sheet: "Members", row: 1, column: 0, note: "Chair since September 2024" },
    { sheet: "Budget", row: 0, column: 0, note: "Agreed at the March meeting" },
    { sheet: "Reviews", row: 0, column: 5, note: "Added by the Chair" },
  ];
  return { sheets, formulas, notes };
}

/** Inserts a column at `at` (0-based), shifting cells and formats right: header, then a value a row. */
function addColumn(
  sheet: MemorySheet,
  at: number,
  header: string,
  value: (row: number) => RawCell,
  format?: string
): void {
  sheet.formats ??= sheet.cells.map(() => []);
  sheet.cells.forEach((row, r) => {
    while (row.length < at) row.push(null);
    row.splice(at, 0, r === 0 ? header : value(r));
    const formats = (sheet.formats![r] ??= []);
    while (formats.length < at) formats.push(undefined);
    formats.splice(at, 0, r === 0 ? undefined : format);
  });
}

/** An officers' sheet the add-in knows nothing about, placed among the panel's. */
function budget(formulas: PlacedFormula[]): MemorySheet {
  formulas.push(
    { sheet: "Budget", row: 4, column: 1, formula: "SUM(B2:B4)" },
    { sheet: "Budget", row: 1, column: 2, formula: "B2/$B$5" },
    { sheet: "Budget", row: 2, column: 2, formula: "B3/$B$5" },
    { sheet: "Budget", row: 3, column: 2, formula: "B4/$B$5" }
  );
  const money = "[$£-809]#,##0.00;[Red]-[$£-809]#,##0.00";
  return {
    name: "Budget",
    cells: [
      ["Panel budget 2026/27", null, null],
      ["Training", 1200, 1200 / 2450],
      ["Venue hire", 800, 800 / 2450],
      ["Travel", 450, 450 / 2450],
      ["Total", 2450, null],
    ],
    formats: [
      [undefined, undefined, undefined],
      [undefined, money, "0.0%"],
      [undefined, money, "0.0%"],
      [undefined, money, "0.0%"],
      [undefined, money, undefined],
    ],
  };
}

/** Another unknown sheet, at the end: dates in a long format, text kept as text. */
function contacts(): MemorySheet {
  return {
    name: "Contacts",
    cells: [
      ["Officer", "Role", "Since", "Extension"],
      ["Sam Price", "Scrutiny officer", dayFromIso("2023-04-03"), "0042"],
      ["Ali Reza", "=Housing lead (acting)", dayFromIso("2025-09-01"), "0107"],
    ],
    formats: [
      [],
      [undefined, "@", "dddd d mmmm yyyy", "@"],
      [undefined, "@", "dddd d mmmm yyyy", "@"],
    ],
  };
}
