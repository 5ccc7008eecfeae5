import { scan } from "../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { CLAIM_NAMES, SHEETS_WITH_COMPUTED_COLUMNS } from "../../src/workbook/claims";
import { WritePlan } from "../../src/workbook/plan";
import { describeProblem } from "../../src/workbook/problems";
import { RawCell } from "../../src/workbook/snapshot";
import { scannedBefore } from "../noLoss/scannedBefore";
import { otherThanTheDemos } from "../fixtures/demoProblems";

/**
 * docs/workbook.md, Kept by the add-in: the add-in writes only what it has claimed with
 * a defined name, or adopts from a scan made before claims existed; a same-named sheet or column of the
 * officers' is reported with its fix and never written. Claims are names, so they follow a renamed
 * sheet or a moved column as Excel moves names with their cells.
 */

const NOT_OURS = "is not one the add-in wrote";

/** An officers' own budget summary: 17 figures under their own headings. */
function budgetSummary(): MemorySheet {
  const lines: [string, number, number][] = [
    ["Training", 1200, 1150],
    ["Venue hire", 800, 760],
    ["Travel", 450, 390],
    ["Refreshments", 300, 310],
    ["Printing", 250, 180],
    ["Interpreters", 400, 350],
    ["Childcare", 200, 120],
    ["Independent adviser", 1500, 1500],
  ];
  return {
    name: "Summary",
    cells: [["Budget line", "Budget", "Spent"], ...lines, ["Total spent", null, 4760]],
  };
}

function columnOf(sheet: MemorySheet, header: string): number {
  const index = (sheet.cells[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no ${header} on ${sheet.name}`);
  return index;
}

/** Adds a column at the right of the sheet: its header, then a cell a row. */
function addColumn(sheet: MemorySheet, header: string, cell: (row: number) => RawCell): number {
  const at = Math.max(...sheet.cells.map((row) => row.length));
  sheet.cells.forEach((row, r) => {
    while (row.length < at) row.push(null);
    row.push(r === 0 ? header : cell(r));
  });
  return at;
}

const namesAdded = (plan: WritePlan) => (plan.addNames ?? []).map((n) => n.name);
const sheetsWritten = (plan: WritePlan) => plan.sheets.map((s) => s.sheet);
const columnsWritten = (plan: WritePlan, sheet: string) =>
  new Set(plan.sheets.find((s) => s.sheet === sheet)?.writes.map((w) => w.column));

/** The demo as a scan of today leaves it: its cells written and its claims made. */
function claimedDemo(): MemoryWorkbook {
  const workbook = new MemoryWorkbook(demoWorkbook());
  workbook.applyPlan(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan);
  return workbook;
}

describe("the officers' own sheets and columns of the add-in's names", () => {
  it("leaves an officers' Summary sheet of 17 figures as it is and says how to fix it", () => {
    const workbook = new MemoryWorkbook([...demoWorkbook(), budgetSummary()]);
    for (const summaryCharts of [false, true]) {
      const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF, summaryCharts });
      expect(otherThanTheDemos(result.problems)).toEqual([
        "Summary: this sheet is not one the add-in wrote, so the scan left it as it is: rename your Summary sheet, or delete it to let the add-in write one",
      ]);
      expect(sheetsWritten(result.plan)).not.toContain("Summary");
      expect(namesAdded(result.plan)).not.toContain("TOSP_Sheet_Summary");
      workbook.applyPlan(result.plan);
      expect(workbook.sheet("Summary")?.cells).toEqual(budgetSummary().cells);
    }
  });

  it("leaves an officers' Status column on Members as it is, and still adds and claims Reason", () => {
    const sheets = demoWorkbook();
    const members = sheets.find((s) => s.name === "Members") as MemorySheet;
    const status = addColumn(members, "Status", (r) =>
      r === 6 ? "Resigned 03/2026 – letter on file" : null
    );
    const workbook = new MemoryWorkbook(sheets);
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([
      "Members!N1: this column is not one the add-in wrote, so the scan left it as it is: rename your Status column, or delete it to let the add-in write its own",
    ]);
    expect(status).toBe(13);
    expect(columnsWritten(result.plan, "Members")).toEqual(new Set([14]));
    const reason = result.plan.addNames?.find((n) => n.name === "TOSP_Col_Members_Reason");
    expect(reason).toMatchObject({ sheet: "Members", row: 0, column: 14 });
    expect(namesAdded(result.plan)).not.toContain("TOSP_Col_Members_Status");
    workbook.applyPlan(result.plan);
    expect(workbook.sheet("Members")?.cells[6]?.[status]).toBe("Resigned 03/2026 – letter on file");
    expect(workbook.sheet("Members")?.cells[0]?.slice(13)).toEqual(["Status", "Reason"]);
  });

  it("leaves an officers' Present column of names on Meetings as it is", () => {
    const sheets = demoWorkbook();
    const meetings = sheets.find((s) => s.name === "Meetings") as MemorySheet;
    const names = (r: number) => (r <= 3 ? "Pat Jones, Amir Khan, Chen Wei" : null);
    const present = addColumn(meetings, "Present", names);
    const workbook = new MemoryWorkbook(sheets);
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([
      "Meetings!E1: this column is not one the add-in wrote, so the scan left it as it is: rename your Present column, or delete it to let the add-in write its own",
    ]);
    expect(columnsWritten(result.plan, "Meetings").has(present)).toBe(false);
    workbook.applyPlan(result.plan);
    const after = workbook.sheet("Meetings") as MemorySheet;
    expect(after.cells.map((row) => row[present] ?? null)).toEqual(
      meetings.cells.map((row) => row[present] ?? null)
    );
    expect(after.cells[0]?.slice(4)).toEqual(["Present", "Membership", "Quorate", "Notice"]);
  });

  it("leaves an officers' KPI status sheet of other headers as it is", () => {
    const own: RawCell[][] = [
      ["Measure", "RAG", "Comment"],
      ["Rent collected", "Green", "On track"],
    ];
    const workbook = new MemoryWorkbook([...demoWorkbook(), { name: "KPI status", cells: own }]);
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([
      "KPI status: this sheet is not one the add-in wrote, so the scan left it as it is: rename your KPI status sheet, or delete it to let the add-in write one",
    ]);
    workbook.applyPlan(result.plan);
    expect(workbook.sheet("KPI status")?.cells).toEqual(own);
  });

  // Each computed column tells the add-in's words from the officers': one cell of other words in an
  // otherwise untouched column from an earlier scan makes the column the officers'.
  const computedColumns = SHEETS_WITH_COMPUTED_COLUMNS.flatMap((definition) =>
    definition.columns
      .filter((column) => column.owned)
      .map((column) => [definition.name, column.header] as const)
  );
  it.each(computedColumns)(
    "tells the officers' %s %s column from the add-in's",
    (sheet, header) => {
      const scannedOnce = claimedDemo();
      const previous = new MemoryWorkbook(scannedOnce.sheets); // no claims: an earlier version's scan
      const target = previous.sheet(sheet) as MemorySheet;
      const column = columnOf(target, header);
      (target.cells[2] as RawCell[])[column] = "See the minutes of 14/10/2025";
      const result = scan(previous.readSnapshot(), { asOf: DEMO_AS_OF });
      const letters = String.fromCharCode(65 + column);
      expect(otherThanTheDemos(result.problems)).toEqual([
        `${sheet}!${letters}1: this column is not one the add-in wrote, so the scan left it as it is: rename your ${header} column, or delete it to let the add-in write its own`,
      ]);
      expect(columnsWritten(result.plan, sheet).has(column)).toBe(false);
      // The sheet's other computed columns are adopted and claimed.
      expect(namesAdded(result.plan).length).toBe(CLAIM_NAMES.size - 1);
    }
  );
});

describe("a workbook scanned before claims existed", () => {
  it("is adopted silently: nothing written, every claim added, and then a rescan plans nothing", () => {
    const previous = new MemoryWorkbook(claimedDemo().sheets);
    expect(previous.names).toEqual([]);
    const adopted = scan(previous.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(adopted.problems)).toEqual([]);
    expect(adopted.plan.sheets).toEqual([]);
    expect(adopted.plan.removeNames).toBeUndefined();
    expect(new Set(namesAdded(adopted.plan).map((n) => n.toUpperCase()))).toEqual(CLAIM_NAMES);
    expect(adopted.plan.addNames?.find((n) => n.name === "TOSP_Sheet_Summary")).toMatchObject({
      sheet: "Summary",
      row: 0,
      column: 0,
    });
    previous.applyPlan(adopted.plan);
    expect(scan(previous.readSnapshot(), { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("is adopted a week later too, with the panel's decisions and new figures, and brought up to date", () => {
    const { sheets, asOf } = scannedBefore();
    const result = scan(new MemoryWorkbook(sheets).readSnapshot(), { asOf });
    expect(result.problems.map(describeProblem).filter((p) => p.includes(NOT_OURS))).toEqual([]);
    expect(sheetsWritten(result.plan)).toEqual(expect.arrayContaining(["Triggers", "Summary"]));
    expect(new Set(namesAdded(result.plan).map((n) => n.toUpperCase()))).toEqual(CLAIM_NAMES);
  });
});

describe("a claimed workbook", () => {
  it("plans nothing on a rescan", () => {
    const workbook = claimedDemo();
    expect(workbook.names.length).toBe(CLAIM_NAMES.size);
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("keeps writing a claimed sheet the officers renamed, and leaves their new sheet of its old name alone", () => {
    const workbook = claimedDemo();
    workbook.renameSheet("Summary", "Forum summary");
    workbook.renameSheet("Triggers", "Panel's triggers");
    workbook.sheets.push(budgetSummary());
    const triggers = workbook.sheet("Panel's triggers") as MemorySheet;
    const decision = columnOf(triggers, "Panel decision");
    (triggers.cells[1] as RawCell[])[decision] = "Discussed";
    const later = DEMO_AS_OF + 7;
    const result = scan(workbook.readSnapshot(), { asOf: later });
    expect(otherThanTheDemos(result.problems)).toEqual([]);
    expect(sheetsWritten(result.plan)).toContain("Forum summary");
    expect(sheetsWritten(result.plan)).not.toContain("Summary");
    expect(result.plan.sheets.filter((s) => s.create)).toEqual([]);
    expect(result.plan.addNames).toBeUndefined();
    expect(result.findings.triggers[0]?.panelDecision).toBe("Discussed");
    workbook.applyPlan(result.plan);
    expect(workbook.sheet("Summary")?.cells).toEqual(budgetSummary().cells);
    expect(workbook.sheet("Forum summary")?.cells[1]).toEqual(["As at", later]);
    expect(scan(workbook.readSnapshot(), { asOf: later }).plan).toEqual({ sheets: [] });
  });

  it("keeps writing a claimed column the officers moved, where it now is", () => {
    const workbook = claimedDemo();
    const members = workbook.sheet("Members") as MemorySheet;
    const from = columnOf(members, "Status");
    moveColumn(workbook, members, from, 2);
    expect(members.cells[0]?.[2]).toBe("Status");
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });

    const training = columnOf(members, "Training %");
    (members.cells[1] as RawCell[])[training] = 40; // Pat Jones: now training incomplete
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([]);
    expect(columnsWritten(result.plan, "Members")).toEqual(
      new Set([2, columnOf(members, "Reason")])
    );
    workbook.applyPlan(result.plan);
    expect(members.cells[1]?.[2]).toBe("Training incomplete");
    expect(result.plan.addNames).toBeUndefined();
  });

  it("keeps writing a claimed column the officers renamed, and adds no second one", () => {
    const workbook = claimedDemo();
    const members = workbook.sheet("Members") as MemorySheet;
    const status = columnOf(members, "Status");
    (members.cells[0] as RawCell[])[status] = "Membership status";
    (members.cells[1] as RawCell[])[columnOf(members, "Training %")] = 40;
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([]);
    expect(columnsWritten(result.plan, "Members")).toEqual(new Set([status, status + 1]));
    workbook.applyPlan(result.plan);
    expect(members.cells[0]?.slice(status)).toEqual(["Membership status", "Reason"]);
    expect(members.cells[1]?.[status]).toBe("Training incomplete");
  });

  it("writes the header of a claimed column again once the officers cleared it", () => {
    const workbook = claimedDemo();
    const members = workbook.sheet("Members") as MemorySheet;
    const status = columnOf(members, "Status");
    (members.cells[0] as RawCell[])[status] = null;
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([]);
    expect(result.plan.sheets.flatMap((s) => s.writes)).toEqual([
      { row: 0, column: status, value: { kind: "text", text: "Status", untrusted: false } },
    ]);
  });

  it("keeps a claimed column the add-in's beside an officers' column they give its name", () => {
    const workbook = claimedDemo();
    const members = workbook.sheet("Members") as MemorySheet;
    const own = [
      "Status",
      ...members.cells.slice(1).map((_, r) => (r === 5 ? "Resigned 03/2026" : null)),
    ];
    members.cells.forEach((row, r) => row.splice(2, 0, own[r] ?? null));
    for (const named of workbook.names)
      if (named.refersTo?.sheet === "Members" && named.refersTo.column >= 2)
        named.refersTo = { ...named.refersTo, column: named.refersTo.column + 1 };
    const claimed = members.cells[0]?.lastIndexOf("Status") as number;
    (members.cells[1] as RawCell[])[columnOf(members, "Training %")] = 40;
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(otherThanTheDemos(result.problems)).toEqual([]);
    expect(columnsWritten(result.plan, "Members")).toEqual(new Set([claimed, claimed + 1]));
    workbook.applyPlan(result.plan);
    expect(members.cells.map((row) => row[2] ?? null)).toEqual(own);
  });

  it("makes a new sheet and claim when the officers deleted the claimed one (its name at #REF!)", () => {
    const workbook = claimedDemo();
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.name === "Summary"),
      1
    );
    const claim = workbook.names.find((n) => n.name === "TOSP_Sheet_Summary");
    delete claim?.refersTo; // Excel keeps the name, referring to #REF!
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(result.plan.sheets.find((s) => s.sheet === "Summary")?.create).toBe(true);
    expect(result.plan.removeNames).toEqual(["TOSP_Sheet_Summary"]);
    expect(namesAdded(result.plan)).toEqual(["TOSP_Sheet_Summary"]);
    workbook.applyPlan(result.plan);
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("deletes a claim left at #REF! that nothing needs now", () => {
    const workbook = claimedDemo();
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.name === "Recommendations"),
      1
    );
    const claim = workbook.names.find(
      (n) => n.name === "TOSP_Col_Recommendations_ImpactAssessmentDue"
    );
    delete claim?.refersTo;
    const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(result.plan.removeNames).toEqual(["TOSP_Col_Recommendations_ImpactAssessmentDue"]);
    expect(result.plan.addNames).toBeUndefined();
  });
});

/** Moves a column as Excel's cut and insert does: the cells between shift, and names follow their cells. */
function moveColumn(workbook: MemoryWorkbook, sheet: MemorySheet, from: number, to: number): void {
  const shifted = (column: number): number =>
    column === from ? to : column >= to && column < from ? column + 1 : column;
  for (const row of [...sheet.cells, ...(sheet.formats ?? [])]) {
    while (row.length <= from) row.push(null as never);
    const [cell] = row.splice(from, 1);
    row.splice(to, 0, cell as never);
  }
  for (const named of workbook.names)
    if (named.refersTo?.sheet === sheet.name)
      named.refersTo = { ...named.refersTo, column: shifted(named.refersTo.column) };
}
