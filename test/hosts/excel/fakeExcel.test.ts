import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import { cellAt } from "./fakeWorkbook";

/** The fake is only worth its tests if it is as strict as Office.js: these show that it is. */
describe("the fake Excel", () => {
  const sheets = [
    {
      name: "Members",
      cells: [
        ["Name", "Group"],
        ["Pat Jones", "General"],
      ],
    },
  ];

  test("throws PropertyNotLoaded on a read before load and sync, as Office.js does", async () => {
    const excel = new FakeExcel(sheets);
    /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading too early is the point */
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Members").getUsedRangeOrNullObject(true);
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([
        ["Name", "Group"],
        ["Pat Jones", "General"],
      ]);
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  });

  test("queues writes until sync", async () => {
    const excel = new FakeExcel(sheets);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Members").getRangeByIndexes(1, 0, 1, 1).values = [
        ["Amir"],
      ];
      expect(cellAt(excel.sheet("Members"), 1, 0)?.value).toBe("Pat Jones");
      await context.sync();
    });
    expect(cellAt(excel.sheet("Members"), 1, 0)?.value).toBe("Amir");
  });

  test("fails a sync at a missing sheet with ItemNotFound, keeping the calls before it and running none after", async () => {
    // Microsoft promises no rollback of a failed batch (OfficeExtension.Error, trace messages).
    const excel = new FakeExcel(sheets);
    const run = excel.run(async (context) => {
      const members = context.workbook.worksheets.getItem("Members");
      members.getRangeByIndexes(0, 0, 1, 1).values = [["before"]];
      context.workbook.worksheets.getItem("Gone").activate();
      members.getRangeByIndexes(0, 1, 1, 1).values = [["after"]];
      await context.sync();
    });
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "ItemNotFound" }));
    expect(excel.sheet("Members").rows[0]?.map((cell) => cell?.value)).toEqual(["before", "Group"]);
  });

  test("fails any call on purpose, keeping what ran before it, in whichever request it falls", async () => {
    const excel = new FakeExcel(sheets);
    excel.failOperation(3, "Conflict");
    const run = excel.run(async (context) => {
      const members = context.workbook.worksheets.getItem("Members"); // call 1: find the sheet
      members.getRangeByIndexes(2, 0, 1, 1).values = [["first"]]; // calls 2 (range) and 3 (values)
      await context.sync();
      members.getRangeByIndexes(3, 0, 1, 1).values = [["second"]]; // calls 4 (range, fails) and 5
      await context.sync();
    });
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "Conflict" }));
    expect(excel.sheet("Members").rows[2]?.[0]?.value).toBe("first");
    expect(excel.sheet("Members").rows[3]).toBeUndefined();
    expect(excel.operationsRun).toBe(4);
  });

  test("refuses a request over the payload cap, running none of it", async () => {
    const excel = new FakeExcel(sheets, { payloadCap: 1000 });
    const before = excel.fingerprint();
    const run = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Members").getRangeByIndexes(0, 0, 1, 1).values = [
        ["x".repeat(2000)],
      ];
      await context.sync();
    });
    await expect(run).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(run).rejects.toEqual(
      expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" })
    );
    expect(excel.fingerprint()).toBe(before);
    expect(excel.requests).toEqual([{ requestBytes: 2006, responseBytes: 0, succeeded: false }]);
  });

  test("counts requests and responses in UTF-8 bytes, as Excel on the web's 5 MB is counted", async () => {
    // 300 × "£é😀" is 1,200 UTF-16 units (what .length says) but 2,400 bytes.
    const text = "£é😀".repeat(300);
    const excel = new FakeExcel(sheets, { payloadCap: 2000 });
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Members").getRangeByIndexes(0, 0, 1, 1).values = [
        [text],
      ];
      await context.sync();
    });
    await expect(write).rejects.toEqual(
      expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" })
    );
    expect(excel.requests[0]?.requestBytes).toBe(Buffer.byteLength(`[["${text}"]]`));
    const read = new FakeExcel([{ name: "Notes", cells: [[text]] }], { payloadCap: 2000 }).run(
      async (context) => {
        context.workbook.worksheets.getItem("Notes").getUsedRangeOrNullObject(true).load("values");
        await context.sync();
      }
    );
    await expect(read).rejects.toEqual(
      expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" })
    );
  });

  test("keeps table names unique in the whole workbook, ignoring case, and names new tables so", async () => {
    const excel = new FakeExcel([
      { name: "Old KPI status", cells: [["Indicator"], ["Rent"]] },
      { name: "KPI status", cells: [["Indicator"], ["Voids"]] },
    ]);
    const addTable = (sheet: string, name?: string) =>
      excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const table = worksheet.tables.add(worksheet.getRangeByIndexes(0, 0, 2, 1), true);
        if (name !== undefined) table.name = name;
        await context.sync();
      });
    await addTable("Old KPI status", "TOSP_KpiStatus");
    await expect(addTable("KPI status", "tosp_kpistatus")).rejects.toEqual(
      expect.objectContaining({ code: "ItemAlreadyExists" })
    );
    // The failed request kept the table it added (no rollback), under Excel's own name for it.
    expect(excel.sheet("KPI status").tables.map((table) => table.name)).toEqual(["Table1"]);
  });

  test('takes null in a 2-D array as "leave this cell", for formats as for values', async () => {
    const excel = new FakeExcel(sheets);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Members").getRangeByIndexes(1, 0, 1, 2);
      range.numberFormat = [[null, "@"]];
      range.values = [[null, "Tenants' Forum"]];
      await context.sync();
    });
    expect(excel.sheet("Members").rows[1]).toEqual([
      { value: "Pat Jones", format: "General" },
      { value: "Tenants' Forum", format: "@" },
    ]);
  });

  test("syncs a context only inside Excel.run, or again through Excel.run(context, …)", async () => {
    const excel = new FakeExcel(sheets);
    const context = await excel.run(async (made) => made);
    await expect(context.sync()).rejects.toThrow(/outside Excel.run/);
    await expect(excel.runIn(context, (again) => again.sync())).resolves.toBeUndefined();
  });

  test("refuses members newer than its ExcelApi with ApiNotFound (Table.resize is 1.13)", async () => {
    const excel = new FakeExcel(
      [{ name: "KPI status", cells: [["Indicator"], ["Rent"], ["Voids"]] }],
      {
        excelApi: "1.12",
      }
    );
    const run = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("KPI status");
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 1), true);
      await context.sync();
      table.resize(sheet.getRangeByIndexes(0, 0, 3, 1));
      await context.sync();
    });
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "ApiNotFound" }));
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });

  test("refuses a response over the cap, or sends its values as null if told to", async () => {
    const big = [{ name: "Notes", cells: [["x".repeat(2000)]] }];
    const read = (excel: FakeExcel) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Notes").getUsedRangeOrNullObject(true);
        range.load("values,rowCount");
        await context.sync();
        return { values: range.values, rowCount: range.rowCount };
      });
    await expect(read(new FakeExcel(big, { payloadCap: 1000 }))).rejects.toEqual(
      expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" })
    );
    const nulls = new FakeExcel(big, { payloadCap: 1000, oversizedResponse: "null" });
    await expect(read(nulls)).resolves.toEqual({ values: null, rowCount: 1 });
  });

  test("reads a string starting with = + - @ as a formula, unless the cell is formatted as Text", async () => {
    const excel = new FakeExcel(sheets);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Members");
      sheet.getRangeByIndexes(2, 0, 1, 4).values = [["=1+1", "+1", "-1", "@A1"]];
      const asText = sheet.getRangeByIndexes(3, 0, 1, 2);
      asText.numberFormat = [["@", "@"]];
      asText.values = [["=1+1", "007"]];
      await context.sync();
    });
    expect(excel.formulas.map((f) => f.formula)).toEqual(["=1+1", "+1", "-1", "@A1"]);
    expect(excel.sheet("Members").rows[3]).toEqual([
      { value: "=1+1", format: "@" },
      { value: "007", format: "@" },
    ]);
  });

  test("gives the used range of values only, and a null object for an empty sheet", async () => {
    const excel = new FakeExcel([
      { name: "Empty", cells: [[null]], formats: [["0.00"]] },
      { name: "Offset", cells: [[], [null, null, 5]] },
    ]);
    const result = await excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const offset = context.workbook.worksheets.getItem("Offset").getUsedRangeOrNullObject(true);
      empty.load("rowIndex");
      offset.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return [
        empty.isNullObject,
        offset.isNullObject,
        offset.rowIndex,
        offset.columnIndex,
        offset.rowCount,
      ];
    });
    expect(result).toEqual([true, false, 1, 2, 1]);
  });
});
