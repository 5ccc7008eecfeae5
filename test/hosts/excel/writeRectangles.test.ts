import { number, text, BLANK_VALUE, CellWrite } from "../../../src/workbook/plan";
import { excelCellOf, rectanglesOf, rowBytesOf } from "../../../src/hosts/excel/writeRectangles";

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

  test("starts a new rectangle where the rows stop being adjacent or span other columns", () => {
    const writes = [at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(3, 0), at(3, 1), at(4, 1)];
    const areas = rectanglesOf(writes).map(({ row, column, values }) => ({
      row,
      column,
      rows: values.length,
      columns: values[0]?.length,
    }));
    expect(areas).toEqual([
      { row: 0, column: 0, rows: 2, columns: 2 },
      { row: 3, column: 0, rows: 1, columns: 2 },
      { row: 4, column: 1, rows: 1, columns: 1 },
    ]);
  });

  test("writes a row in one range, null over the cells between that the plan leaves alone", () => {
    // A new trigger's Key, Type and Panel decision around an officers' column: one call, never half a row.
    const writes = [at(0, 0, text("K1")), at(0, 1, text("KPI")), at(0, 3, text("New"))];
    expect(rectanglesOf(writes)).toEqual([
      {
        row: 0,
        column: 0,
        values: [["K1", "KPI", null, "New"]],
        formats: [["@", "@", null, "@"]],
      },
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

describe("rowBytesOf", () => {
  test("counts a row's values and formats as UTF-8 JSON, as Excel on the web counts its 5 MB", () => {
    // ["é£😀"] is 4 + 2 + 2 + 4 bytes, ["@"] is 5: JavaScript's length would say 8 and 5.
    const [rectangle] = rectanglesOf([at(0, 0, text("é£😀"))]);
    expect(rowBytesOf(rectangle!)).toEqual([Buffer.byteLength('["é£😀"]') + 5]);
    expect(rowBytesOf(rectangle!)).toEqual([17]);
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
