import { promises as fs } from "fs";
import { join } from "path";
import { Cell, ValueType, Workbook, Worksheet } from "exceljs";
import { runScan } from "../../src/cli/scanCommand";
import { exceljsFromMemory } from "../hosts/xlsx/xlsxFiles";
import { removeFolder, sheetXml, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { DEMO_AS_OF, injectedWorkbook, INJECTED_AS_OF } from "./injectedWorkbook";
import {
  COMPLAINTS_TRIGGER,
  EVIDENCE_MENTION,
  Expected,
  expectedTexts,
  PANEL_NOTE,
  panelDay,
  placeOf,
} from "./panelFlow";
import { XlsxFileHost } from "./xlsxFileHost";

/**
 * docs/development.md: "Text from the workbook is written back as text, never as a formula", for the .xlsx
 * host: the command line scans the injected workbook, the task pane's actions run on the file through
 * the .xlsx host, and the command line scans the result a fortnight later. Read back with exceljs (and
 * in the sheets' XML), no cell has a formula the input did not have, and the texts are plain strings.
 */
const quiet = { out: () => undefined, err: () => undefined };

/** The officers' one formula, on a sheet of their own, to tell "no new formula" from "no formula". */
const BUDGET_FORMULA = "Budget!C1=SUM(A1:B1)";

async function opened(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function formulasIn(workbook: Workbook): string[] {
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(`${sheet.name}!${cell.address}=${cell.formula}`);
      })
    )
  );
  return formulas;
}

/** Cells under the header (found in the first 10 rows), or every cell of the sheet. */
function cellsOf(sheet: Worksheet, header?: string): Cell[] {
  let top = 0;
  let column: number | undefined;
  for (let r = 1; header !== undefined && r <= 10 && column === undefined; r++)
    sheet.getRow(r).eachCell((cell, c) => {
      if (cell.value === header && column === undefined) [top, column] = [r, c];
    });
  if (header !== undefined && column === undefined)
    throw new Error(`no ${header} on ${sheet.name}`);
  const cells: Cell[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (r > top && (column === undefined || c === column)) cells.push(cell);
    })
  );
  return cells;
}

function expectLiteral(workbook: Workbook, { sheet, header, text }: Expected): void {
  const found = cellsOf(workbook.getWorksheet(sheet)!, header).filter((c) => c.value === text);
  expect({ sheet, header, text, found: found.length > 0 }).toEqual({
    sheet,
    header,
    text,
    found: true,
  });
  for (const cell of found)
    expect([cell.address, cell.type]).toEqual([cell.address, ValueType.String]);
}

/** A panel's day is a dozen reads and writes of a file: seconds on a busy machine, past jest's default 5 s. */
jest.setTimeout(60_000);

let folder: string;
let input: string;
let inputBytes: Buffer;
let working: Workbook;
let final: string;

beforeAll(async () => {
  folder = await tempFolder();
  input = join(folder, "panel.xlsx");
  const workbook = exceljsFromMemory(injectedWorkbook());
  const budget = workbook.addWorksheet("Budget");
  budget.getRow(1).values = [1200, 800];
  budget.getCell("C1").value = { formula: "SUM(A1:B1)", result: 2000 };
  await workbook.xlsx.writeFile(input);
  inputBytes = await fs.readFile(input);

  const file = join(folder, "panel.working.xlsx");
  await runScan({ input, out: file, asOf: DEMO_AS_OF }, quiet);
  const host = new XlsxFileHost(file);
  await panelDay(host, () =>
    host.edit((book) => {
      const triggers = book.getWorksheet("Triggers")!;
      const notes = (triggers.getRow(1).values as unknown[]).indexOf("Panel notes");
      const key = cellsOf(triggers, "Key").find((cell) => cell.value === COMPLAINTS_TRIGGER)!;
      triggers.getCell(Number(key.row), notes).value = PANEL_NOTE;
    })
  );
  working = await opened(file);
  final = join(folder, "panel.final.xlsx");
  await runScan({ input: file, out: final, asOf: INJECTED_AS_OF }, quiet);
});
afterAll(() => removeFolder(folder));

describe("a panel's day on an .xlsx file, with names that look like formulas", () => {
  it("adds no formula: only the officers' own is there, after the actions and after the CLI", async () => {
    expect(formulasIn(await opened(input))).toEqual([BUDGET_FORMULA]);
    expect(formulasIn(working)).toEqual([BUDGET_FORMULA]);
    const scanned = await opened(final);
    expect(formulasIn(scanned)).toEqual([BUDGET_FORMULA]);
    for (const sheet of scanned.worksheets.filter((s) => s.name !== "Budget"))
      expect([sheet.name, await sheetXml(final, sheet.name)]).not.toEqual([
        sheet.name,
        expect.stringMatching(/<f[ >]/),
      ]);
  });

  const named = (options: { summaryCharts: boolean }): [string, Expected][] =>
    expectedTexts(options).map((expected) => [placeOf(expected), expected]);

  it.each(named({ summaryCharts: true }))(
    "after the actions, holds %s as a plain string",
    (_, expected) => expectLiteral(working, expected)
  );

  it.each(named({ summaryCharts: false }))(
    "after the CLI's rescan, holds %s as a plain string",
    async (_, expected) => expectLiteral(await opened(final), expected)
  );

  it("keeps the theme inside the complaints trigger's evidence, as a string", async () => {
    const evidence = cellsOf((await opened(final)).getWorksheet("Triggers")!, "Evidence").filter(
      (cell) => String(cell.value).includes(EVIDENCE_MENTION)
    );
    expect(evidence.map((cell) => cell.type)).toEqual([ValueType.String]);
  });

  it("leaves the input file byte for byte as it was", async () => {
    expect((await fs.readFile(input)).equals(inputBytes)).toBe(true);
  });
});
