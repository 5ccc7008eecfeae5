import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { HostProgress } from "../../../src/engine/host";
import { ExcelSheetMissingError } from "../../../src/hosts/excel/errors";
import { emptySheet } from "./fakeWorkbook";
import { hostOn, memorySnapshot, syncsOf } from "./excelTestKit";

/** Cells from C3: Excel's used range starts there, the memory host's at A1. */
const FROM_C3: MemorySheet = {
  name: "Notes",
  cells: [[], [], [null, null, "Heading", 12], [null, null, { error: "#N/A" }, true]],
  formats: [[], [], [undefined, undefined, undefined, "0.0"]],
};

describe("ExcelHost.readSnapshot", () => {
  test("sizes its requests in UTF-8 bytes: a warm read of accented and emoji text is never refused", async () => {
    // 1,000 rows of "£é😀" × 50: 200 UTF-16 units but 400 bytes each, 460 KB in all against a 400 KB cap.
    const cap = 400_000;
    const text = "£é😀".repeat(50);
    const sheet: MemorySheet = {
      name: "Comments",
      cells: Array.from({ length: 1000 }, () => [text]),
    };
    const { excel, host } = hostOn([sheet], { payloadCap: cap, payloadBudget: cap * 0.9 });
    await host.readSnapshot();
    const warm = await syncsOf(excel, async () =>
      expect(await host.readSnapshot()).toEqual(memorySnapshot([sheet]))
    );
    expect(warm).toBeGreaterThan(1);
    expect(excel.requests.slice(-warm).every((request) => request.succeeded)).toBe(true);
  });

  test("reads the demo workbook exactly as the memory host does", async () => {
    const { host } = hostOn(demoWorkbook());
    await expect(host.readSnapshot()).resolves.toEqual(memorySnapshot(demoWorkbook()));
  });

  test("gives the used range's top-left as the origin, with the same cells as the memory host", async () => {
    const { host } = hostOn([FROM_C3]);
    const [sheet] = (await host.readSnapshot()).sheets;
    const [memory] = memorySnapshot([FROM_C3]).sheets;
    expect(sheet?.origin).toEqual({ row: 2, column: 2 });
    expect(sheet?.values).toEqual([
      ["Heading", 12],
      [{ error: "#N/A" }, true],
    ]);
    // Cell by cell, at the sheet's own positions, both hosts agree.
    expect(sheet?.values).toEqual(memory?.values.slice(2).map((row) => row.slice(2)));
    expect(sheet?.numberFormats).toEqual(
      memory?.numberFormats?.slice(2).map((row) => row.slice(2))
    );
  });

  test("reads an empty sheet as no rows, as the memory host does", async () => {
    const sheets = [{ name: "Empty", cells: [] }];
    const { host } = hostOn(sheets);
    await expect(host.readSnapshot()).resolves.toEqual(memorySnapshot(sheets));
  });

  test("takes two syncs cold (names, then everything) and one warm", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(2);
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(1);
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(1);
  });

  test("reports progress as it goes, ending with everything done", async () => {
    const { host } = hostOn(demoWorkbook());
    const progress: HostProgress[] = [];
    await host.readSnapshot((step) => progress.push(step));
    expect(progress.every((step) => step.stage === "reading")).toBe(true);
    expect(progress[progress.length - 1]).toEqual({ stage: "reading", done: 2, total: 2 });
  });

  test("sees a sheet added since the last read: starts again with the new names", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    excel.sheets.push(emptySheet("Added"));
    const syncs = await syncsOf(excel, async () => {
      const snapshot = await host.readSnapshot();
      expect(snapshot.sheets.map((sheet) => sheet.name)).toContain("Added");
    });
    expect(syncs).toBe(2);
  });

  test("sees a sheet renamed or deleted since the last read: drops the directory and reads cold", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    excel.sheet("Members").name = "Panel members";
    excel.sheets = excel.sheets.filter((sheet) => sheet.name !== "Complaints");
    const syncs = await syncsOf(excel, async () => {
      const names = (await host.readSnapshot()).sheets.map((sheet) => sheet.name);
      expect(names).toContain("Panel members");
      expect(names).not.toContain("Members");
      expect(names).not.toContain("Complaints");
    });
    // The refused main batch, the names, and the main batch again.
    expect(syncs).toBe(3);
    expect(await syncsOf(excel, () => host.readSnapshot())).toBe(1);
  });

  test("gives up with a plain message when the sheets keep changing under it", async () => {
    const { excel, host } = hostOn(demoWorkbook());
    await host.readSnapshot();
    let renames = 0;
    const commit = excel.commit.bind(excel);
    excel.commit = (operations) => {
      const sheet = excel.sheets[0];
      if (sheet) sheet.name = `Renamed ${++renames}`;
      commit(operations);
    };
    await expect(host.readSnapshot()).rejects.toBeInstanceOf(ExcelSheetMissingError);
  });
});
