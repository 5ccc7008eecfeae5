import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { dayFromIso, formatUkDate } from "../../src/domain";
import { scan } from "../../src/engine/scan";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { isEmptyPlan } from "../../src/workbook/plan";
import { describeProblem } from "../../src/workbook/problems";
import { RawCell } from "../../src/workbook/snapshot";
import { DEMO_PROBLEMS } from "../fixtures/demoProblems";

function scanned(sheets = demoWorkbook(), asOf = DEMO_AS_OF) {
  const workbook = new MemoryWorkbook(sheets);
  const result = scan(workbook.readSnapshot(), { asOf });
  return { workbook, result };
}

function column(sheet: MemorySheet, header: string): RawCell[] {
  const index = (sheet.cells[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no ${header} column on ${sheet.name}`);
  return sheet.cells.slice(1).map((row) => row[index] ?? null);
}

describe("scan of the demo workbook at 23/11/2026", () => {
  const { workbook, result } = scanned();
  workbook.applyPlan(result.plan);

  it("gives each member the first status that applies, with every reason and its clause", () => {
    const members = Object.fromEntries(
      result.findings.members.map((m) => [m.name, `${m.status} | ${m.reasons.join("; ")}`])
    );
    expect(members).toEqual({
      "Pat Jones": "Active | ",
      "Amir Khan": "Active | ",
      "Bernadette O'Leary":
        "At risk of lapse | At risk of lapse: 2 absences in a row — one more absence without a reason would lapse the place (§4.3)",
      "Chen Wei":
        "Not eligible | Not eligible: a member of both the Tenants' Forum and the Silver Service Forum (§4.2)",
      "Doris Smith": "Active | term ends 15/01/2027 (§15.1)",
      "Emeka Obi":
        "Lapsed | Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025, 13/01/2026, 14/04/2026, 14/07/2026) (§4.3)",
      "Fatima Begum":
        "Lapsed | Lapsed on 08/09/2026: 3 consecutive absences (12/05/2026, 14/07/2026, 08/09/2026) (§4.3); training 60% of the 80% needed before full membership (§4.5)",
      "George Evans": "Active | ",
      "Hannah Wright":
        "Training incomplete | training 50% of the 80% needed before full membership (§4.5)",
      "Ian Patel": "Active | ",
    });
  });

  it("gives each member's lapse as data: the meeting and the limit, or the count one short", () => {
    const watch = Object.fromEntries(
      result.findings.members.flatMap((m) => (m.lapseWatch ? [[m.name, m.lapseWatch]] : []))
    );
    expect(watch).toEqual({
      "Bernadette O'Leary": { kind: "At risk of lapse", absencesInARow: 2 },
      "Emeka Obi": {
        kind: "Lapsed",
        on: dayFromIso("2026-07-14"),
        reasons: [
          {
            rule: "twelveMonths",
            meetings: ["2025-10-14", "2025-11-11", "2026-01-13", "2026-04-14", "2026-07-14"].map(
              dayFromIso
            ),
          },
        ],
      },
      "Fatima Begum": {
        kind: "Lapsed",
        on: dayFromIso("2026-09-08"),
        reasons: [
          {
            rule: "consecutive",
            meetings: ["2026-05-12", "2026-07-14", "2026-09-08"].map(dayFromIso),
          },
        ],
      },
    });
  });

  it("puts the roll in the findings: who sits today, and who counts for quorum (§7.2, §7.7)", () => {
    const { roll, composition } = result.findings;
    expect(roll.map((entry) => [entry.name, entry.group, entry.countsForQuorum])).toEqual([
      ["Pat Jones", "Tenants' Forum", true],
      ["Amir Khan", "Tenants' Forum", true],
      ["Bernadette O'Leary", "Tenants' Forum", true],
      ["Chen Wei", "Tenants' Forum", true],
      ["Doris Smith", "Silver Service Forum", true],
      ["George Evans", "General", true],
      ["Hannah Wright", "Deputy", false],
      ["Ian Patel", "Deputy", false],
    ]);
    // The composition is counted over the same roll.
    expect(roll.filter((entry) => entry.countsForQuorum)).toHaveLength(
      composition!.counts.tenantMembers
    );
  });

  it("writes Status and Reason beside the officers' columns on Members", () => {
    const members = workbook.sheet("Members") as MemorySheet;
    expect(column(members, "Status").slice(0, 7)).toEqual([
      "Active",
      "Active",
      "At risk of lapse",
      "Not eligible",
      "Active",
      "Lapsed",
      "Lapsed",
    ]);
    expect(members.cells[0]?.slice(-2)).toEqual(["Status", "Reason"]);
  });

  it("counts present, membership and quorum per meeting, and flags short notice for an interim meeting", () => {
    const meetings = Object.fromEntries(
      result.findings.meetings.map((m) => [
        formatUkDate(m.date),
        [m.present, m.membership, m.quorate, m.notice],
      ])
    );
    // 14/07/2026: Emeka Obi lapses at this meeting and still counts (§4.3); 8 tenant members, 5 present.
    expect(meetings["14/07/2026"]).toEqual([5, 8, true, undefined]);
    // 10/02/2026: apologies from Pat, Bernadette and Chen, Amir absent, Emeka apologies: 2 of 7 present.
    expect(meetings["10/02/2026"]).toEqual([2, 7, false, undefined]);
    // 08/09/2026: Emeka lapsed earlier (not counted); Fatima lapses here (counted); P: Pat, Amir, Chen, Doris.
    expect(meetings["08/09/2026"]).toEqual([4, 7, true, undefined]);
    expect(meetings["22/09/2026"]).toEqual([
      undefined,
      6,
      undefined,
      "Short: 2 clear working days",
    ]);
    expect(meetings["08/12/2026"]).toEqual([undefined, 6, undefined, undefined]);
  });

  it("counts the meetings of the panel year against the 10 of §7.1", () => {
    expect(result.findings.meetingsInYear).toMatchObject({
      panelYear: 2026,
      held: 4,
      scheduled: 6,
      canReachRequired: true,
    });
  });

  it("checks composition on the members sitting today: lapsed members and ended terms are not counted", () => {
    expect(result.findings.composition?.counts).toMatchObject({
      tenantsForum: 4,
      silverServiceForum: 1,
      general: 1,
      deputies: 2,
      coOptees: 0,
    });
    expect(result.findings.composition?.breaches).toEqual([]);
  });

  it("finds an overdue information request and the next deadlines", () => {
    const reviews = Object.fromEntries(
      result.findings.reviews.map((r) => [
        r.review,
        [r.nextDeadline && formatUkDate(r.nextDeadline), r.overdue],
      ])
    );
    expect(reviews).toEqual({
      "Empty homes: how long they stay empty": ["29/10/2026", true],
      "Rent arrears letters": ["04/12/2026", false],
      "Estate cleaning": ["30/11/2026", false],
      "Repairs right first time": [undefined, false],
      "Complaint handling": [undefined, false],
    });
    expect(result.findings.programme.message).toBe("3 of 3 scheduled reviews in 2026/27");
  });

  it("dates impact assessments 6 months after implementation, for accepted recommendations only", () => {
    expect(
      result.findings.recommendations.map(
        (r) => r.impactAssessmentDue && formatUkDate(r.impactAssessmentDue)
      )
    ).toEqual(["16/09/2026", "01/01/2027", undefined]);
    expect(result.findings.recommendations.map((r) => r.impactAssessmentOverdue)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("rates KPIs on both layouts and flags responsive and complaints triggers", () => {
    expect(result.findings.triggers.map((t) => t.key)).toEqual([
      "Responsive: RENT-COLLECTED",
      "Responsive: RELET-TIME",
      "Responsive: EMERGENCY-REPAIRS",
      "Responsive: REPAIRS-FIRST-TIME",
      "Responsive: TP01",
      "Responsive: TP09",
      // CH02 from the complaints log, TP09 in the bottom quartile, 3 overdue clocks.
      "Responsive: CH02(1) (complaints log)",
      "Benchmark: TP09",
      "Customer complaints: Damp and mould",
      "Customer complaints: Complaints and hazards overdue",
    ]);
    const relet = result.findings.triggers[1];
    expect(relet?.evidence).toBe(
      "Worse than target for 3 periods in a row (lower is better): Aug 2026 33 days against 28 days (Missed); Sep 2026 35 days against 28 days (Missed); Oct 2026 41 days against 28 days (Missed)"
    );
    expect(relet?.source).toBe("'KPI - Rent'!N5, 'KPI - Rent'!O5, 'KPI - Rent'!P5");
    expect(result.findings.triggers.every((t) => t.isNew && t.panelDecision === "New")).toBe(true);
  });

  it("keeps context-only indicators out of triggers but lists them", () => {
    const context = result.findings.kpis
      .filter((k) => k.status === "Context only")
      .map((k) => k.indicator);
    expect(context).toEqual([
      "Households in temporary accommodation",
      "Stage one complaints per 1,000 homes",
      "Anti-social behaviour cases per 1,000 homes",
      "Anti-social behaviour cases that involve hate incidents per 1,000 homes",
    ]);
  });

  it("creates the KPI status and Triggers sheets with their headers", () => {
    expect(workbook.sheet("KPI status")?.cells[0]).toEqual([
      "Indicator",
      "Code",
      "Service area",
      "Polarity",
      "Latest period",
      "Actual",
      "Target",
      "Status",
      "Periods worse than target",
      "Trend",
      "Quartile",
      "Source",
    ]);
    // 17 indicators of the KPI sheets and CH02 (1) and (2) from the complaints log.
    expect(workbook.sheet("KPI status")?.cells).toHaveLength(20);
    const triggers = workbook.sheet("Triggers") as MemorySheet;
    expect(column(triggers, "Panel decision")).toEqual(Array(10).fill("New"));
    expect(column(triggers, "First flagged")).toEqual(Array(10).fill(DEMO_AS_OF));
  });

  it("writes the Summary for the Tenants' Forum (§2.5): KPI status by area, triggers, members, meetings, deadlines", () => {
    const summary = workbook.sheet("Summary") as MemorySheet;
    const rows = Object.fromEntries(
      summary.cells.map((row) => [String(row[0]), row.slice(1).filter((v) => v !== null)])
    );
    expect(summary.cells[0]).toEqual(["Tenant Scrutiny Panel summary"]);
    expect(rows["As at"]).toEqual([DEMO_AS_OF]);
    expect(rows["KPI status by service area"]).toEqual([
      "Met",
      "Near miss",
      "Missed",
      "No data",
      "No target",
      "Context only",
    ]);
    expect(rows["Voids and lettings"]).toEqual([1, 0, 1, 0, 0, 0]);
    expect(rows["Review triggers"]).toEqual([10]);
    expect(rows["Waiting to be discussed (New)"]).toEqual([10]);
    expect(rows["Lapsed"]).toEqual([2]);
    expect(rows["Meetings held in 2026/27"]).toEqual([4]);
    expect(rows["Next meeting"]).toEqual([dayFromIso("2026-12-08"), "membership 6", "quorum 3"]);
    expect(rows["Review stages overdue"]).toEqual([1]);
    expect(rows["Impact assessments overdue"]).toEqual([1]);
  });

  it("reports only the demo's deliberate problems: the TSM publication gaps and a CH02 the log does not bear out", () => {
    expect(result.problems.map(describeProblem)).toEqual(DEMO_PROBLEMS);
  });

  it("plans nothing on a rescan of the workbook it wrote", () => {
    const again = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(again.plan).toEqual({ sheets: [] });
    expect(isEmptyPlan(again.plan)).toBe(true);
  });
});

describe("the statutory clocks and the TSMs on the demo workbook", () => {
  const { workbook, result } = scanned();
  workbook.applyPlan(result.plan);

  it("lists the overdue complaints and hazards with their due dates, the earliest first", () => {
    expect(
      result.findings.overdueClocks.map((c) => [
        c.kind,
        c.reference,
        c.step,
        c.dueText,
        c.overdueBy,
      ])
    ).toEqual([
      ["hazard", "H-26-051", "Safety work", "06/11/2026", "11 working days"],
      ["complaint", "C-26-013", "stage 2 response", "13/11/2026", "6 working days"],
      ["complaint", "C-26-016", "stage 1 response", "13/11/2026", "6 working days"],
    ]);
    expect(result.findings.summary).toMatchObject({
      overdueComplaints: 2,
      overdueHazards: 1,
      publicationGaps: 2,
    });
  });

  it("keeps the Code's columns on the Complaints log and Awaab's Law's on the Hazards log", () => {
    const complaints = workbook.sheet("Complaints") as MemorySheet;
    expect(complaints.cells[0]?.slice(-3)).toEqual(["Stage 1 due", "Stage 2 due", "Code"]);
    expect(column(complaints, "Code").filter((code) => code !== "Within the Code")).toEqual([
      "Late: 2 working days",
      "Late: 3 working days",
      "Late: 13 working days",
      "Overdue: 6 working days",
      "Overdue: 6 working days",
      "Open",
      "Open",
      "Open",
    ]);
    const hazards = workbook.sheet("Hazards") as MemorySheet;
    expect(column(hazards, "Next step")).toEqual([
      "All steps done",
      "All steps done",
      "Not in scope: Excess cold is not among the hazard types Awaab's Law covers in the Settings",
      "Safety work",
      "Investigate",
    ]);
    expect(column(hazards, "Breaches")[1]).toBe(
      // Aware 20:00 the night the clocks went back: its 24 hours ended at 19:00, made safe 19:30.
      "Investigate and make safe 30 minutes late; Written summary 2 working days late"
    );
  });

  it("shows CH02 from the log and the quartiles in KPI status", () => {
    const status = workbook.sheet("KPI status") as MemorySheet;
    const rows = Object.fromEntries(status.cells.slice(1).map((row) => [String(row[0]), row]));
    const headers = status.cells[0] as RawCell[];
    const cell = (indicator: string, header: string) =>
      rows[indicator]?.[headers.indexOf(header)] ?? null;
    const logged = "Stage 1 complaints answered within the Code (complaints log)";
    expect([cell(logged, "Actual"), cell(logged, "Status"), cell(logged, "Quartile")]).toEqual([
      66.7,
      "Missed",
      "Bottom quartile",
    ]);
    expect(cell(logged, "Source")).toBe("Complaints log");
    expect(cell("Satisfaction with complaints handling", "Quartile")).toBe("Bottom quartile");
    expect(cell("Average re-let time (days)", "Quartile")).toBe("Third quartile");
    expect(result.findings.kpis.find((k) => k.indicator === logged)?.fromLog).toMatchObject({
      yearToDate: { figure: 66.7, counts: "4 of 6 stage 1 complaints answered within the Code" },
      recent: { figure: 60, counts: "3 of 5 stage 1 complaints answered within the Code" },
    });
  });
});

describe("the officers' cells are theirs", () => {
  it("changes no cell outside the add-in's sheets and columns", () => {
    const before = demoWorkbook();
    const { workbook, result } = scanned();
    workbook.applyPlan(result.plan);
    for (const sheet of before) {
      const after = workbook.sheet(sheet.name) as MemorySheet;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) =>
          expect([sheet.name, r, c, after.cells[r]?.[c]]).toEqual([sheet.name, r, c, cell])
        )
      );
    }
    const written = new Set(result.plan.sheets.map((s) => s.sheet));
    expect([...written].sort()).toEqual([
      "Complaints",
      "Hazards",
      "KPI status",
      "Meetings",
      "Members",
      "Recommendations",
      "Reviews",
      "Settings",
      "Summary",
      "Triggers",
      "You said, we did",
    ]);
  });

  it("writes text from the workbook as text, never as a formula", () => {
    const sheets = demoWorkbook();
    const rent = sheets.find((s) => s.name === "KPI - Rent") as MemorySheet;
    (rent.cells[4] as RawCell[])[0] = '=HYPERLINK("http://x","y")';
    (rent.cells[4] as RawCell[])[3] = "Lower is better";
    const { result } = scanned(sheets);
    const writes = result.plan.sheets.flatMap((s) => s.writes.map((w) => w.value));
    const injected = writes.filter((v) => v.kind === "text" && v.text.includes("HYPERLINK"));
    expect(injected.length).toBeGreaterThan(0);
    expect(injected.every((v) => v.kind === "text" && v.untrusted)).toBe(true);
  });
});

describe("triggers across rescans (§11.3: the panel's columns are the panel's)", () => {
  function firstScan() {
    const { workbook, result } = scanned();
    workbook.applyPlan(result.plan);
    const triggers = workbook.sheet("Triggers") as MemorySheet;
    const headers = triggers.cells[0] as RawCell[];
    return {
      workbook,
      triggers,
      decision: headers.indexOf("Panel decision"),
      notes: headers.indexOf("Panel notes"),
      evidence: headers.indexOf("Evidence"),
    };
  }

  it("keeps the panel's decision and notes when rows are reordered, and duplicates nothing", () => {
    const { workbook, triggers, decision, notes } = firstScan();
    (triggers.cells[2] as RawCell[])[decision] = "Accepted into programme";
    (triggers.cells[2] as RawCell[])[notes] = "Voids review brought forward";
    const [header, ...rows] = triggers.cells;
    triggers.cells = [header as RawCell[], ...rows.reverse()];
    const rescan = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF + 7 });
    workbook.applyPlan(rescan.plan);
    const relet = triggers.cells.find((row) => row[0] === "Responsive: RELET-TIME") as RawCell[];
    expect([relet[decision], relet[notes]]).toEqual([
      "Accepted into programme",
      "Voids review brought forward",
    ]);
    expect(triggers.cells.filter((row) => row[0] === "Responsive: RELET-TIME")).toHaveLength(1);
    expect(
      rescan.plan.sheets
        .flatMap((s) => s.writes)
        .every((w) => w.column !== decision && w.column !== notes)
    ).toBe(true);
  });

  it("adds back a trigger the panel deleted while it still fires, as New", () => {
    const { workbook, triggers, decision } = firstScan();
    triggers.cells = triggers.cells.filter((row) => row[0] !== "Responsive: TP01");
    const rescan = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    workbook.applyPlan(rescan.plan);
    const tp01 = triggers.cells.filter((row) => row[0] === "Responsive: TP01");
    expect(tp01).toHaveLength(1);
    expect(tp01[0]?.[decision]).toBe("New");
  });

  it("keeps a trigger that stops firing, marked no longer triggered, with the panel's decision", () => {
    const { workbook, triggers, decision, evidence } = firstScan();
    const reletRow = triggers.cells.findIndex((row) => row[0] === "Responsive: RELET-TIME");
    (triggers.cells[reletRow] as RawCell[])[decision] = "Declined";
    const rent = workbook.sheet("KPI - Rent") as MemorySheet;
    (rent.cells[4] as RawCell[])[15] = 25; // October's re-let time now meets the 28-day target
    const rescan = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    workbook.applyPlan(rescan.plan);
    const row = triggers.cells[reletRow] as RawCell[];
    expect(row[decision]).toBe("Declined");
    expect(String(row[evidence])).toMatch(
      /^No longer triggered at the scan of 23\/11\/2026\. Earlier evidence: Worse than target/
    );
    expect(scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("refreshes evidence and Last updated when the figures change, keeping First flagged", () => {
    const { workbook, triggers } = firstScan();
    const rent = workbook.sheet("KPI - Rent") as MemorySheet;
    (rent.cells[4] as RawCell[])[15] = 45;
    const later = dayFromIso("2026-11-30");
    workbook.applyPlan(scan(workbook.readSnapshot(), { asOf: later }).plan);
    const headers = triggers.cells[0] as RawCell[];
    const row = triggers.cells.find((r) => r[0] === "Responsive: RELET-TIME") as RawCell[];
    expect(row[headers.indexOf("First flagged")]).toBe(DEMO_AS_OF);
    expect(row[headers.indexOf("Last updated")]).toBe(later);
    expect(String(row[headers.indexOf("Evidence")])).toContain(
      "Oct 2026 45 days against 28 days (Missed)"
    );
    const untouched = triggers.cells.find((r) => r[0] === "Responsive: TP01") as RawCell[];
    expect(untouched[headers.indexOf("Last updated")]).toBe(DEMO_AS_OF);
  });
});

describe("problems, not exceptions", () => {
  it("names the sheet and cell of unreadable input and carries on", () => {
    const sheets = demoWorkbook();
    const rent = sheets.find((s) => s.name === "KPI - Rent") as MemorySheet;
    (rent.cells[2] as RawCell[])[6] = "n/a";
    const attendance = sheets.find((s) => s.name === "Attendance") as MemorySheet;
    (attendance.cells[1] as RawCell[])[3] = "X";
    attendance.cells.push(["Zara Ahmed", "P"]);
    const { result } = scanned(sheets);
    expect(result.problems.map(describeProblem)).toEqual([
      'Attendance!D2: "X" is not an attendance mark: use P, A, R, - or leave it blank',
      "Attendance!A12: Zara Ahmed is on the attendance register but not on the Members sheet: add them there (with their group) or check the spelling",
      "'KPI - Rent'!G3: \"n/a\" is not a number",
      ...DEMO_PROBLEMS,
    ]);
    expect(result.findings.kpis).toHaveLength(19);
  });
});

describe("the Settings sheet (docs/workbook.md: optional; created with defaults)", () => {
  it("is created with every setting and its default when missing, then read and never written again", () => {
    const { workbook, result } = scanned();
    workbook.applyPlan(result.plan);
    const settings = workbook.sheet("Settings") as MemorySheet;
    // A third column names the source of each statutory figure.
    expect(settings.cells[0]).toEqual(["Setting", "Value", "Source"]);
    const row = (label: string) => settings.cells.find((cells) => cells[0] === label)?.slice(0, 3);
    expect(row("Consecutive absences that lapse a place")?.slice(0, 2)).toEqual([
      "Consecutive absences that lapse a place",
      3,
    ]);
    expect(row("KPI tolerance (near miss)")?.slice(0, 2)).toEqual([
      "KPI tolerance (near miss)",
      "5%",
    ]);
    expect(row("Panel year starts (day/month)")?.slice(0, 2)).toEqual([
      "Panel year starts (day/month)",
      "01/09",
    ]);
    expect(row("Stage 1 response (working days after acknowledgement)")).toEqual([
      "Stage 1 response (working days after acknowledgement)",
      10,
      "Housing Ombudsman, Complaint Handling Code (statutory from 1 April 2024), section 6, 6.3",
    ]);
    expect(row("Awaab's Law in scope: Damp and mould")?.slice(0, 2)).toEqual([
      "Awaab's Law in scope: Damp and mould",
      "27/10/2025",
    ]);
    // Homes owned has no default: its value is left blank for the council's figure.
    expect(row("Homes owned (for CH01 per 1,000 homes)")?.[1] ?? null).toBeNull();
    expect(settings.cells).toHaveLength(43);

    (
      settings.cells.find(
        (row) => row[0] === "Consecutive absences that lapse a place"
      ) as RawCell[]
    )[1] = 2;
    const rescan = scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF });
    expect(rescan.plan.sheets.some((s) => s.sheet === "Settings")).toBe(false);
    const george = rescan.findings.members.find((m) => m.name === "George Evans");
    expect(george?.status).toBe("Lapsed"); // A A at 08/09 and 13/10/2026: two in a row now lapse the place
  });
});
