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

  test("refuses a request over the payload cap, applying nothing", async () => {
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
