import type { Range } from "../../../src/hosts/excel/excelApi";
import { CellArea } from "../../../src/workbook/plan";
import type { FakeExcel } from "./fakeExcel";
import { FakeConditionalFormats, FakeDataValidation, FakeRangeFormat } from "./fakeFormats";
import { FakeOfficeError, jsonBytes, LoadedProperties, propertyNames } from "./fakeProtocol";
import type { FakeWorksheet } from "./fakeSheets";
import { FakeCell, FakeSheet, formatsIn, valuesIn } from "./fakeWorkbook";

const RANGE_PROPERTIES = [
  "values",
  "numberFormat",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
] as const;

/** Excel's grid, for ranges asked for by indexes. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * A range whose cells are found when the request runs: a fixed area (`getRangeByIndexes`) or the used
 * range, which may be a null object.
 */
export class FakeRange implements Range {
  private readonly loaded = new LoadedProperties();
  private target: { sheet: FakeSheet; area: CellArea | null } | undefined;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    readonly worksheet: FakeWorksheet,
    private readonly areaOf: (sheet: FakeSheet) => CellArea | null,
    options: { mustBeValid?: boolean } = {}
  ) {
    worksheet.context.enqueue({
      execute: () => {
        const { area } = this.resolve();
        if (options.mustBeValid && (area === null || !isInGrid(area)))
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.");
      },
    });
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  get excel(): FakeExcel {
    return this.worksheet.context.excel;
  }

  /** The sheet and area, found at the range's first use in a request and kept. */
  resolve(): { sheet: FakeSheet; area: CellArea | null } {
    this.target ??= (() => {
      const sheet = this.worksheet.sheet();
      return { sheet, area: this.areaOf(sheet) };
    })();
    return this.target;
  }

  /** For calls that need cells: a null object has none. */
  cells(): { sheet: FakeSheet; area: CellArea } {
    const { sheet, area } = this.resolve();
    if (area === null) throw new FakeOfficeError("InvalidOperation", "The range is a null object.");
    return { sheet, area };
  }

  get values(): unknown[][] | null {
    return this.loaded.get("values");
  }

  set values(values: unknown[][] | null) {
    this.queueCellWrite(values, (cell, value) => this.valueWritten(cell, value), true);
  }

  get numberFormat(): unknown[][] | null {
    return this.loaded.get("numberFormat");
  }

  set numberFormat(formats: unknown[][] | null) {
    // null leaves a cell's format as it is (Excel add-ins: blank and null values,
    // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
    this.queueCellWrite(
      formats,
      (cell, format) => (format === null ? cell : { ...cell, format: String(format) }),
      false
    );
  }

  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  load(names: string): this {
    const wanted = propertyNames(names, RANGE_PROPERTIES);
    this.worksheet.context.enqueue({
      execute: () => {
        const { sheet, area } = this.resolve();
        const found = new Map<string, unknown>();
        if (area !== null) {
          found.set("rowIndex", area.row);
          found.set("columnIndex", area.column);
          found.set("rowCount", area.rowCount);
          found.set("columnCount", area.columnCount);
          if (wanted.includes("values")) found.set("values", valuesIn(sheet, area));
          if (wanted.includes("numberFormat")) found.set("numberFormat", formatsIn(sheet, area));
        }
        return {
          responseBytes: jsonBytes(found.get("values")) + jsonBytes(found.get("numberFormat")),
          deliver: (valuesLeftOut) => {
            this.loaded.set("isNullObject", area === null);
            for (const name of area === null ? [] : wanted) {
              const large = name === "values" || name === "numberFormat";
              this.loaded.set(name, valuesLeftOut && large ? null : found.get(name));
            }
          },
        };
      },
    });
    return this;
  }

  select(): void {
    const excel = this.excel;
    this.worksheet.context.enqueue({
      execute: () => {
        const { sheet, area } = this.cells();
        excel.selection = { sheet: sheet.name, row: area.row, column: area.column };
      },
    });
  }

  /** Queues setting every cell from a grid of the range's shape (as Office.js insists). */
  private queueCellWrite(
    grid: unknown[][] | null,
    change: (cell: FakeCell, input: unknown) => FakeCell,
    valuesChange: boolean
  ): void {
    if (grid === null) throw new Error("The fake does not take null for a whole range");
    this.worksheet.context.enqueue({
      requestBytes: jsonBytes(grid),
      execute: () => {
        const { sheet, area } = this.cells();
        const fits =
          grid.length === area.rowCount && grid.every((row) => row.length === area.columnCount);
        if (!fits)
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        grid.forEach((row, r) =>
          row.forEach((input, c) => {
            const [rowIndex, columnIndex] = [area.row + r, area.column + c];
            const cells = (sheet.rows[rowIndex] ??= []);
            const before = cells[columnIndex];
            const after = change(before ?? { value: "", format: "General" }, input);
            cells[columnIndex] = after;
            if (after.formula !== undefined && after.formula !== before?.formula)
              this.excel.formulas.push({
                sheet: sheet.name,
                row: rowIndex,
                column: columnIndex,
                formula: after.formula,
              });
          })
        );
        // worksheets.onChanged: "Occurs when data within cells is changed" (formats have their own event).
        if (valuesChange) this.excel.noteChange(sheet.name);
      },
    });
  }

  /**
   * What Excel stores for a value: a string starting with = + - @ becomes a formula (recorded, its
   * result shown as a marker), and a string that reads as a number becomes one, unless the cell's
   * number format is Text ("@"), when the string is kept exactly.
   */
  private valueWritten(cell: FakeCell, input: unknown): FakeCell {
    if (typeof input === "string" && cell.format !== "@") {
      if (/^[=+\-@]/.test(input))
        return { value: `(result of ${input})`, format: cell.format, formula: input };
      if (input.trim() !== "" && !Number.isNaN(Number(input)))
        return { value: Number(input), format: cell.format };
    }
    if (typeof input === "string" || typeof input === "number" || typeof input === "boolean")
      return { value: input, format: cell.format };
    return cell; // null leaves a cell as it is, as in Office.js
  }
}

function isInGrid(area: CellArea): boolean {
  return (
    area.row >= 0 &&
    area.column >= 0 &&
    area.rowCount >= 1 &&
    area.columnCount >= 1 &&
    area.row + area.rowCount <= MAX_ROWS &&
    area.column + area.columnCount <= MAX_COLUMNS
  );
}
