import { scan } from "../../src/engine/scan";
import { RawCell, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { AS_OF, read, scanned, sheet } from "./messyWorkbook";
import { sizedFor } from "../fuzz/fuzzRuns";

/** Whole workbooks at the edges: nothing in them, only a title, and one very long sheet. */
describe("messy workbooks", () => {
  it("an empty workbook: nothing to read, no problem; the scan sets up the add-in's own sheets", () => {
    const { workbook, shown } = read();
    expect(shown).toEqual([]);
    expect(workbook.kpiSheets).toEqual([]);
    expect(workbook.members).toBeUndefined();
    const result = scanned();
    expect(result.shown).toEqual([]);
    expect(result.plan.sheets.map((s) => [s.sheet, s.create])).toEqual([
      ["Triggers", true],
      ["Summary", true],
      ["Settings", true],
    ]);
  });

  it("a sheet with no cells is passed over; one whose used range is only blank cells says what it lacks", () => {
    // An empty Members sheet has no header row to miss: the officers have not started it. A used range
    // of blank cells (formatted but empty, which Excel counts as used) is a sheet someone began to lay
    // out, and telling them which headers it needs is true and harmless.
    const { workbook, shown } = read(sheet("Members", []), sheet("Attendance", [[null, null]]));
    expect(shown).toEqual([
      "Attendance: no header row with Member in the first 10 rows, so this sheet is not read as Attendance",
    ]);
    expect(workbook.members).toBeUndefined();
    expect(workbook.attendance).toBeUndefined();
  });

  it("a workbook with only a title: a Members sheet says what headers it needs; any other sheet is passed over", () => {
    const { workbook, shown } = read(
      sheet("Members", [["Tenants' Overview and Scrutiny Panel: members"]]),
      sheet("KPI - Rent", [["Rent KPIs 2026/27"]])
    );
    expect(shown).toEqual([
      "Members: no header row with Name and Group in the first 10 rows, so this sheet is not read as Members",
    ]);
    // Only a sheet with an Indicator header is a KPI sheet: a title alone could be any sheet.
    expect(workbook.kpiSheets).toEqual([]);
  });

  it("a header row below the first 10 rows is not searched for, and says so", () => {
    const titles = Array.from({ length: 10 }, (_, i) => [`note ${i + 1}`]);
    const { shown } = read(
      sheet("Meetings", [...titles, ["Date", "Type"], ["10/03/2026", "Main"]])
    );
    expect(shown).toEqual([
      "Meetings: no header row with Date in the first 10 rows, so this sheet is not read as Meetings",
    ]);
  });

  it("a Members sheet of many rows (100,000 under npm run fuzz) and a register as long are read and scanned to the end", () => {
    // Reading stops at the end of the used range, not at a blank (docs/workbook.md); the point is that it
    // finishes, so jest's own timeout is the bound rather than a measured time.
    const members: RawCell[][] = [["Name", "Group", "Training %"]];
    const register: RawCell[][] = [["Member", 46035, 46063]];
    const count = sizedFor(20_000, 100_000);
    for (let i = 0; i < count; i++) {
      members.push([`Member ${i}`, i % 2 === 0 ? "General" : "Deputy", i % 101]);
      register.push([`Member ${i}`, "P", i % 3 === 0 ? "A" : "R"]);
    }
    members.push([null, null, null], ["Last Member", "General", 100]);
    const snapshot: WorkbookSnapshot = {
      sheets: [
        { name: "Members", origin: { row: 0, column: 0 }, values: members },
        { name: "Attendance", origin: { row: 0, column: 0 }, values: register },
      ],
    };
    const result = scan(snapshot, { asOf: AS_OF });
    expect(result.findings.members).toHaveLength(count + 1);
    expect(result.findings.members[count]?.name).toBe("Last Member");
    // The last member is not on the register (the register's names are all on Members): the one
    // problem is that, at the last row (after the header and the blank row).
    expect(result.problems.map((p) => p.address)).toEqual([`Members!A${count + 3}`]);
    const statuses = result.plan.sheets.find((s) => s.sheet === "Members")?.writes ?? [];
    expect(statuses.some((w) => w.row === count + 2)).toBe(true);
  }, 60_000);
});
