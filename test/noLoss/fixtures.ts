import { join } from "path";
import { Workbook } from "exceljs";
import { Day } from "../../src/domain/calendar/days";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { readXlsx } from "../../src/hosts/xlsx";
import { exceljsFromMemory, readWithExceljs } from "../hosts/xlsx/xlsxFiles";
import { dressedWorkbook } from "./dressedWorkbook";
import { officersOwnNames } from "./officersOwnNames";
import { scannedBefore } from "./scannedBefore";

/** A cell whose value is a formula's result: the formula, where the host can hold one. */
export interface PlacedFormula {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

/** A cell note (the .xlsx host keeps them; the others have none). */
export interface PlacedNote {
  sheet: string;
  row: number;
  column: number;
  note: string;
}

/** A workbook to scan through every host: values as Excel shows them, plus formulas and notes. */
export interface Fixture {
  name: string;
  asOf: Day;
  sheets: MemorySheet[];
  formulas: PlacedFormula[];
  notes: PlacedNote[];
  /** The .xlsx file itself, when the fixture is one (else one is written from the above). */
  file?: string;
  /** Sheets and columns of the add-in's names that are the officers' own (point 4). */
  officers?: OfficersOwn;
}

/** The officers' own sheets and columns that carry names the add-in uses: every cell of them is theirs. */
export interface OfficersOwn {
  sheets: string[];
  columns: { sheet: string; header: string }[];
  /** The problems a scan reports for them, as the Problems tab and the command line show them. */
  problems: string[];
}

const XLSX_FIXTURES = join(__dirname, "../fixtures/xlsx");

export const FIXTURE_NAMES = [
  "the demo workbook",
  "worked-examples.xlsx",
  "messy.xlsx",
  "a workbook dressed by officers",
  "a workbook scanned before, with the panel's decisions",
  "a workbook with the officers' own Summary, Status and Present",
] as const;

export type FixtureName = (typeof FIXTURE_NAMES)[number];

export async function loadFixture(name: FixtureName): Promise<Fixture> {
  switch (name) {
    case "the demo workbook":
      return { name, asOf: DEMO_AS_OF, sheets: demoWorkbook(), formulas: [], notes: [] };
    case "worked-examples.xlsx":
    case "messy.xlsx":
      return { ...(await fromFile(join(XLSX_FIXTURES, name))), name };
    case "a workbook dressed by officers":
      return { name, asOf: DEMO_AS_OF, ...dressedWorkbook() };
    case "a workbook scanned before, with the panel's decisions":
      return { name, formulas: [], notes: [], ...scannedBefore() };
    case "a workbook with the officers' own Summary, Status and Present":
      return { name, asOf: DEMO_AS_OF, formulas: [], notes: [], ...officersOwnNames() };
  }
}

/** An .xlsx fixture as the other hosts hold it: values (formulas' results), formats and formulas. */
async function fromFile(file: string): Promise<Fixture> {
  const { snapshot } = await readXlsx(file);
  const workbook = await readWithExceljs(file);
  const sheets = snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.values,
    formats: sheet.numberFormats?.map((row) => row.map((f) => (f === "General" ? undefined : f))),
  }));
  const formulas: PlacedFormula[] = [];
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.formula)
          formulas.push({
            sheet: worksheet.name,
            row: r - 1,
            column: c - 1,
            formula: cell.formula,
          });
      })
    )
  );
  return { name: file, asOf: DEMO_AS_OF, sheets, formulas, notes: [], file };
}

/** The fixture as an .xlsx workbook: its values and formats, with its formulas and notes. */
export function xlsxWorkbookOf(fixture: Fixture): Workbook {
  const workbook = exceljsFromMemory(fixture.sheets);
  for (const { sheet, row, column, formula } of fixture.formulas) {
    const result = fixture.sheets.find((s) => s.name === sheet)?.cells[row]?.[column];
    workbook.getWorksheet(sheet)!.getCell(row + 1, column + 1).value = {
      formula,
      result: typeof result === "number" ? result : undefined,
    };
  }
  for (const { sheet, row, column, note } of fixture.notes)
    workbook.getWorksheet(sheet)!.getCell(row + 1, column + 1).note = note;
  return workbook;
}
