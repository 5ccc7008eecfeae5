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
        const sheetNames = this.context.excel.sheets.map((sheet) => sheet.name);
        return {
          responseBytes: 0,
          deliver: () =>
            this.loaded.set(
              "items",
              sheetNames.map((name) => new FakeWorksheet(this.context, name, { loadedName: true }))
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
    this.context.enqueue({
      execute: (undo) => {
        if (excel.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
        const before = excel.sheets;
        excel.sheets = [...before, emptySheet(name)];
        undo.push(() => (excel.sheets = before));
      },
    });
    return new FakeWorksheet(this.context, name, {});
  }

  private addHandler(handler: ChangeHandler): EventHandlerResult {
    const { context } = this;
    const handlers = context.excel.changeHandlers;
    context.enqueue({
      execute: (undo) => {
        handlers.add(handler);
        undo.push(() => handlers.delete(handler));
      },
    });
    return {
      context,
      remove: () =>
        context.enqueue({
          execute: (undo) => {
            handlers.delete(handler);
            undo.push(() => handlers.add(handler));
          },
        }),
    };
  }
}

/** A sheet by name, found when the request runs (ItemNotFound then if it is gone). */
export class FakeWorksheet implements Worksheet {
  private readonly loaded = new LoadedProperties();
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };

  constructor(
    readonly context: FakeContext,
    readonly sheetName: string,
    options: { mustExist?: boolean; loadedName?: boolean }
  ) {
    if (options.mustExist) context.enqueue({ execute: () => void this.sheet() });
    if (options.loadedName) this.loaded.set("name", sheetName);
    this.tables = new FakeTableCollection(this);
    this.charts = new FakeChartCollection(this);
    this.freezePanes = {
      freezeRows: (count = 0) =>
        context.enqueue({
          execute: (undo) => {
            const sheet = this.sheet();
            const before = sheet.frozenRows;
            sheet.frozenRows = count;
            undo.push(() => (sheet.frozenRows = before));
          },
        }),
    };
  }

  get name(): string {
    return this.loaded.get("name");
  }

  /** The sheet as the request runs. */
  sheet(): FakeSheet {
    const sheet = this.context.excel.sheets.find((candidate) => candidate.name === this.sheetName);
    if (!sheet) throw itemNotFound(`worksheet '${this.sheetName}'`);
    return sheet;
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
      execute: (undo) => {
        const before = excel.activeSheet;
        excel.activeSheet = this.sheet().name;
        undo.push(() => (excel.activeSheet = before));
      },
    });
  }
}
