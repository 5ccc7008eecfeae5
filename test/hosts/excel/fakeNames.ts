import type { NamedItem, NamedItemCollection, Range } from "../../../src/hosts/excel/excelApi";
import type { FakeContext } from "./fakeExcel";
import {
  FakeOfficeError,
  itemNotFound,
  jsonBytes,
  LoadedProperties,
  propertyNames,
} from "./fakeProtocol";
import type { FakeRange } from "./fakeRange";
import { FakeSheet } from "./fakeWorkbook";

/**
 * A workbook-wide defined name as the fake keeps it: the sheet it refers to (the record itself, so the
 * name follows the sheet when it is renamed, as Excel's do) and the top-left cell. Once its sheet is
 * deleted it refers to no cell: type `Error`, value `#REF!`.
 */
export interface FakeName {
  name: string;
  sheet: FakeSheet | undefined;
  row: number;
  column: number;
  comment: string;
}

/**
 * Excel's rules for a name, independent of the host's (src/hosts/excel/checkPlan.ts), so a mistake
 * there shows up here: ECMA-376's "Names" (a letter, `_` or `\` first, then letters, digits, `_` and
 * `.`; not TRUE or FALSE, nor a cell reference) and Excel's limit of 255 characters.
 */
function isLegalName(name: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) return false;
  if (/^(true|false)$/i.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^[Rr]\d*$|^[Cc]\d*$|^[Rr]\d*[Cc]\d*$/.test(name);
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `'KPI status'!$A$1`, as Excel gives a named range's address. */
function addressOf(sheet: FakeSheet, row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${quoted}!$${letters}$${row + 1}`;
}

/** `workbook.names`: loads, adds and finds the workbook-wide names (ExcelApi 1.1; add and delete 1.4). */
export class FakeNamedItemCollection implements NamedItemCollection {
  private readonly loaded = new LoadedProperties();

  constructor(private readonly context: FakeContext) {}

  get items(): FakeNamedItem[] {
    return this.loaded.get("items");
  }

  load(names: string): this {
    propertyNames(names, ["items/name", "items/type", "items/value"]);
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        const items = excel.names.map((named) => {
          const live = named.sheet !== undefined && excel.sheets.includes(named.sheet);
          return {
            name: named.name,
            type: live ? "Range" : "Error",
            value: live ? addressOf(named.sheet as FakeSheet, named.row, named.column) : "#REF!",
          };
        });
        return {
          responseBytes: jsonBytes(items),
          deliver: () =>
            this.loaded.set(
              "items",
              items.map((item) => new FakeNamedItem(this.context, item.name, item))
            ),
        };
      },
    });
    return this;
  }

  add(name: string, reference: Range | string, comment = ""): NamedItem {
    if (typeof reference === "string") throw new Error("The fake names ranges, not formulas");
    const range = reference as FakeRange;
    const excel = this.context.excel;
    this.context.enqueue({
      requestBytes: jsonBytes({ name, comment }),
      execute: () => {
        excel.requireApi("NamedItemCollection.add", "1.4");
        if (!isLegalName(name))
          throw new FakeOfficeError("InvalidArgument", `${name} is not a valid name.`);
        // Names and table names are one namespace in a workbook, ignoring case.
        const tables = excel.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
        if ([...excel.names.map((n) => n.name), ...tables].some((taken) => sameName(taken, name)))
          throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
        const { sheet, area } = range.cells();
        excel.names.push({ name, sheet, row: area.row, column: area.column, comment });
      },
    });
    return new FakeNamedItem(this.context, name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }
}

/** A name, found by name (ignoring case) when a request uses it. */
export class FakeNamedItem implements NamedItem {
  private readonly loaded = new LoadedProperties();

  constructor(
    private readonly context: FakeContext,
    private readonly key: string,
    delivered?: { name: string; type: string; value: string }
  ) {
    if (delivered)
      for (const [property, value] of Object.entries(delivered)) this.loaded.set(property, value);
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get type(): string {
    return this.loaded.get("type");
  }

  get value(): unknown {
    return this.loaded.get("value");
  }

  delete(): void {
    const excel = this.context.excel;
    this.context.enqueue({
      execute: () => {
        excel.requireApi("NamedItem.delete", "1.4");
        const index = excel.names.findIndex((named) => sameName(named.name, this.key));
        if (index < 0) throw itemNotFound(`name '${this.key}'`);
        excel.names.splice(index, 1);
      },
    });
  }
}
