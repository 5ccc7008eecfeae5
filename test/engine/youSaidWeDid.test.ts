import { dayFromIso } from "../../src/domain/calendar/days";
import { scan } from "../../src/engine/scan";
import { youSaidWeDid } from "../../src/engine/youSaidWeDid";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { SheetPlan } from "../../src/workbook/plan";
import { otherThanTheDemos } from "../fixtures/demoProblems";
import { RecommendationRecord } from "../../src/workbook/records";
import { RawCell } from "../../src/workbook/snapshot";

const d = dayFromIso;
const NAME = "You said, we did";

function scanned(workbook: MemoryWorkbook) {
  const result = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
  const plan = result.plan.sheets.find((s) => s.sheet === NAME) as SheetPlan | undefined;
  return { result, plan };
}

/** The demo's Recommendations, for changing a cell before a scan. */
const recommendationsOf = (workbook: MemoryWorkbook) =>
  workbook.sheet("Recommendations") as MemorySheet;
const columnOf = (sheet: MemorySheet, header: string) =>
  (sheet.cells[0] as RawCell[]).indexOf(header);

describe("You said, we did (§2.6): implemented recommendations and what changed", () => {
  it("lists implemented recommendations with what changed, newest first, leaving out the declined and the undone", () => {
    const record = (row: number, fields: Partial<RecommendationRecord>): RecommendationRecord => ({
      row,
      review: "Repairs",
      recommendation: `Recommendation ${row}`,
      ...fields,
    });
    const rows = youSaidWeDid([
      record(1, { implemented: d("2026-03-01"), whatChanged: "First" }),
      record(2, { implemented: d("2026-06-01"), whatChanged: "Newest", accepted: true }),
      record(3, { implemented: d("2026-06-01"), whatChanged: "Same day, later row" }),
      record(4, { implemented: d("2026-07-01"), whatChanged: "Declined", accepted: false }),
      record(5, { implemented: d("2026-07-01"), whatChanged: "   " }),
      record(6, { whatChanged: "Not implemented yet" }),
    ]);
    expect(rows.map((r) => r.whatChanged)).toEqual(["Newest", "Same day, later row", "First"]);
    expect(rows[0]).toEqual({
      review: "Repairs",
      recommendation: "Recommendation 2",
      whatChanged: "Newest",
      when: d("2026-06-01"),
    });
  });

  it("shows the demo's two implemented recommendations, newest first", () => {
    const { result } = scanned(new MemoryWorkbook(demoWorkbook()));
    expect(result.findings.youSaidWeDid?.map((r) => [r.recommendation, r.when])).toEqual([
      ["Tell tenants the name of the officer handling their complaint", d("2026-07-01")],
      ["Acknowledge every complaint within 2 working days", d("2026-03-16")],
    ]);
  });

  it("creates the sheet with its headers and rows, laid out as a table, its text marked as the workbook's", () => {
    const workbook = new MemoryWorkbook(demoWorkbook());
    const { plan } = scanned(workbook);
    expect(plan?.create).toBe(true);
    expect(plan?.layout?.table).toEqual({
      name: "TOSP_YouSaidWeDid",
      area: { row: 0, column: 0, rowCount: 3, columnCount: 4 },
    });
    const texts = (plan?.writes ?? []).filter((w) => w.row > 0 && w.value.kind === "text");
    expect(texts.length).toBe(6);
    expect(texts.every((w) => w.value.kind === "text" && w.value.untrusted)).toBe(true);

    workbook.applyPlan(scanned(workbook).result.plan);
    const sheet = workbook.sheet(NAME) as MemorySheet;
    expect(sheet.cells).toEqual([
      ["Review", "You said", "We did", "When"],
      [
        "Complaint handling",
        "Tell tenants the name of the officer handling their complaint",
        "Every complaint letter now gives the name and direct phone number of the officer handling it",
        d("2026-07-01"),
      ],
      [
        "Complaint handling",
        "Acknowledge every complaint within 2 working days",
        "Complaints are now acknowledged by the next working day: 97% within 2 working days since April",
        d("2026-03-16"),
      ],
    ]);
    expect(sheet.formats?.[1]?.[3]).toBe("dd/mm/yyyy");
  });

  it("plans nothing on a rescan, and only the changed cells when a recommendation changes", () => {
    const workbook = new MemoryWorkbook(demoWorkbook());
    workbook.applyPlan(scanned(workbook).result.plan);
    expect(scanned(workbook).plan).toBeUndefined(); // nothing to write: the plan leaves it out

    const recommendations = recommendationsOf(workbook);
    (recommendations.cells[1] as RawCell[])[columnOf(recommendations, "What changed")] =
      "Acknowledged the next working day";
    const { plan } = scanned(workbook);
    expect(plan?.create).toBe(false);
    expect(plan?.writes).toEqual([
      {
        row: 2,
        column: 2,
        value: { kind: "text", text: "Acknowledged the next working day", untrusted: true },
      },
    ]);
  });

  it("clears the rows of a recommendation no longer implemented, and keeps the sheet", () => {
    const workbook = new MemoryWorkbook(demoWorkbook());
    workbook.applyPlan(scanned(workbook).result.plan);
    const recommendations = recommendationsOf(workbook);
    for (const row of recommendations.cells.slice(1))
      row[columnOf(recommendations, "Implemented")] = null;
    const { result, plan } = scanned(workbook);
    expect(result.findings.youSaidWeDid).toEqual([]);
    expect(plan?.create).toBe(false);
    workbook.applyPlan(result.plan);
    const rows = (workbook.sheet(NAME) as MemorySheet).cells.filter((row) =>
      row.some((cell) => cell !== null && cell !== "")
    );
    expect(rows).toEqual([["Review", "You said", "We did", "When"]]);
  });

  it("creates no sheet while nothing has been implemented with what changed", () => {
    const sheets = demoWorkbook();
    const recommendations = sheets.find((s) => s.name === "Recommendations") as MemorySheet;
    for (const row of recommendations.cells.slice(1))
      row[columnOf(recommendations, "What changed")] = null;
    const { result, plan } = scanned(new MemoryWorkbook(sheets));
    expect(result.findings.youSaidWeDid).toEqual([]);
    expect(plan).toBeUndefined();
  });

  it("never writes over an officers' own sheet of that name, and says so", () => {
    const sheets = demoWorkbook();
    const own: RawCell[][] = [
      ["You said", "We did", "Published in Connect"],
      ["More repairs on Saturdays", "Saturday repairs since May", "Summer 2026"],
    ];
    sheets.push({ name: "You said we did", cells: own.map((row) => [...row]) });
    const workbook = new MemoryWorkbook(sheets);
    const { result, plan } = scanned(workbook);
    expect(plan).toBeUndefined();
    expect(result.plan.sheets.some((s) => s.sheet === "You said we did")).toBe(false);
    expect(otherThanTheDemos(result.problems)).toEqual([
      "You said we did: this sheet is not one the add-in wrote, so the scan left it as it is: rename your You said we did sheet, or delete it to let the add-in write one",
    ]);
    workbook.applyPlan(result.plan);
    expect((workbook.sheet("You said we did") as MemorySheet).cells).toEqual(own);
  });
});
