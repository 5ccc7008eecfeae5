import type { Range, Table, TableCollection } from "../../../src/hosts/excel/excelApi";

import { change, replaceList } from "./fakeFormats";
import {
  FakeOfficeError,
  itemNotFound,
  LoadedProperties,
  propertyNames,
  propertyNotLoaded,
} from "./fakeProtocol";
import type { FakeRange } from "./fakeRange";
import type { FakeWorksheet } from "./fakeSheets";
import { FakeSheet, FakeTable as TableRecord, overlaps } from "./fakeWorkbook";

/** A table or chart proxy (charts in fakeCharts.ts): finds its record when the request runs, by name or as just added. */
export class Named<R extends { name: string }> {
  protected readonly loaded = new LoadedProperties();
  constructor(
    protected readonly worksheet: FakeWorksheet,
    protected readonly find: () => R
  ) {}

  get name(): string {
    return this.loaded.get("name");
  }

  set name(name: string) {
    change(this.worksheet, () => {
      const record = this.find();
      this.checkName(record, name);
      record.name = name;
    });
  }

  /** Throws if the record may not take the name; charts' names are not checked (tables' are, below). */
  protected checkName(record: R, name: string): void {
    void record;
    void name;
  }

  loadedName(name: string): this {
    this.loaded.set("name", name);
    return this;
  }
}

/** Every table of the workbook, whatever its sheet. */
function allTables(sheets: readonly FakeSheet[]): TableRecord[] {
  return sheets.flatMap((sheet) => sheet.tables);
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

class FakeTable extends Named<TableRecord> implements Table {
  get style(): string {
    throw propertyNotLoaded("style");
  }

  set style(style: string) {
    change(this.worksheet, () => {
      this.find().style = style;
    });
  }

  /**
   * A table's name is unique in the whole workbook, not just on its sheet (Excel's names are
   * workbook-wide, ignoring case): taking one another table or a defined name has fails.
   */
  protected override checkName(record: TableRecord, name: string): void {
    const excel = this.worksheet.context.excel;
    if (allTables(excel.sheets).some((table) => table !== record && sameName(table.name, name)))
      throw new FakeOfficeError("ItemAlreadyExists", `A table named ${name} already exists.`);
    // Tables and defined names share the workbook's one namespace of names.
    if (excel.names.some((named) => sameName(named.name, name)))
      throw new FakeOfficeError("ItemAlreadyExists", `A name ${name} already exists.`);
  }

  convertToRange(): Range {
    let area = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    change(this.worksheet, () => {
      const record = this.find();
      area = record.area;
      replaceList(this.worksheet, "tables", (list) => list.filter((table) => table !== record));
    });
    return this.worksheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
  }

  /**
   * ExcelApi 1.13: "The new range must overlap with the original table range and the headers (or the
   * top of the table) must be in the same row" (Table.resize). A table keeps a row under its headers.
   */
  resize(newRange: Range | string): void {
    if (typeof newRange === "string") throw new Error("The fake resizes tables to a range");
    const range = newRange as FakeRange;
    const excel = this.worksheet.context.excel;
    change(this.worksheet, () => {
      excel.requireApi("Table.resize", "1.13");
      const record = this.find();
      const { sheet, area } = range.cells();
      const legal =
        sheet.tables.includes(record) &&
        area.row === record.area.row &&
        area.rowCount >= 2 &&
        overlaps(area, record.area) &&
        !sheet.tables.some((other) => other !== record && overlaps(other.area, area));
      if (!legal) throw new FakeOfficeError("InvalidArgument", "The table cannot take that range.");
      record.area = area;
    });
  }
}

export class FakeTableCollection implements TableCollection {
  private readonly loaded = new LoadedProperties();
  constructor(private readonly worksheet: FakeWorksheet) {}

  get items(): FakeTable[] {
    return this.loaded.get("items");
  }

  load(names: string): this {
    propertyNames(names, ["items/name"]);
    this.worksheet.context.enqueue({
      execute: () => {
        const tables = [...this.worksheet.sheet().tables];
        return {
          responseBytes: 0,
          deliver: () =>
            this.loaded.set(
              "items",
              tables.map((t) => new FakeTable(this.worksheet, () => t).loadedName(t.name))
            ),
        };
      },
    });
    return this;
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    if (typeof address === "string" || !hasHeaders)
      throw new Error("The fake takes a range with headers");
    const range = address as FakeRange;
    let added: TableRecord | undefined;
    change(this.worksheet, () => {
      const { sheet, area } = range.cells();
      if (sheet.tables.some((table) => overlaps(table.area, area)))
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      const record: TableRecord = {
        name: defaultTableName(range.excel.sheets),
        style: "TableStyleMedium2",
        area,
      };
      added = record;
      replaceList(this.worksheet, "tables", (list) => [...list, record]);
    });
    return new FakeTable(this.worksheet, () => added ?? fail("table"));
  }

  getItem(key: string): Table {
    const find = (): TableRecord =>
      this.worksheet.sheet().tables.find((t) => sameName(t.name, key)) ?? fail(`table '${key}'`);
    this.worksheet.context.enqueue({ execute: () => void find() });
    return new FakeTable(this.worksheet, find);
  }
}

/** Excel names a new table TableN with the first N no table of the workbook has. */
function defaultTableName(sheets: readonly FakeSheet[]): string {
  const taken = new Set(allTables(sheets).map((table) => table.name.toLowerCase()));
  let n = 1;
  while (taken.has(`table${n}`)) n += 1;
  return `Table${n}`;
}

export function fail(what: string): never {
  throw itemNotFound(what);
}
