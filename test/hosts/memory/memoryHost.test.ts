import { dayFromIso } from "../../../src/domain";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryHost, MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { ChartPlan, date, SheetLayout, text, WritePlan } from "../../../src/workbook/plan";

const area = { row: 0, column: 0, rowCount: 2, columnCount: 2 };
const chart = (title: string): ChartPlan => ({
  name: "TOSP KPI status by service area",
  title,
  kind: "stackedBar",
  data: area,
  position: { ...area, column: 4 },
});
const layoutWith = (charts: ChartPlan[]): SheetLayout => ({
  dropDowns: [],
  highlights: [],
  charts,
});

describe("MemoryHost", () => {
  it("reads the memory workbook's snapshot, counting the calls and reporting progress", async () => {
    const host = new MemoryHost(demoWorkbook());
    const progress: string[] = [];
    const snapshot = await host.readSnapshot((p) =>
      progress.push(`${p.stage} ${p.done}/${p.total}`)
    );
    expect(snapshot).toEqual(new MemoryWorkbook(demoWorkbook()).readSnapshot());
    expect(host.calls).toEqual({ readSnapshot: 1, applyPlan: 0, selectCell: 0 });
    expect(progress).toEqual(["reading 1/1"]);
  });

  it("applies a plan as MemoryWorkbook does, wrapping a workbook it is given", async () => {
    const workbook = new MemoryWorkbook([{ name: "Reviews", cells: [["Review"]] }]);
    const host = new MemoryHost(workbook);
    await host.applyPlan({
      sheets: [
        {
          sheet: "Reviews",
          create: false,
          definition: "reviews",
          writes: [
            { row: 1, column: 0, value: text("=1+1", true) },
            { row: 1, column: 1, value: date(dayFromIso("2026-12-08")) },
          ],
        },
      ],
    });
    expect(host.workbook).toBe(workbook);
    expect(workbook.sheet("Reviews")?.cells[1]).toEqual(["=1+1", dayFromIso("2026-12-08")]);
    expect(workbook.sheet("Reviews")?.formats?.[1]?.[1]).toBe("dd/mm/yyyy");
  });

  it("checks a plan before writing: a sheet that does not exist writes nothing at all", async () => {
    const host = new MemoryHost([{ name: "Members", cells: [["Name", "Group"]] }]);
    const plan: WritePlan = {
      sheets: [
        {
          sheet: "Members",
          create: false,
          definition: "members",
          writes: [{ row: 1, column: 0, value: text("Pat") }],
        },
        { sheet: "Missing", create: false, definition: "", writes: [] },
      ],
    };
    await expect(host.applyPlan(plan)).rejects.toThrow("does not exist: Missing");
    expect(host.workbook.sheet("Members")?.cells).toEqual([["Name", "Group"]]);
  });

  it("keeps the layouts applied, and one chart of a name on a sheet (a rescan replaces it)", async () => {
    const host = new MemoryHost([]);
    const summary = (title: string): WritePlan => ({
      sheets: [
        {
          sheet: "Summary",
          create: true,
          definition: "summary",
          writes: [],
          layout: layoutWith([chart(title)]),
        },
      ],
    });
    await host.applyPlan(summary("First"));
    await host.applyPlan(summary("Second"));
    expect(host.layouts).toHaveLength(2);
    expect(host.charts).toEqual([{ sheet: "Summary", chart: chart("Second") }]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Summary"]);
  });

  it("selects a cell on a sheet it has, and refuses one it has not", async () => {
    const host = new MemoryHost(demoWorkbook());
    await host.selectCell("Attendance", 4, 13);
    expect(host.selected).toEqual({ sheet: "Attendance", row: 4, column: 13 });
    await expect(host.selectCell("Nowhere", 0, 0)).rejects.toThrow("no sheet called Nowhere");
    expect(host.calls.selectCell).toBe(2);
  });

  it("tells listeners of the officers' changes until stopped, not of its own writes", async () => {
    const host = new MemoryHost([{ name: "Notes", cells: [] }]);
    const heard: string[] = [];
    const stopFirst = await host.onWorkbookChanged(() => heard.push("first"));
    await host.onWorkbookChanged(() => heard.push("second"));
    await host.applyPlan({
      sheets: [
        {
          sheet: "Notes",
          create: false,
          definition: "",
          writes: [{ row: 0, column: 0, value: text("x") }],
        },
      ],
    });
    expect(heard).toEqual([]);
    host.simulateChange();
    await stopFirst();
    host.simulateChange();
    expect(heard).toEqual(["first", "second", "second"]);
  });
});

describe("MemoryWorkbook's defined names (the add-in's claims)", () => {
  const claim = (name: string, sheet: string) => ({ name, sheet, row: 0, column: 0, comment: "" });

  it("reads its names, deletes them ignoring case and adds them, refusing one it has, as Excel does", () => {
    const workbook = new MemoryWorkbook(
      [{ name: "Summary", cells: [["Tenant Scrutiny Panel summary"]] }],
      [{ name: "TOSP_SHEET_SUMMARY" }]
    );
    expect(workbook.readSnapshot().names).toEqual([{ name: "TOSP_SHEET_SUMMARY" }]);
    expect(() =>
      workbook.applyPlan({ sheets: [], addNames: [claim("TOSP_Sheet_Summary", "Summary")] })
    ).toThrow("already has a name TOSP_Sheet_Summary");
    workbook.applyPlan({
      sheets: [],
      removeNames: ["tosp_sheet_summary"],
      addNames: [claim("TOSP_Sheet_Summary", "Summary")],
    });
    expect(workbook.readSnapshot().names).toEqual([
      { name: "TOSP_Sheet_Summary", refersTo: { sheet: "Summary", row: 0, column: 0 } },
    ]);
  });

  it("refuses a name on a sheet it has not and the plan does not create, before writing anything", () => {
    const workbook = new MemoryWorkbook([{ name: "Reviews", cells: [["Review"]] }]);
    const plan: WritePlan = {
      sheets: [
        {
          sheet: "Reviews",
          create: false,
          definition: "reviews",
          writes: [{ row: 1, column: 0, value: text("x") }],
        },
      ],
      addNames: [claim("TOSP_Sheet_Summary", "Summary")],
    };
    expect(() => workbook.applyPlan(plan)).toThrow(
      "refers to a sheet that does not exist: Summary"
    );
    expect(workbook.sheet("Reviews")?.cells).toEqual([["Review"]]);
  });

  it("moves the names of a sheet it renames with it, as Excel does", () => {
    const workbook = new MemoryWorkbook(
      [{ name: "Summary", cells: [] }],
      [{ name: "TOSP_Sheet_Summary", refersTo: { sheet: "Summary", row: 0, column: 0 } }]
    );
    workbook.renameSheet("Summary", "Forum summary");
    expect(workbook.readSnapshot().names).toEqual([
      { name: "TOSP_Sheet_Summary", refersTo: { sheet: "Forum summary", row: 0, column: 0 } },
    ]);
  });
});
