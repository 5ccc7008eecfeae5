import { hostOn } from "../hosts/excel/excelTestKit";
import { FakeExcel } from "../hosts/excel/fakeExcel";
import { cellOf, FakeCell, FakeSheet } from "../hosts/excel/fakeWorkbook";
import { asRead, FORMULA_LIKE, injectedWorkbook } from "./injectedWorkbook";
import {
  COMPLAINTS_TRIGGER,
  EVIDENCE_MENTION,
  Expected,
  expectedTexts,
  PANEL_NOTE,
  panelDay,
  placeOf,
} from "./panelFlow";

/**
 * docs/development.md: "Text from the workbook is written back as text, never as a formula." Through the Excel
 * host over the fake (which turns any string starting = + - @ into a formula unless the cell is
 * formatted Text), a day of scans and actions on a workbook whose names look like formulas leaves
 * Excel with no formula, and every such text in its place, literally, formatted "@".
 */
interface Found {
  row: number;
  column: number;
  cell: FakeCell;
}

/** The header's row and column, in the first 10 rows. */
function headerOf(sheet: FakeSheet, header: string): { row: number; column: number } {
  for (let row = 0; row < 10; row++) {
    const column = (sheet.rows[row] ?? []).findIndex((cell) => cell?.value === header);
    if (column >= 0) return { row, column };
  }
  throw new Error(`no ${header} on ${sheet.name}`);
}

/** Cells of a sheet holding anything, under the header if given. */
function cellsOf(sheet: FakeSheet, header?: string): Found[] {
  const under = header === undefined ? undefined : headerOf(sheet, header);
  return sheet.rows.flatMap((cells, row) =>
    (cells ?? []).flatMap((cell, column) =>
      cell && (under === undefined || (row > under.row && column === under.column))
        ? [{ row, column, cell }]
        : []
    )
  );
}

const snapshotOf = (excel: FakeExcel): Map<string, FakeCell> =>
  new Map(
    excel.sheets.flatMap((sheet) =>
      cellsOf(sheet).map(({ row, column, cell }) => [`${sheet.name}!${row},${column}`, { ...cell }])
    )
  );

describe("a panel's day over the Excel host, with names that look like formulas", () => {
  const { excel, host } = hostOn(injectedWorkbook());
  const before = snapshotOf(excel);
  let membersOnRoll: string[] = [];

  beforeAll(async () => {
    ({ membersOnRoll } = await panelDay(host, async () => {
      // The panel types its note into the Text-formatted cell, as text.
      const triggers = excel.sheet("Triggers");
      const notes = headerOf(triggers, "Panel notes").column;
      const row = cellsOf(triggers, "Key").find(({ cell }) => cell.value === COMPLAINTS_TRIGGER);
      if (!row) throw new Error(`no ${COMPLAINTS_TRIGGER} on Triggers`);
      Object.assign(cellOf(triggers, row.row, notes), { value: PANEL_NOTE, format: "@" });
    }));
  });

  it("makes no formula anywhere: scan, accept a trigger, record a meeting, write the Summary", () => {
    expect(excel.formulas).toEqual([]);
    const results = excel.sheets.flatMap((sheet) =>
      cellsOf(sheet).filter(({ cell }) => String(cell.value).startsWith("(result of"))
    );
    expect(results).toEqual([]);
  });

  it("reaches the recorded meeting with the member new to the register", () => {
    expect(membersOnRoll).toContain(asRead(FORMULA_LIKE.hyperlink));
  });

  it.each(expectedTexts({ summaryCharts: true }).map((e): [string, Expected] => [placeOf(e), e]))(
    "writes %s literally, formatted Text",
    (_, { sheet, header, text }) => {
      const found = cellsOf(excel.sheet(sheet), header).filter(({ cell }) => cell.value === text);
      expect(found.length).toBeGreaterThan(0);
      for (const { cell } of found) expect(cell).toEqual({ value: text, format: "@" });
    }
  );

  it("keeps the theme inside the complaints trigger's evidence as text", () => {
    const evidence = cellsOf(excel.sheet("Triggers"), "Evidence").filter(({ cell }) =>
      String(cell.value).includes(EVIDENCE_MENTION)
    );
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.cell.format).toBe("@");
  });

  it("gives every text it wrote, anywhere, the Text format", () => {
    const after = snapshotOf(excel);
    const untexted = [...after].filter(
      ([at, cell]) =>
        typeof cell.value === "string" &&
        cell.value !== "" &&
        JSON.stringify(before.get(at)) !== JSON.stringify(cell) &&
        cell.format !== "@"
    );
    expect(untexted.map(([at]) => at)).toEqual([]);
    expect(after.size).toBeGreaterThan(before.size + 100);
  });
});
