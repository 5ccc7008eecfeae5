import { number, text, BLANK_VALUE, CellWrite } from "../../../src/workbook/plan";
import { excelCellOf, rectanglesOf } from "../../../src/hosts/excel/writeRectangles";

const at = (row: number, column: number, value = number(row * 10 + column)): CellWrite => ({
  row,
  column,
  value,
});

describe("rectanglesOf", () => {
  test("makes one rectangle of a block of changes, whatever order the plan lists them in", () => {
    const writes = [at(1, 1), at(0, 0), at(0, 1), at(1, 0)];
    expect(rectanglesOf(writes)).toEqual([
      {
        row: 0,
        column: 0,
        values: [
          [0, 1],
          [10, 11],
        ],
        formats: [
          ["General", "General"],
          ["General", "General"],
        ],
      },
    ]);
  });

  test("starts a new rectangle where the columns or the rows stop being adjacent", () => {
    const writes = [at(0, 0), at(0, 1), at(0, 5), at(1, 0), at(1, 1), at(3, 0), at(3, 1)];
    const areas = rectanglesOf(writes).map(({ row, column, values }) => ({
      row,
      column,
      rows: values.length,
      columns: values[0]?.length,
    }));
    expect(areas).toEqual([
      { row: 0, column: 0, rows: 2, columns: 2 },
      { row: 0, column: 5, rows: 1, columns: 1 },
      { row: 3, column: 0, rows: 1, columns: 2 },
    ]);
  });

  test("keeps a row's runs apart when the next row spans different columns", () => {
    const writes = [at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(1, 2)];
    expect(rectanglesOf(writes).map((r) => [r.row, r.values.length, r.values[0]?.length])).toEqual([
      [0, 1, 2],
      [1, 1, 3],
    ]);
  });

  test("takes the last of two writes to the same cell", () => {
    const writes = [at(0, 0, text("first")), at(0, 0, text("second"))];
    expect(rectanglesOf(writes)[0]?.values).toEqual([["second"]]);
  });
});

describe("excelCellOf", () => {
  test("gives text the Text format, so Excel keeps it as typed", () => {
    expect(excelCellOf(text("=1+1"))).toEqual({ value: "=1+1", format: "@" });
  });

  test("writes a blank as an empty General cell", () => {
    expect(excelCellOf(BLANK_VALUE)).toEqual({ value: "", format: "General" });
  });
});
