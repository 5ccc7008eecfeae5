import { dayFromIso } from "../../src/domain/calendar/days";
import { KPI_STATUSES } from "../../src/domain/kpi/types";
import { REVIEW_ORIGINS } from "../../src/domain/reviews/programme";
import { scan } from "../../src/engine/scan";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { CellArea, ChartPlan, SheetPlan } from "../../src/workbook/plan";
import { RawCell } from "../../src/workbook/snapshot";

function scannedWithCharts(sheets: MemorySheet[], asOf = DEMO_AS_OF) {
  const workbook = new MemoryWorkbook(sheets);
  const result = scan(workbook.readSnapshot(), { asOf, summaryCharts: true });
  workbook.applyPlan(result.plan);
  const summaryPlan = result.plan.sheets.find((s) => s.sheet === "Summary") as SheetPlan;
  const summary = workbook.sheet("Summary") as MemorySheet;
  const chart = (name: string) =>
    summaryPlan.layout?.charts.find((c) => c.name === name) as ChartPlan;
  /** The cells of a chart's data, as written to the Summary. */
  const data = (name: string): RawCell[][] => {
    const { row, column, rowCount, columnCount }: CellArea = chart(name).data;
    return summary.cells
      .slice(row, row + rowCount)
      .map((cells) => Array.from({ length: columnCount }, (_, i) => cells[column + i] ?? null));
  };
  return { workbook, result, summaryPlan, summary, chart, data };
}

describe("the Summary's charts on the demo workbook", () => {
  const { workbook, result, summaryPlan, summary, chart, data } = scannedWithCharts(demoWorkbook());
  const { findings } = result;

  it("asks for the four charts by name, each over data it writes under its heading", () => {
    expect(summaryPlan.layout?.charts.map((c) => [c.name, c.kind, c.title])).toEqual([
      ["TOSP KPI status", "stackedBar", "KPI status by service area"],
      ["TOSP attendance", "bar", "Attendance rate by member"],
      ["TOSP origins", "column", "Triggers and reviews by origin"],
      ["TOSP representation", "bar", "Members and tenants by age band and ethnicity"],
    ]);
    for (const { data: area, title } of summaryPlan.layout?.charts ?? [])
      expect(summary.cells[area.row - 1]?.[area.column]).toBe(title);
  });

  it("counts KPI statuses by service area as the findings do", () => {
    expect(data("TOSP KPI status")).toEqual([
      ["Service area", ...KPI_STATUSES],
      ...findings.summary.kpisByServiceArea.map(({ serviceArea, counts }) => [
        serviceArea,
        ...KPI_STATUSES.map((s) => counts[s]),
      ]),
    ]);
    expect(findings.summary.kpisByServiceArea.length).toBeGreaterThan(1);
  });

  it("counts triggers and this year's reviews by origin as the findings do", () => {
    const rows = data("TOSP origins");
    expect(rows[0]).toEqual(["Origin", "Triggers", "Reviews 2026/27"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...REVIEW_ORIGINS]);
    const triggers = rows.slice(1).reduce((n, r) => n + Number(r[1]), 0);
    expect(triggers).toBe(findings.summary.triggers.total);
    for (const [origin, , reviews] of rows.slice(1))
      expect([origin, reviews]).toEqual([
        origin,
        findings.reviews.filter((r) => r.origin === origin && r.panelYear === findings.panelYear)
          .length,
      ]);
  });

  it("gives every member on the Members sheet an attendance rate, as a percentage", () => {
    const rows = data("TOSP attendance");
    expect(rows.slice(1).map((r) => r[0])).toEqual(findings.members.map((m) => m.name));
    const rates = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]));
    // 11 meetings on the register from 09/12/2025 to 10/11/2026; Pat Jones sent apologies to one.
    expect(rates["Pat Jones"]).toBeCloseTo(10 / 11, 12);
    expect(rates["Hannah Wright"]).toBe(1);
    expect(rates["Ian Patel"]).toBeCloseTo(2 / 3, 12); // a deputy from 08/09/2026: P, A, P
    expect(
      Object.values(rates).every((r) => r === null || (Number(r) >= 0 && Number(r) <= 1))
    ).toBe(true);
    const { row, column } = chart("TOSP attendance").data;
    expect(summary.formats?.[row + 1]?.[column + 1]).toBe("0%");
  });

  it("keeps the data and the charts clear of the Summary's text", () => {
    const plain = new MemoryWorkbook(demoWorkbook());
    plain.applyPlan(scan(plain.readSnapshot(), { asOf: DEMO_AS_OF }).plan);
    const text = plain.sheet("Summary") as MemorySheet;
    const textWidth = Math.max(...text.cells.map((r) => r.length));
    // The text is the same with or without the charts.
    const padded = (cells: RawCell[] = []) =>
      Array.from({ length: textWidth }, (_, c) => cells[c] ?? null);
    text.cells.forEach((cells, r) =>
      expect([r, padded(summary.cells[r])]).toEqual([r, padded(cells)])
    );
    for (const { data: area, position } of summaryPlan.layout?.charts ?? []) {
      expect(area.column).toBeGreaterThan(textWidth);
      expect(position.column).toBeGreaterThanOrEqual(area.column + area.columnCount);
    }
  });

  it("plans no cell writes on a rescan, and asks for the same charts again", () => {
    const again = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF, summaryCharts: true });
    expect(again.plan.sheets.map((s) => [s.sheet, s.create, s.writes.length])).toEqual([
      ["Summary", false, 0],
    ]);
    expect(again.plan.sheets[0]?.layout?.charts).toEqual(summaryPlan.layout?.charts);
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan.sheets).toEqual([]);
  });

  it("writes no chart data and asks for no charts without the option", () => {
    const plain = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), { asOf: DEMO_AS_OF });
    const plan = plain.plan.sheets.find((s) => s.sheet === "Summary") as SheetPlan;
    expect(plan.layout?.charts).toEqual([]);
    expect(plan.writes.some((w) => w.value.kind === "text" && w.value.text === "Origin")).toBe(
      false
    );
  });
});

describe("attendance rate by member (held meetings in the 12 months to the scan)", () => {
  const DATE = "dd/mm/yyyy";
  const meetings = ["2025-10-14", "2026-01-13", "2026-03-10", "2026-05-12", "2026-12-08"].map(
    dayFromIso
  );
  const sheets: MemorySheet[] = [
    {
      name: "Members",
      cells: [
        ["Name", "Group"],
        ["Ann Lee", "Tenants' Forum"],
        ["Bob Marsh", "General"],
        ["Cath Nye", "General"],
        ["Dev Rao", "Co-optee"],
      ],
    },
    {
      name: "Attendance",
      cells: [
        ["Member", ...meetings],
        // 14/10/2025 is more than 12 months before 23/11/2026; 08/12/2026 is not yet held.
        ["Ann Lee", "A", "P", "P", "R", "P"],
        ["Bob Marsh", "P", "-", "A", "P", null],
        ["Cath Nye", "-", "-", "-", "-", "-"],
      ],
      formats: [["General", ...meetings.map(() => DATE)]],
    },
  ];

  it("counts P among the meetings each member was expected at, and leaves blank who had none", () => {
    const { data, result } = scannedWithCharts(sheets);
    // Dev Rao has no row on the register: reported (their marks decide lapse), and left blank below.
    expect(result.problems.map((p) => p.address)).toEqual(["Members!A5"]);
    expect(data("TOSP attendance")).toEqual([
      ["Member", "Attended, last 12 months"],
      ["Ann Lee", 2 / 3], // P, P, R: an absence with a reason is still not attendance
      ["Bob Marsh", 1 / 2], // -, A, P: not expected at 13/01/2026
      ["Cath Nye", null],
      ["Dev Rao", null], // not on the register
    ]);
  });
});
