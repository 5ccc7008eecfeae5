import { withOwnedTables } from "../../src/engine/ownedTables";
import { BLANK_VALUE, CellWrite, SheetPlan, text } from "../../src/workbook/plan";
import { KPI_STATUS, TRIGGERS } from "../../src/workbook/sheets";
import { RawCell, WorkbookSnapshot } from "../../src/workbook/snapshot";

const TRIGGER_HEADERS = TRIGGERS.columns.map((column) => column.header);
const KPI_HEADERS = KPI_STATUS.columns.map((column) => column.header);

const row = (width: number, value: string): RawCell[] => Array<RawCell>(width).fill(value);

function plan(sheet: string, definition: string, writes: CellWrite[], create = false): SheetPlan {
  return { sheet, definition, create, writes };
}

describe("withOwnedTables", () => {
  test("gives a written Triggers sheet its table from the header row to the new last row", () => {
    // Two title rows above the headers, two triggers, and the plan adds a third under them.
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: "Triggers",
          origin: { row: 0, column: 0 },
          values: [["Review triggers"], [], TRIGGER_HEADERS, row(10, "a"), row(10, "b")],
        },
      ],
    };
    const writes = [0, 1, 3, 8].map((column) => ({ row: 5, column, value: text("c") }));
    const [sheet] = withOwnedTables(snapshot, {
      sheets: [plan("Triggers", "triggers", writes)],
    }).sheets;
    expect(sheet?.layout).toEqual({
      dropDowns: [],
      highlights: [],
      charts: [],
      table: { name: "TOSP_Triggers", area: { row: 2, column: 0, rowCount: 4, columnCount: 10 } },
    });
  });

  test("shrinks KPI status's table to the rows left once the plan clears the others, keeping one", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: "KPI status",
          origin: { row: 0, column: 0 },
          values: [KPI_HEADERS, row(11, "x"), row(11, "y"), row(11, "z")],
        },
      ],
    };
    const clear = (rows: number[]): CellWrite[] =>
      rows.flatMap((r) => KPI_HEADERS.map((_, column) => ({ row: r, column, value: BLANK_VALUE })));
    const tableOf = (writes: CellWrite[]) =>
      withOwnedTables(snapshot, { sheets: [plan("KPI status", "kpiStatus", writes)] }).sheets[0]
        ?.layout?.table;
    expect(tableOf(clear([2, 3]))?.area).toEqual({
      row: 0,
      column: 0,
      rowCount: 2,
      columnCount: 12, // with Quartile
    });
    expect(tableOf(clear([1, 2, 3]))?.area).toEqual({
      row: 0,
      column: 0,
      rowCount: 2,
      columnCount: 12,
    });
  });

  test("leaves alone a plan that creates the sheet, writes nothing there, or is not the add-in's table", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        { name: "KPI status", origin: { row: 0, column: 0 }, values: [KPI_HEADERS, row(11, "x")] },
        { name: "Members", origin: { row: 0, column: 0 }, values: [["Name", "Status"], ["Pat"]] },
      ],
    };
    const plans = [
      plan("KPI status", "kpiStatus", []),
      plan("Members", "members", [{ row: 1, column: 1, value: text("Active") }]),
      plan("Triggers", "triggers", [{ row: 0, column: 0, value: text("Key") }], true),
    ];
    expect(withOwnedTables(snapshot, { sheets: plans }).sheets).toEqual(plans);
  });
});
