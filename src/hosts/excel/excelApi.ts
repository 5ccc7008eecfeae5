/**
 * The part of the Excel JavaScript API (Office.js) the Excel host uses, as narrow structural types. The
 * host is written against these, not the `Excel` global, so tests can hand it a small fake and the
 * code runs where Office.js is not loaded. Enum values are string literals for the same reason.
 *
 * `officeJsFitsThisSubset` below fails to compile if Office.js stops matching any member used here.
 */

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  /** ExcelApi 1.8. */
  readonly runtime: ExcelRuntime;
  sync(): Promise<unknown>;
}

/** A request context as Excel.run(context, batch) takes it back (OfficeExtension.ClientRequestContext). */
export interface ClientContext {
  sync(): Promise<unknown>;
}

export interface ExcelRuntime {
  /**
   * ExcelApi 1.8: whether Excel fires events for this add-in's runtime. "Events are enabled and
   * disabled at the runtime level. The enableEvents property determines if events are fired and their
   * handlers are activated" (Work with events using the Excel JavaScript API, "Enable and disable
   * events", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
   */
  enableEvents: boolean;
}

export interface ExcelWorkbook {
  readonly worksheets: WorksheetCollection;
  /** The workbook-wide defined names (ExcelApi 1.1; names scoped to a sheet are `worksheet.names`). */
  readonly names: NamedItemCollection;
}

export interface NamedItemCollection {
  readonly items: NamedItem[];
  load(propertyNames: string): NamedItemCollection;
  /** ExcelApi 1.4: a new workbook-wide name referring to the range; fails if the name exists (ignoring case). */
  add(name: string, reference: Range | string, comment?: string): NamedItem;
  getItem(name: string): NamedItem;
}

export interface NamedItem {
  readonly name: string;
  /** `Range` for a name that refers to cells; `Error` once they are deleted (`#REF!`); others for constants. */
  readonly type: string;
  /** "For a named range, it will return the range address" (NamedItem.value, ExcelApi 1.1). */
  readonly value: unknown;
  /** ExcelApi 1.4. */
  delete(): void;
}

export interface WorksheetCollection {
  readonly items: Worksheet[];
  load(propertyNames: string): WorksheetCollection;
  getItem(key: string): Worksheet;
  add(name?: string): Worksheet;
  /** ExcelApi 1.9: a change on any sheet. */
  readonly onChanged: EventHandlers<WorksheetChangedEventArgs>;
}

export interface WorksheetChangedEventArgs {
  readonly worksheetId: string;
  readonly source: string;
}

export interface EventHandlers<T> {
  add(handler: (eventArgs: T) => Promise<unknown>): EventHandlerResult;
}

export interface EventHandlerResult {
  /**
   * The context the handler was added in: "The same RequestContext object that the handler was added
   * in must be used when removing the handler" (OfficeExtension.EventHandlerResult), through
   * Excel.run(context, batch) ("Remove an event handler", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
   */
  readonly context: ClientContext;
  remove(): void;
}

export interface Worksheet {
  /** Settable: renaming a sheet the add-in has finished writing (applyPlan.ts). */
  name: string;
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly freezePanes: WorksheetFreezePanes;
  /** `valuesOnly`: cells holding a value, not those only formatted, as the other hosts count them. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range;
  activate(): void;
  delete(): void;
}

export interface WorksheetFreezePanes {
  freezeRows(count?: number): void;
}

export interface Range {
  /** Null when Excel on the web leaves out a response too large for its payload limit. */
  values: unknown[][] | null;
  numberFormat: unknown[][] | null;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;
  load(propertyNames: string): Range;
  select(): void;
}

export interface RangeFormat {
  /** In points, not characters. */
  columnWidth: number;
}

export interface DataValidation {
  rule: DataValidationRule;
  clear(): void;
}

export interface DataValidationRule {
  /** Office.js also takes a Range as the source; this host always gives a comma-separated list. */
  list?: { inCellDropDown: boolean; source: string | object };
}

export interface ConditionalFormatCollection {
  add(type: "CellValue" | "ContainsText"): ConditionalFormat;
  clearAll(): void;
}

export interface ConditionalFormat {
  readonly cellValue: CellValueConditionalFormat;
  readonly textComparison: TextConditionalFormat;
}

export interface ConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
}

export interface CellValueConditionalFormat {
  readonly format: ConditionalRangeFormat;
  rule: { formula1: string; operator: string };
}

export interface TextConditionalFormat {
  readonly format: ConditionalRangeFormat;
  rule: { operator: string; text: string };
}

export interface TableCollection {
  readonly items: Table[];
  load(propertyNames: string): TableCollection;
  add(address: Range | string, hasHeaders: boolean): Table;
  getItem(key: string): Table;
}

export interface Table {
  name: string;
  style: string;
  convertToRange(): Range;
  /** ExcelApi 1.13: the same table, its headers in the same row, over a new range. */
  resize(newRange: Range | string): void;
}

/** The chart types the plan's kinds map to (see layout.ts). */
export type ChartTypeName = "BarStacked" | "BarClustered" | "ColumnClustered";

export interface ChartCollection {
  readonly items: Chart[];
  load(propertyNames: string): ChartCollection;
  add(type: ChartTypeName, sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): Chart;
  getItem(name: string): Chart;
}

export interface Chart {
  name: string;
  readonly title: { text: string };
  setPosition(startCell: Range | string, endCell?: Range | string): void;
  setData(sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): void;
  delete(): void;
}

/** Runs a batch against a request context, as `Excel.run` does. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Runs a batch in a context an earlier batch made, as `Excel.run(context, batch)` does. */
export type ExcelRunIn = <T>(
  context: ClientContext,
  batch: (context: ExcelContext) => Promise<T>
) => Promise<T>;

// Compile-time checks against @types/office-js: `true` only type-checks while the real API fits.
type Fits<Real, Subset> = Real extends Subset ? true : false;
export const officeJsFitsThisSubset: Fits<Excel.RequestContext, ExcelContext> &
  Fits<ChartTypeName, `${Excel.ChartType}`> = true;
