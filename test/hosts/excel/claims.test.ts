import { createPanelSession } from "../../../src/engine/panelSession";
import { scan } from "../../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { CLAIM_NAMES } from "../../../src/workbook/claims";
import { hostOn, syncsOf } from "./excelTestKit";
import { FakeExcel } from "./fakeExcel";
import { cellOf, emptySheet, fingerprint, valuesIn } from "./fakeWorkbook";
import { otherThanTheDemos } from "../../fixtures/demoProblems";

/**
 * In Excel: the add-in's claims are workbook-wide names (`workbook.names`, ExcelApi
 * 1.1; `add` and `delete` 1.4, under the manifest's 1.9). The fake holds them as strictly as Excel does
 * (one namespace with tables, ignoring case; a name follows its sheet's rename and its cells), and the
 * host reads them in its one read request and adds them in its last write request.
 */

const budget: MemorySheet = {
  name: "Summary",
  cells: [
    ["Budget line", "Budget", "Spent"],
    ["Training", 1200, 1150],
    ["Venue hire", 800, 760],
  ],
};

describe("the fake's defined names, as strict as Excel's", () => {
  const sheets = [
    { name: "Members", cells: [["Name", "Group"]] },
    { name: "Summary", cells: [["x"]] },
  ];

  async function added(excel: FakeExcel, name: string, sheet = "Members"): Promise<unknown> {
    return excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(0, 1, 1, 1);
      context.workbook.names.add(name, range, "a comment");
      await context.sync();
    });
  }

  async function namesRead(
    excel: FakeExcel
  ): Promise<{ name: string; type: string; value: unknown }[]> {
    return excel.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/type,items/value");
      await context.sync();
      return names.items.map(({ name, type, value }) => ({ name, type, value }));
    });
  }

  test("refuses a name the workbook has, ignoring case, or a table has, and one Excel could not read", async () => {
    const excel = new FakeExcel(sheets);
    await added(excel, "TOSP_Sheet_Summary");
    await expect(added(excel, "tosp_sheet_summary")).rejects.toEqual(
      expect.objectContaining({ code: "ItemAlreadyExists" })
    );
    excel.sheet("Members").tables.push({
      name: "TOSP_KpiStatus",
      style: "",
      area: { row: 0, column: 0, rowCount: 2, columnCount: 2 },
    });
    await expect(added(excel, "TOSP_KPISTATUS")).rejects.toEqual(
      expect.objectContaining({ code: "ItemAlreadyExists" })
    );
    for (const illegal of ["A1", "XFD1048576", "R1C1", "r", "My name", "1st", "TRUE"])
      await expect(added(excel, illegal)).rejects.toEqual(
        expect.objectContaining({ code: "InvalidArgument" })
      );
    expect(excel.definedNames()).toEqual([
      { name: "TOSP_Sheet_Summary", refersTo: { sheet: "Members", row: 0, column: 1 } },
    ]);
  });

  test("keeps a table from taking a defined name", async () => {
    const excel = new FakeExcel(sheets);
    await added(excel, "TOSP_Triggers");
    const run = excel.run(async (context) => {
      const members = context.workbook.worksheets.getItem("Members");
      const table = members.tables.add(members.getRangeByIndexes(0, 0, 2, 2), true);
      table.name = "tosp_triggers";
      await context.sync();
    });
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "ItemAlreadyExists" }));
  });

  test("moves a name with its renamed sheet, gives #REF! once the sheet is deleted, and deletes a name", async () => {
    const excel = new FakeExcel(sheets);
    await added(excel, "TOSP_Sheet_Summary", "Summary");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").name = "Forum summary";
      await context.sync();
    });
    expect(await namesRead(excel)).toEqual([
      { name: "TOSP_Sheet_Summary", type: "Range", value: "'Forum summary'!$B$1" },
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Forum summary").delete();
      await context.sync();
    });
    expect(await namesRead(excel)).toEqual([
      { name: "TOSP_Sheet_Summary", type: "Error", value: "#REF!" },
    ]);
    const remove = (name: string) =>
      excel.run(async (context) => {
        context.workbook.names.getItem(name).delete();
        await context.sync();
      });
    await remove("tosp_sheet_summary");
    expect(excel.names).toEqual([]);
    await expect(remove("TOSP_Sheet_Summary")).rejects.toEqual(
      expect.objectContaining({ code: "ItemNotFound" })
    );
  });

  test("has no names.add or NamedItem.delete before ExcelApi 1.4", async () => {
    const refersTo = { sheet: "Summary", row: 0, column: 0 };
    const names = [{ name: "TOSP_Sheet_Summary", refersTo }];
    const excel = new FakeExcel(sheets, { excelApi: "1.3", names });
    await expect(added(excel, "TOSP_Sheet_KpiStatus")).rejects.toEqual(
      expect.objectContaining({ code: "ApiNotFound" })
    );
    const remove = excel.run(async (context) => {
      context.workbook.names.getItem("TOSP_Sheet_Summary").delete();
      await context.sync();
    });
    await expect(remove).rejects.toEqual(expect.objectContaining({ code: "ApiNotFound" }));
    expect(excel.definedNames()).toEqual(names);
  });
});

describe("the Excel host and the add-in's claims", () => {
  test("reads the names in its read requests (2 cold, 1 warm) and adds them in its one write request", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    const cold = await syncsOf(excel, () => host.readSnapshot());
    expect(cold).toBe(2);
    const { plan } = scan(await host.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(plan.addNames?.length).toBe(CLAIM_NAMES.size);
    expect(await syncsOf(excel, () => host.applyPlan(plan))).toBe(1);
    let snapshot = await host.readSnapshot();
    const memory = new MemoryWorkbook(demoWorkbook());
    memory.applyPlan(plan);
    expect(snapshot.names).toEqual(memory.readSnapshot().names);
    expect(excel.names.map((n) => n.comment)).toEqual(plan.addNames?.map((n) => n.comment));
    const warm = await syncsOf(excel, async () => {
      snapshot = await host.readSnapshot();
    });
    expect(warm).toBe(1);
    expect(scan(snapshot, { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });
  });

  test("leaves an officers' Summary sheet in Excel as it is and reports it", async () => {
    const { excel, host } = hostOn([...demoWorkbook(), budget]);
    const before = fingerprint([excel.sheet("Summary")]);
    const session = createPanelSession(host, () => DEMO_AS_OF);
    const outcome = await session.scan();
    expect(otherThanTheDemos(outcome.problems)).toEqual([
      "Summary: this sheet is not one the add-in wrote, so the scan left it as it is: rename your Summary sheet, or delete it to let the add-in write one",
    ]);
    // Write the Summary sheet is refused outright, rather than said to be done.
    await expect(session.writeSummary()).rejects.toThrow(
      "Your workbook already has a sheet called Summary that the add-in did not write"
    );
    expect(fingerprint([excel.sheet("Summary")])).toBe(before);
    expect(excel.names.map((n) => n.name)).not.toContain("TOSP_Sheet_Summary");
  });

  test("keeps writing a claimed sheet an officer renamed in Excel, beside their new sheet of its old name", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    const session = createPanelSession(host, () => DEMO_AS_OF + 7);
    await createPanelSession(host, () => DEMO_AS_OF).scan();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").name = "Forum summary";
      await context.sync();
    });
    excel.sheets.push(emptySheet("Summary"));
    cellOf(excel.sheet("Summary"), 0, 0).value = "Budget line";
    const outcome = await session.scan();
    expect(otherThanTheDemos(outcome.problems)).toEqual([]);
    expect(outcome.sheetsCreated).toEqual([]);
    expect(
      valuesIn(excel.sheet("Forum summary"), { row: 1, column: 0, rowCount: 1, columnCount: 2 })
    ).toEqual([["As at", DEMO_AS_OF + 7]]);
    expect(
      valuesIn(excel.sheet("Summary"), { row: 0, column: 0, rowCount: 2, columnCount: 2 })
    ).toEqual([
      ["Budget line", ""],
      ["", ""],
    ]);
  });

  test("keeps writing a claimed column an officer moved in Excel, where it now is", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await createPanelSession(host, () => DEMO_AS_OF).scan();
    const members = excel.sheet("Members");
    const header = members.rows[0]?.map((cell) => cell?.value) ?? [];
    const from = header.indexOf("Status");
    // Cut Status and insert it before column C: the cells between shift right; names follow their cells.
    for (const row of members.rows) {
      if (!row) continue;
      const [cell] = row.splice(from, 1);
      row.splice(2, 0, cell);
    }
    for (const named of excel.names)
      if (named.sheet === members && named.column >= 2 && named.column <= from)
        named.column = named.column === from ? 2 : named.column + 1;
    const session = createPanelSession(host, () => DEMO_AS_OF);
    expect((await session.scan()).cellsWritten).toBe(0);
    const training = header.indexOf("Training %") + 1;
    cellOf(members, 1, training).value = 40; // Pat Jones's training, now incomplete
    const outcome = await session.scan();
    expect(otherThanTheDemos(outcome.problems)).toEqual([]);
    expect(cellOf(members, 1, 2).value).toBe("Training incomplete");
    expect(members.rows[0]?.filter((cell) => cell?.value === "Status")).toHaveLength(1);
  });
});
