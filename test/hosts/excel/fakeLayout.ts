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
import { FakeTable as TableRecord, overlaps } from "./fakeWorkbook";

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
      const before = record.name;
      record.name = name;
      return () => (record.name = before);
    });
  }

  loadedName(name: string): this {
    this.loaded.set("name", name);
    return this;
  }
}

class FakeTable extends Named<TableRecord> implements Table {
  get style(): string {
    throw propertyNotLoaded("style");
  }

  set style(style: string) {
    change(this.worksheet, () => {
      const record = this.find();
      const before = record.style;
      record.style = style;
      return () => (record.style = before);
    });
  }

  convertToRange(): Range {
    let area = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    change(this.worksheet, () => {
      const record = this.find();
      area = record.area;
      return replaceList(this.worksheet, "tables", (list) =>
        list.filter((table) => table !== record)
      );
    });
    return this.worksheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
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
      const all = range.excel.sheets.flatMap((s) => s.tables);
      if (sheet.tables.some((table) => overlaps(table.area, area)))
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      const record: TableRecord = {
        name: `Table${all.length + 1}`,
        style: "TableStyleMedium2",
        area,
      };
      added = record;
      return replaceList(this.worksheet, "tables", (list) => [...list, record]);
    });
    return new FakeTable(this.worksheet, () => added ?? fail("table"));
  }

  getItem(key: string): Table {
    const find = (): TableRecord =>
      this.worksheet.sheet().tables.find((t) => t.name === key) ?? fail(`table '${key}'`);
    this.worksheet.context.enqueue({ execute: () => void find() });
    return new FakeTable(this.worksheet, find);
  }
}

export function fail(what: string): never {
  throw itemNotFound(what);
}
