import type {
  CellValueConditionalFormat,
  ConditionalFormat,
  ConditionalFormatCollection,
  DataValidation,
  DataValidationRule,
  RangeFormat,
  TextConditionalFormat,
} from "../../../src/hosts/excel/excelApi";
import { propertyNotLoaded } from "./fakeProtocol";
import type { FakeRange } from "./fakeRange";
import type { FakeWorksheet } from "./fakeSheets";
import { FakeConditionalFormat, overlaps } from "./fakeWorkbook";

/** Queues a change to the workbook on the range's or sheet's context; it runs at sync, for good. */
export function change(owner: FakeRange | FakeWorksheet, apply: () => void): void {
  const context = "worksheet" in owner ? owner.worksheet.context : owner.context;
  context.enqueue({
    execute: () => {
      apply();
    },
  });
}

/** Replaces a list kept on the sheet. */
export function replaceList<K extends "validations" | "conditionalFormats" | "tables" | "charts">(
  range: FakeRange | FakeWorksheet,
  key: K,
  next: (list: ReturnType<FakeWorksheet["sheet"]>[K]) => ReturnType<FakeWorksheet["sheet"]>[K]
): void {
  const sheet = "worksheet" in range ? range.resolve().sheet : range.sheet();
  sheet[key] = next(sheet[key]);
}

export class FakeRangeFormat implements RangeFormat {
  constructor(private readonly range: FakeRange) {}

  get columnWidth(): number {
    throw propertyNotLoaded("columnWidth");
  }

  set columnWidth(points: number) {
    change(this.range, () => {
      const { sheet, area } = this.range.cells();
      for (let c = area.column; c < area.column + area.columnCount; c++)
        sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeDataValidation implements DataValidation {
  constructor(private readonly range: FakeRange) {}

  get rule(): DataValidationRule {
    throw propertyNotLoaded("rule");
  }

  set rule(rule: DataValidationRule) {
    const copy = structuredClone(rule);
    change(this.range, () => {
      const area = this.range.cells().area;
      replaceList(this.range, "validations", (list) => [...list, { area, rule: copy }]);
    });
  }

  clear(): void {
    change(this.range, () => {
      const area = this.range.cells().area;
      replaceList(this.range, "validations", (list) => list.filter((v) => !overlaps(v.area, area)));
    });
  }
}

export class FakeConditionalFormats implements ConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}

  add(type: "CellValue" | "ContainsText"): ConditionalFormat {
    const record: FakeConditionalFormat = {
      type,
      area: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
    };
    change(this.range, () => {
      record.area = this.range.cells().area;
      replaceList(this.range, "conditionalFormats", (list) => [...list, record]);
    });
    const set = (apply: () => void): void => change(this.range, apply);
    const format = {
      fill: writeOnly("color", (color: string) => set(() => (record.fill = color))),
      font: writeOnly("color", (color: string) => set(() => (record.font = color))),
    };
    // The part: its format, and a rule that can be set but not read back.
    const made = Object.assign(
      writeOnly("rule", (value: Record<string, string>) => set(() => (record.rule = { ...value }))),
      { format }
    );
    // Each type of conditional format has its own part; Office.js gives a null object for the others.
    const part = <T>(wanted: string, made: T): T => {
      if (type !== wanted) throw new Error(`A ${type} conditional format has no ${wanted} part`);
      return made;
    };
    return {
      get cellValue(): CellValueConditionalFormat {
        return part("CellValue", made as unknown as CellValueConditionalFormat);
      },
      get textComparison(): TextConditionalFormat {
        return part("ContainsText", made as unknown as TextConditionalFormat);
      },
    };
  }

  clearAll(): void {
    change(this.range, () => {
      const area = this.range.cells().area;
      replaceList(this.range, "conditionalFormats", (list) =>
        list.filter((f) => !overlaps(f.area, area))
      );
    });
  }
}

/** An object with one property that can be set (queued) but not read without a load. */
function writeOnly<K extends string, T>(key: K, write: (value: T) => void): Record<K, T> {
  const target = {};
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      throw propertyNotLoaded(key);
    },
    set: write,
  });
  return target as Record<K, T>;
}
