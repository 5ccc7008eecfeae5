import { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import {
  columnHeaded,
  fixturePath,
  readWithExceljs,
  removeFolder,
  storedFormulas,
  ScannedFixture,
  scanFixture,
  tempFolder,
} from "./fixtureFiles";

/**
 * docs/workbook.md, "Kept by the add-in": the add-in writes only its own sheets (KPI status, Triggers, Summary)
 * and its computed columns; every other cell is the officers' and is never changed. messy.xlsx is scanned,
 * the plan applied and the workbook saved; both files are then read with exceljs alone and compared cell
 * by cell outside the add-in's sheets and columns: value, formula, number format, font, fill, alignment,
 * border; and each sheet's column widths, hidden rows and columns, row heights, merges and tables. What
 * exceljs cannot show faithfully, each formula's cached value (what Excel shows until it recalculates), is
 * compared in the files' own sheet XML.
 */
/** The add-in's own sheets, and the Settings sheet it creates (with defaults) only when a workbook has none. */
const OWNED_SHEETS = ["KPI status", "Triggers", "Summary", "Settings"];

/** The officers' sheets of messy.xlsx that carry computed columns: their header row and the columns' headers. */
const COMPUTED_COLUMNS: Record<string, { headerRow: number; headers: string[] }> = {
  members_: { headerRow: 4, headers: ["Status", "Reason"] },
  "Meeting dates": { headerRow: 3, headers: ["Present", "Membership", "Quorate", "Notice"] },
  "Review programme": { headerRow: 1, headers: ["Next deadline", "Overdue"] },
  Recommendations: { headerRow: 1, headers: ["Impact assessment due"] },
};

let folder: string;
let scanned: ScannedFixture;
let before: Workbook;
let after: Workbook;

beforeAll(async () => {
  folder = await tempFolder();
  scanned = await scanFixture("messy.xlsx", folder);
  before = await readWithExceljs(fixturePath("messy.xlsx"));
  after = await readWithExceljs(scanned.output);
});
afterAll(() => removeFolder(folder));

/** 1-based columns the add-in owns on an officers' sheet of the scanned workbook. */
function ownedColumns(sheet: Worksheet): Set<number> {
  const computed = COMPUTED_COLUMNS[sheet.name];
  if (!computed) return new Set();
  return new Set(
    computed.headers.map((header) => {
      const column = columnHeaded(sheet, computed.headerRow, header);
      if (column === undefined)
        throw new Error(`no ${header} column on ${sheet.name} row ${computed.headerRow}`);
      return column;
    })
  );
}

function isOwnedCell(sheet: Worksheet, owned: Set<number>, row: number, column: number): boolean {
  const computed = COMPUTED_COLUMNS[sheet.name];
  return computed !== undefined && owned.has(column) && row >= computed.headerRow;
}

function cellsOf(sheet: Worksheet): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, cell);
    })
  );
  return cells;
}

/**
 * A cell's value as exceljs reads it, comparable: exceljs reads the cached text or error of a formula in
 * a date-formatted cell as an invalid Date, which never equals itself (the file itself is compared below).
 */
function comparable(value: CellValue): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value;
  if (typeof value === "object" && value !== null && "formula" in value)
    return { ...value, result: comparable((value.result ?? null) as CellValue) };
  return value ?? null;
}

/** What an officer would notice changing in a cell. */
function content(cell: Cell | undefined) {
  if (cell === undefined) return { value: null };
  return {
    value: comparable(cell.value),
    formula: cell.formula,
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    alignment: cell.alignment,
    border: cell.border,
  };
}

const officersSheets = (workbook: Workbook) =>
  workbook.worksheets.filter((s) => !OWNED_SHEETS.includes(s.name));

describe("a scan of messy.xlsx leaves every officers' cell as it was", () => {
  it("keeps the officers' sheets in their order and adds only the add-in's own", () => {
    const names = (w: Workbook) => w.worksheets.map((s) => s.name);
    expect(names(before).filter((n) => OWNED_SHEETS.includes(n))).toEqual([]);
    expect(officersSheets(after).map((s) => s.name)).toEqual(names(before));
    const added = names(after).slice(names(before).length);
    expect(added.every((name) => OWNED_SHEETS.includes(name))).toBe(true);
    expect(added).toEqual(expect.arrayContaining(["KPI status", "Triggers"]));
  });

  it("adds the computed columns to the right of the officers' columns", () => {
    for (const original of before.worksheets) {
      const columns = [...ownedColumns(after.getWorksheet(original.name)!)];
      expect({
        sheet: original.name,
        right: columns.every((c) => c > original.columnCount),
      }).toEqual({
        sheet: original.name,
        right: true,
      });
    }
  });

  it("changes no cell outside the add-in's columns: value, formula, format, font, fill, alignment, border", () => {
    let compared = 0;
    for (const original of before.worksheets) {
      const scannedSheet = after.getWorksheet(original.name)!;
      const owned = ownedColumns(scannedSheet);
      const cellsBefore = cellsOf(original);
      const cellsAfter = cellsOf(scannedSheet);
      for (const address of new Set([...cellsBefore.keys(), ...cellsAfter.keys()])) {
        const cell = (cellsBefore.get(address) ?? cellsAfter.get(address))!;
        if (isOwnedCell(scannedSheet, owned, Number(cell.row), Number(cell.col))) continue;
        expect({ sheet: original.name, address, ...content(cellsAfter.get(address)) }).toEqual({
          sheet: original.name,
          address,
          ...content(cellsBefore.get(address)),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it("keeps every formula's cached value in the file as Excel saved it (#N/A, text, numbers)", async () => {
    const stored = await storedFormulas(fixturePath("messy.xlsx"));
    const saved = await storedFormulas(scanned.output);
    const list = (sheets: typeof stored, from: typeof stored) =>
      [...from].flatMap(([sheet, formulas]) =>
        [...formulas.keys()].map((address) => ({
          sheet,
          address,
          ...sheets.get(sheet)?.get(address),
        }))
      );
    // every formula of the original, as the saved file holds it and as the original held it
    expect(list(saved, stored)).toEqual(list(stored, stored));
    expect(list(stored, stored).length).toBeGreaterThanOrEqual(12);
    // the two that exceljs reads as invalid dates: an error and a text, each in a date-formatted cell
    expect(stored.get("Meeting dates")?.get("C14")).toEqual({
      formula: "VLOOKUP(A14,$A$4:$C$13,3,FALSE)",
      type: "e",
      cached: "#N/A",
    });
    expect(stored.get("Complaints log")?.get("A9")).toEqual({
      formula: 'IFERROR(DATEVALUE("pending"),"tbc")',
      type: "str",
      cached: "tbc",
    });
  });

  it("keeps column widths and hidden columns, row heights and hidden rows", () => {
    for (const original of before.worksheets) {
      const scannedSheet = after.getWorksheet(original.name)!;
      const owned = ownedColumns(scannedSheet);
      for (let c = 1; c <= original.columnCount; c++) {
        if (owned.has(c)) continue;
        const [was, is] = [original.getColumn(c), scannedSheet.getColumn(c)];
        expect({ sheet: original.name, c, width: is.width, hidden: is.hidden }).toEqual({
          sheet: original.name,
          c,
          width: was.width,
          hidden: was.hidden,
        });
      }
      for (let r = 1; r <= original.rowCount; r++) {
        const [was, is] = [original.getRow(r), scannedSheet.getRow(r)];
        expect({ sheet: original.name, r, height: is.height, hidden: is.hidden }).toEqual({
          sheet: original.name,
          r,
          height: was.height,
          hidden: was.hidden,
        });
      }
    }
    // the fixture's hidden rows and columns are still hidden
    expect(after.getWorksheet("members_")!.getRow(9).hidden).toBe(true);
    expect(after.getWorksheet("members_")!.getColumn(8).hidden).toBe(true);
    expect(after.getWorksheet("attendance register")!.getColumn(7).hidden).toBe(true);
    expect(after.getWorksheet("KPI - Rent")!.getRow(11).hidden).toBe(true);
    expect(after.getWorksheet("Repairs KPIs (wide)")!.getColumn(10).hidden).toBe(true);
  });

  it("keeps every merge", () => {
    for (const original of before.worksheets) {
      const scannedSheet = after.getWorksheet(original.name)!;
      expect({ sheet: original.name, merges: [...scannedSheet.model.merges].sort() }).toEqual({
        sheet: original.name,
        merges: [...original.model.merges].sort(),
      });
    }
    expect(after.getWorksheet("KPI - Rent")!.model.merges.sort()).toEqual(["A1:G1", "F5:F11"]);
  });

  it("keeps the Members Excel table", () => {
    const tables = (workbook: Workbook) =>
      workbook
        .getWorksheet("members_")!
        .getTables()
        .map((table) => {
          const model = (
            table as unknown as { table: { name: string; tableRef?: string; ref?: string } }
          ).table;
          return { name: model.name, ref: model.tableRef ?? model.ref };
        });
    expect(tables(before)).toEqual([{ name: "PanelMembers", ref: "A4:H13" }]);
    expect(tables(after)).toEqual(tables(before));
  });
});
