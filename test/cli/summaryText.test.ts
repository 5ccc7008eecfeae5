import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { summaryText } from "../../src/cli/summaryText";
import { scan } from "../../src/engine/scan";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";

describe("summaryText", () => {
  const { findings, problems } = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), {
    asOf: DEMO_AS_OF,
  });
  const text = summaryText(findings, problems).join("\n");

  it("counts KPI statuses by service area", () => {
    expect(text).toContain("  Repairs and maintenance: 1 Met, 2 Near miss");
    // CH02 reported in both parts, and CH02 from the complaints log (stage 1 missed).
    expect(text).toContain("  Complaints: 4 Met, 2 Missed, 1 Context only");
    // The indicator without a service area, on KPI - Rent, is counted there, as the pane shows it.
    expect(text).toContain("  Rent charging and recovery: 1 Met, 1 Near miss, 1 Context only");
    expect(text).not.toContain("No service area");
  });

  it("says a member's status once, with the reasons and their clauses", () => {
    expect(text).toContain(
      "  Bernadette O'Leary (Tenants' Forum): At risk of lapse: 2 absences in a row"
    );
    expect(text).toContain(
      "  Doris Smith (Silver Service Forum): Active: term ends 15/01/2027 (§15.1)"
    );
    expect(text).not.toMatch(/Lapsed: Lapsed/);
  });

  it("gives the last and next meetings with their quorum, and short notice", () => {
    expect(text).toContain(
      "  Last meeting 10/11/2026 (Main): 5 of 6 tenant members present, quorum 3: quorate"
    );
    expect(text).toContain("  Short notice: 22/09/2026 (Interim): Short: 2 clear working days");
  });

  it("lists impact assessments, the overdue ones first said so", () => {
    expect(text).toContain(
      "  Overdue 16/09/2026: Complaint handling: Acknowledge every complaint within 2 working days"
    );
  });

  it("lists what is overdue under the Code and Awaab's Law, CH02 from the log and the TSM gaps", () => {
    expect(text).toContain(
      "Hazards log (Awaab's Law): 5 hazards: 1 overdue, 1 with a step done late, 1 not in scope"
    );
    expect(text).toContain(
      "  Done late: H-26-032: Investigate and make safe 30 minutes late; Written summary 2 working days late"
    );
    expect(text).toContain(
      "  Not in scope (not counted): H-26-040: Excess cold is not among the hazard types Awaab's Law covers in the Settings"
    );
    expect(text).toContain(
      "  CH02(2) from the log: no stage 2 complaint answered in TSM year 2026/27 to 23/11/2026; no stage 2 complaint answered in 3 months to 23/11/2026"
    );
    expect(text).toContain(
      "  Extension beyond the Code: C-26-020: stage 1 extended to 30/10/2026, 21 working days after the Code's limit of 01/10/2026"
    );
    expect(text).toContain(
      "  Satisfaction with complaints handling (TP09): 31.5%, Bottom quartile"
    );
  });

  it("says when there is nothing to report", () => {
    const empty = scan({ sheets: [] }, { asOf: DEMO_AS_OF });
    const lines = summaryText(empty.findings, empty.problems);
    expect(lines).toContain("Review triggers: none");
    expect(lines).toContain("Members: no Members sheet");
    expect(
      lines.some((line) => /Overdue|Complaints log|Hazards log|TSM publication/.test(line))
    ).toBe(false);
    expect(lines).toContain("Next meeting: none on the Meetings sheet".padStart(42));
  });
});

describe("representativeness in the command line (§4.4)", () => {
  test("a table of members' and tenants' shares by group, with the groups to reach in words", () => {
    const snapshot = new MemoryWorkbook(demoWorkbook()).readSnapshot();
    const { findings, problems } = scan(snapshot, { asOf: DEMO_AS_OF });
    const lines = summaryText(findings, problems);
    const start = lines.findIndex((l) => l.startsWith("Is the panel representative? (§4.4)"));
    expect(start).toBeGreaterThan(-1);
    expect(lines[start]).toContain("tenant figures dated 01/04/2026");
    const rows = lines.slice(start + 2, start + 2 + (findings.representation?.groups.length ?? 0));
    for (const group of findings.representation?.groups ?? []) {
      const row = rows.find((r) => r.includes(` ${group.group} `));
      expect(row).toBeDefined();
      expect(row).toContain(`${Math.round(group.memberShare * 100)}%`);
      if (group.flag) expect(row?.endsWith(group.flag)).toBe(true);
    }
  });
});
