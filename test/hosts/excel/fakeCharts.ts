import type {
  Chart,
  ChartCollection,
  ChartTypeName,
  Range,
} from "../../../src/hosts/excel/excelApi";
import { change, replaceList } from "./fakeFormats";
import { fail, Named } from "./fakeLayout";
import { LoadedProperties, propertyNames, propertyNotLoaded } from "./fakeProtocol";
import type { FakeRange } from "./fakeRange";
import type { FakeWorksheet } from "./fakeSheets";
import { FakeChart as ChartRecord } from "./fakeWorkbook";

class FakeChart extends Named<ChartRecord> implements Chart {
  readonly title: { text: string };

  constructor(worksheet: FakeWorksheet, find: () => ChartRecord) {
    super(worksheet, find);
    const set = (text: string): void =>
      change(this.worksheet, () => {
        this.find().title = text;
      });
    this.title = {
      get text(): string {
        throw propertyNotLoaded("text");
      },
      set text(text: string) {
        set(text);
      },
    };
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    if (typeof startCell === "string" || typeof endCell === "string" || endCell === undefined)
      throw new Error("The fake takes two ranges");
    const [start, end] = [startCell as FakeRange, endCell as FakeRange];
    change(this.worksheet, () => {
      this.find().position = { start: start.cells().area, end: end.cells().area };
    });
  }

  setData(sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): void {
    const range = sourceData as FakeRange;
    change(this.worksheet, () => {
      const record = this.find();
      record.data = range.cells().area;
      record.seriesBy = seriesBy;
    });
  }

  delete(): void {
    change(this.worksheet, () => {
      const record = this.find();
      replaceList(this.worksheet, "charts", (list) => list.filter((chart) => chart !== record));
    });
  }
}

export class FakeChartCollection implements ChartCollection {
  private readonly loaded = new LoadedProperties();
  constructor(private readonly worksheet: FakeWorksheet) {}

  get items(): FakeChart[] {
    return this.loaded.get("items");
  }

  load(names: string): this {
    propertyNames(names, ["items/name"]);
    this.worksheet.context.enqueue({
      execute: () => {
        const charts = [...this.worksheet.sheet().charts];
        return {
          responseBytes: 0,
          deliver: () =>
            this.loaded.set(
              "items",
              charts.map((c) => new FakeChart(this.worksheet, () => c).loadedName(c.name))
            ),
        };
      },
    });
    return this;
  }

  add(type: ChartTypeName, sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): Chart {
    const range = sourceData as FakeRange;
    let added: ChartRecord | undefined;
    change(this.worksheet, () => {
      const { area } = range.cells();
      const count = range.excel.sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0);
      const record: ChartRecord = {
        name: `Chart ${count + 1}`,
        type,
        seriesBy,
        title: "",
        data: area,
      };
      added = record;
      replaceList(this.worksheet, "charts", (list) => [...list, record]);
    });
    return new FakeChart(this.worksheet, () => added ?? fail("chart"));
  }

  getItem(name: string): Chart {
    const find = (): ChartRecord =>
      this.worksheet.sheet().charts.find((c) => c.name === name) ?? fail(`chart '${name}'`);
    this.worksheet.context.enqueue({ execute: () => void find() });
    return new FakeChart(this.worksheet, find);
  }
}
