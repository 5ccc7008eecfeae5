import { dayFromIso, formatUkDate } from "../../src/domain";
import { scan } from "../../src/engine/scan";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { describeProblem } from "../../src/workbook/problems";
import { RawCell } from "../../src/workbook/snapshot";

/**
 * The statutory clocks through the scan, on small workbooks: the Complaint Handling Code's columns on the
 * Complaints log, Awaab's Law's on the Hazards log, the Customer complaints trigger on overdue clocks,
 * and a rescan that plans nothing. The clocks' own arithmetic is tested in test/domain; here, that the
 * engine runs them per row, writes them where the add-in's columns are, and names the cells.
 */

const AS_OF = dayFromIso("2026-11-23");
const d = dayFromIso;
/** A London wall-clock date and time as a cell holds it. */
const at = (iso: string, hours: number, minutes = 0) => d(iso) + (hours * 60 + minutes) / 1440;

const COMPLAINT_HEADERS = [
  "Reference",
  "Date received",
  "Theme",
  "Acknowledged",
  "Extended to",
  "Responded",
  "Escalated",
  "Stage 2 acknowledged",
  "Stage 2 responded",
];

function complaints(rows: RawCell[][]): MemorySheet {
  return { name: "Complaints", cells: [COMPLAINT_HEADERS, ...rows] };
}

const HAZARD_HEADERS = [
  "Reference",
  "Category",
  "Hazard",
  "Aware",
  "Made safe",
  "Investigation concluded",
  "Summary sent",
  "Safety work started",
  "Preventative work started",
  "Alternative accommodation offered",
];

function hazards(rows: RawCell[][]): MemorySheet {
  return { name: "Hazards", cells: [HAZARD_HEADERS, ...rows] };
}

/** Scans, applies the plan, and gives the sheet's column by header (data rows only). */
function scannedColumns(sheets: MemorySheet[], asOf = AS_OF) {
  const workbook = new MemoryWorkbook(sheets);
  const result = scan(workbook.readSnapshot(), { asOf });
  workbook.applyPlan(result.plan);
  const column = (sheet: string, header: string): RawCell[] => {
    const cells = workbook.sheet(sheet)?.cells ?? [];
    const index = (cells[0] ?? []).indexOf(header);
    if (index < 0) throw new Error(`no ${header} on ${sheet}`);
    return cells.slice(1).map((row) => row[index] ?? null);
  };
  return { workbook, result, column };
}

describe("the Complaints log under the Complaint Handling Code", () => {
  const log = complaints([
    // Received Monday 02/11/2026, acknowledged on the 5th working day: answer due 23/11/2026, on time.
    ["C-1", d("2026-11-02"), "Repairs", d("2026-11-09"), null, d("2026-11-20")],
    // Acknowledged 09/10/2026, answer due 23/10/2026, given Tuesday 27/10: 2 working days late.
    ["C-2", d("2026-10-05"), "Noise", d("2026-10-09"), null, d("2026-10-27")],
    // Not acknowledged: the answer is due 10 working days after the last day to acknowledge (09/11),
    // 23/11/2026, the scan's day: open.
    ["C-3", d("2026-11-02"), "Damp", null, null, null],
    // Escalated 12/10/2026, acknowledged 16/10: stage 2 due 20 working days on, 13/11/2026; no answer.
    [
      "C-4",
      d("2026-09-15"),
      "Damp",
      d("2026-09-17"),
      null,
      d("2026-09-30"),
      d("2026-10-12"),
      d("2026-10-16"),
    ],
    // An answer dated before the complaint: a problem at the Responded cell.
    ["C-5", d("2026-11-10"), "Rent", null, null, d("2026-11-01")],
  ]);

  it("writes Stage 1 due, Stage 2 due and Code for every complaint, claimed as the add-in's", () => {
    const { result, column, workbook } = scannedColumns([log]);
    expect(column("Complaints", "Stage 1 due").map((v) => formatUkDate(v as number))).toEqual([
      "23/11/2026",
      "23/10/2026",
      "23/11/2026",
      "01/10/2026",
      "01/12/2026",
    ]);
    expect(column("Complaints", "Stage 2 due")).toEqual([null, null, null, d("2026-11-13"), null]);
    expect(column("Complaints", "Code")).toEqual([
      "Within the Code",
      "Late: 2 working days",
      "Open",
      "Overdue: 6 working days",
      "Within the Code",
    ]);
    expect(workbook.names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        "TOSP_Col_Complaints_Stage1Due",
        "TOSP_Col_Complaints_Stage2Due",
        "TOSP_Col_Complaints_Code",
      ])
    );
    expect(result.findings.complaints?.map((c) => [c.reference, c.stage, c.overdue])).toEqual([
      ["C-1", 1, false],
      ["C-2", 1, false],
      ["C-3", 1, false],
      ["C-4", 2, true],
      ["C-5", 1, false],
    ]);
  });

  it("names the cell of a date the clocks cannot take as it is", () => {
    const { result } = scannedColumns([log]);
    expect(result.problems.map(describeProblem)).toEqual([
      "Complaints!F6: Responded 01/11/2026 is before Date received 10/11/2026: check the date",
    ]);
  });

  it("lists the overdue complaint with its due date", () => {
    const { result } = scannedColumns([log]);
    expect(result.findings.overdueClocks).toEqual([
      {
        kind: "complaint",
        reference: "C-4",
        where: "Complaints!A5",
        cell: { sheet: "Complaints", row: 4, column: 0 },
        step: "stage 2 response",
        due: d("2026-11-13"),
        withTime: false,
        dueText: "13/11/2026",
        overdueBy: "6 working days",
      },
    ]);
  });

  it("plans nothing on a rescan", () => {
    const { workbook } = scannedColumns([log]);
    expect(scan(workbook.readSnapshot(), { asOf: AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("adds no column to a log kept only for the complaints theme (no Responded column)", () => {
    const themesOnly: MemorySheet = {
      name: "Complaints",
      cells: [
        ["Date received", "Theme"],
        [d("2026-11-02"), "Damp"],
      ],
    };
    const workbook = new MemoryWorkbook([themesOnly]);
    const result = scan(workbook.readSnapshot(), { asOf: AS_OF });
    expect(result.plan.sheets.some((s) => s.sheet === "Complaints")).toBe(false);
    expect(result.findings.complaints).toBeUndefined();
    expect(result.findings.kpis).toEqual([]);
  });
});

describe("the Hazards log under Awaab's Law", () => {
  const log = hazards([
    // Emergency, aware Saturday 24/10/2026 10:00, the night the clocks go back: 24 hours end at
    // 09:00 on Sunday's clock. Not made safe: overdue.
    ["H-1", "Emergency", "Exposed wiring", at("2026-10-24", 10), null],
    // Significant: investigated 12/11, summary sent the next day, no safety work needed; preventative
    // work due 5 working days after the investigation (19/11/2026), not started: overdue.
    [
      "H-2",
      "Significant",
      "Damp and mould",
      at("2026-11-02", 9),
      null,
      d("2026-11-12"),
      d("2026-11-13"),
      "Not needed",
    ],
    // Still being investigated: due 10 working days after 16/11, on 30/11/2026.
    ["H-3", "Significant", "Damp and mould", at("2026-11-16", 11), null],
    // Emergency made safe 30 minutes after its 24 hours: a breach; the written summary sent in time.
    [
      "H-4",
      "Emergency",
      "Gas leak",
      at("2026-11-02", 20),
      at("2026-11-03", 20, 30),
      d("2026-11-04"),
      d("2026-11-09"),
      null,
      "Not needed",
    ],
    // A type the Settings do not put in scope: shown, not counted.
    ["H-5", "Significant", "Excess cold", at("2026-10-01", 9), null],
    // Safety work overdue, no alternative accommodation offered; a summary dated before the landlord knew.
    [
      "H-6",
      "Significant",
      "Damp and mould",
      at("2026-10-19", 9, 30),
      null,
      d("2026-10-30"),
      d("2026-10-18"),
      null,
      "Not needed",
      "N",
    ],
  ]);

  it("writes Next step, Due (with its time for the 24-hour step), Overdue and Breaches", () => {
    const { column, workbook, result } = scannedColumns([log]);
    expect(column("Hazards", "Next step")).toEqual([
      "Investigate and make safe",
      "Preventative work",
      "Investigate",
      "All steps done",
      "Not in scope: Excess cold is not among the hazard types Awaab's Law covers in the Settings",
      "Safety work",
    ]);
    expect(column("Hazards", "Due")).toEqual([
      at("2026-10-25", 9),
      d("2026-11-19"),
      d("2026-11-30"),
      null,
      null,
      d("2026-11-06"),
    ]);
    const sheet = workbook.sheet("Hazards") as MemorySheet;
    const due = (sheet.cells[0] ?? []).indexOf("Due");
    expect(sheet.formats?.[1]?.[due]).toBe("dd/mm/yyyy hh:mm");
    expect(sheet.formats?.[2]?.[due]).toBe("dd/mm/yyyy");
    expect(column("Hazards", "Overdue")).toEqual(["Yes", "Yes", "No", "No", null, "Yes"]);
    expect(column("Hazards", "Breaches")).toEqual([
      "Investigate and make safe overdue with no alternative accommodation offered",
      null,
      null,
      "Investigate and make safe 30 minutes late",
      null,
      "Safety work overdue with no alternative accommodation offered",
    ]);
    expect(result.findings.hazards?.find((h) => h.reference === "H-1")?.nextStep).toEqual({
      step: "Investigate and make safe",
      due: at("2026-10-25", 9),
      dueText: "25/10/2026 09:00",
      withTime: true,
      // From 09:00 on 25/10 to the end of the scan's day (23:59 on 23/11/2026), both in Greenwich time.
      late: "710 hours 59 minutes",
    });
  });

  it("counts overdue hazards in scope only, and names a date before the landlord became aware", () => {
    const { result } = scannedColumns([log]);
    expect(result.findings.overdueClocks.map((c) => [c.reference, c.step, c.dueText])).toEqual([
      ["H-1", "Investigate and make safe", "25/10/2026 09:00"],
      ["H-6", "Safety work", "06/11/2026"],
      ["H-2", "Preventative work", "19/11/2026"],
    ]);
    expect(result.problems.map(describeProblem)).toEqual([
      "Hazards!G7: Summary sent 18/10/2026 is before the landlord became aware (19/10/2026 09:30): check the date",
    ]);
  });

  it("takes a hazard type into scope from the Settings sheet", () => {
    const settings: MemorySheet = {
      name: "Settings",
      cells: [
        ["Setting", "Value"],
        ["Awaab's Law in scope: Damp and mould", "27/10/2025"],
        ["Awaab's Law in scope: All emergency hazards", "27/10/2025"],
        ["Awaab's Law in scope: Excess cold", "01/10/2026"],
      ],
    };
    const { column } = scannedColumns([log, settings]);
    expect(column("Hazards", "Next step")[4]).toBe("Investigate");
  });

  it("plans nothing on a rescan", () => {
    const { workbook } = scannedColumns([log]);
    expect(scan(workbook.readSnapshot(), { asOf: AS_OF }).plan).toEqual({ sheets: [] });
  });
});

describe("the Customer complaints trigger on overdue clocks (docs/rules.md: 3 or more, a setting)", () => {
  const overdueComplaint = complaints([
    ["C-9", d("2026-10-05"), "Noise", d("2026-10-06"), null, null],
  ]);
  const twoOverdueHazards = hazards([
    ["H-1", "Emergency", "Exposed wiring", at("2026-10-24", 10), null],
    ["H-3", "Significant", "Damp and mould", at("2026-10-01", 11), null],
  ]);

  it("fires at 3, with each reference and due date as evidence and its cell as source", () => {
    const { result } = scannedColumns([overdueComplaint, twoOverdueHazards]);
    const trigger = result.findings.triggers.find((t) => t.type === "Customer complaints");
    expect(trigger).toMatchObject({
      key: "Customer complaints: Complaints and hazards overdue",
      serviceArea: "Repairs and maintenance",
      evidence:
        "3 overdue under the Complaint Handling Code and Awaab's Law, where 3 or more trigger a review (§11.2): complaint: C-9 (stage 1 response due 20/10/2026); hazards: H-3 (Investigate due 15/10/2026), H-1 (Investigate and make safe due 25/10/2026 09:00)",
      source: "Hazards!A3, Complaints!A2, Hazards!A2",
    });
    expect(trigger?.overdue?.map((c) => c.reference)).toEqual(["H-3", "C-9", "H-1"]);
  });

  it("does not fire at 2, unless the Settings ask for 2", () => {
    const { result } = scannedColumns([twoOverdueHazards]);
    expect(result.findings.triggers).toEqual([]);
    const settings: MemorySheet = {
      name: "Settings",
      cells: [
        ["Setting", "Value"],
        ["Overdue complaints or hazards that trigger a review", 2],
      ],
    };
    const { result: withSetting } = scannedColumns([twoOverdueHazards, settings]);
    expect(withSetting.findings.triggers.map((t) => t.key)).toEqual([
      "Customer complaints: Complaints and hazards overdue",
    ]);
  });

  it("lists a 24-hour step due on a morning before a complaint due by the end of that day", () => {
    const { result } = scannedColumns([
      complaints([["C-1", d("2026-10-21"), "Repairs", d("2026-10-30"), null, null]]),
      hazards([["H-1", "Emergency", "Gas leak", at("2026-11-12", 9), null]]),
    ]);
    expect(result.findings.overdueClocks.map((c) => [c.reference, c.dueText])).toEqual([
      ["H-1", "13/11/2026 09:00"],
      ["C-1", "13/11/2026"],
    ]);
  });

  it("keeps its row and Last updated on a rescan a week later with the same clocks overdue", () => {
    const { workbook } = scannedColumns([overdueComplaint, twoOverdueHazards]);
    const later = scan(workbook.readSnapshot(), { asOf: AS_OF + 7 });
    expect(later.findings.triggers.map((t) => [t.key, t.isNew])).toEqual([
      ["Customer complaints: Complaints and hazards overdue", false],
    ]);
    const triggerWrites = later.plan.sheets.find((s) => s.sheet === "Triggers");
    expect(triggerWrites).toBeUndefined();
  });
});
