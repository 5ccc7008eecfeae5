import type {
  EventHandlerResult,
  EventHandlers,
  Worksheet,
  WorksheetChangedEventArgs,
  WorksheetCollection,
} from "../../../src/hosts/excel/excelApi";
import type { ChangeHandler, FakeContext } from "./fakeExcel";
import { FakeChartCollection } from "./fakeCharts";
import { FakeTableCollection } from "./fakeLayout";
import { FakeOfficeError, itemNotFound, LoadedProperties, propertyNames } from "./fakeProtocol";
import { FakeRange } from "./fakeRange";
import { emptySheet, FakeSheet, usedArea } from "./fakeWorkbook";

/** Excel's rules for a sheet's name: 1 to 31 characters, none of [ ] : * ? / \, no ' at either end. */
function isLegalSheetName(name: string): boolean {
  return (
    name.trim() !== "" &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `workbook.worksheets`: loads names, finds and adds sheets, and takes change handlers. */
export class FakeWorksheetCollection implements WorksheetCollection {
  private readonly loaded = new LoadedProperties();
  readonly onChanged: EventHandlers<WorksheetChangedEventArgs>;

  constructor(private readonly context: FakeContext) {
    this.onChanged = { add: (handler) => this.addHandler(handler) };
  }

  get items(): FakeWorksheet[] {
    return this.loaded.get("items");
  }

  load(names: string): this {
    propertyNames(names, ["items/name"]);
    this.context.enqueue({
      execute: () => {
        const records = [...this.context.excel.sheets];
        return {
          responseBytes: 0,
          deliver: () =>
            this.loaded.set(
              "items",
              records.map((record) => new FakeWorksheet(this.context, record.name, { record }))
            ),
        };
      },
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, key, { mustExist: true });
  }

  add(name = `Sheet${this.context.excel.sheets.length + 1}`): FakeWorksheet {
    const excel = this.context.excel;
    const worksheet = new FakeWorksheet(this.context, name, {});
    this.context.enqueue({
      execute: () => {
        if (!isLegalSheetName(name))
          throw new FakeOfficeError("InvalidArgument", `${name} cannot be a sheet's name.`);
        if (excel.sheets.some((sheet) => sameName(sheet.name, name)))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
        const record = emptySheet(name);
        excel.sheets = [...excel.sheets, record];
        worksheet.bind(record);
      },
    });
    return worksheet;
  }

  private addHandler(handler: ChangeHandler): EventHandlerResult {
    const { context } = this;
    const excel = context.excel;
    context.enqueue({
      execute: () => {
        excel.requireApi("WorksheetCollection.onChanged", "1.9");
        excel.changeHandlers.add(handler);
      },
    });
    return {
      context,
      // Queued in the context the handler was added in: only a sync of that context removes it.
      remove: () => context.enqueue({ execute: () => void excel.changeHandlers.delete(handler) }),
    };
  }
}

/**
 * A sheet: by name, found when the request runs (ItemNotFound then if it is gone), and from then on
 * that sheet whatever it is renamed to, as Office.js proxies are.
 */
export class FakeWorksheet implements Worksheet {
  private readonly loaded = new LoadedProperties();
  private record: FakeSheet | undefined;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };

  constructor(
    readonly context: FakeContext,
    readonly sheetName: string,
    options: { mustExist?: boolean; record?: FakeSheet }
  ) {
    if (options.mustExist) context.enqueue({ execute: () => void this.sheet() });
    if (options.record) {
      this.record = options.record;
      this.loaded.set("name", options.record.name);
    }
    this.tables = new FakeTableCollection(this);
    this.charts = new FakeChartCollection(this);
    this.freezePanes = {
      freezeRows: (count = 0) =>
        context.enqueue({
          execute: () => {
            this.sheet().frozenRows = count;
          },
        }),
    };
  }

  get name(): string {
    return this.loaded.get("name");
  }

  set name(name: string) {
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        const sheet = this.sheet();
        if (!isLegalSheetName(name))
          throw new FakeOfficeError("InvalidArgument", `${name} cannot be a sheet's name.`);
        if (excel.sheets.some((other) => other !== sheet && sameName(other.name, name)))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
        sheet.name = name;
      },
    });
  }

  /** The sheet `worksheets.add` made, once its call has run. */
  bind(record: FakeSheet): void {
    this.record = record;
  }

  /** The sheet as the request runs. */
  sheet(): FakeSheet {
    const sheets = this.context.excel.sheets;
    if (this.record) {
      if (!sheets.includes(this.record)) throw itemNotFound(`worksheet '${this.sheetName}'`);
      return this.record;
    }
    const sheet = sheets.find((candidate) => candidate.name === this.sheetName);
    if (!sheet) throw itemNotFound(`worksheet '${this.sheetName}'`);
    this.record = sheet;
    return sheet;
  }

  delete(): void {
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        const sheet = this.sheet();
        // A workbook keeps at least one sheet.
        if (excel.sheets.length === 1)
          throw new FakeOfficeError(
            "InvalidOperation",
            "A workbook must contain at least one sheet."
          );
        excel.sheets = excel.sheets.filter((other) => other !== sheet);
        if (excel.activeSheet === sheet.name) excel.activeSheet = undefined;
      },
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    // Without valuesOnly Excel counts formatted empty cells too; the host never asks for that.
    if (valuesOnly !== true) throw new Error("The fake models only getUsedRangeOrNullObject(true)");
    return new FakeRange(this, usedArea);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const area = { row: startRow, column: startColumn, rowCount, columnCount };
    return new FakeRange(this, () => area, { mustBeValid: true });
  }

  activate(): void {
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        excel.activeSheet = this.sheet().name;
      },
    });
  }
}
