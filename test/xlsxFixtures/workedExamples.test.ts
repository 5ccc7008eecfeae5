import { isEmptyPlan } from "../../src/workbook/plan";
import { describeProblem } from "../../src/workbook/problems";
import {
  block,
  columnHeaded,
  keptSheetRows,
  removeFolder,
  ScannedFixture,
  scanFixture,
  sheetOf,
  tempFolder,
} from "./fixtureFiles";

/**
 * docs/rules.md's worked examples built into a panel workbook (test/fixtures/xlsx/worked-examples.xlsx, made
 * by scripts/makeXlsxFixtures.js), scanned as at 23/11/2026, written, saved and read back: what the
 * officers see in the file is what docs/rules.md says.
 */
let folder: string;
let scanned: ScannedFixture;

beforeAll(async () => {
  folder = await tempFolder();
  scanned = await scanFixture("worked-examples.xlsx", folder);
});
afterAll(() => removeFolder(folder));

describe("worked-examples.xlsx scanned as at 23/11/2026", () => {
  it("reads every cell: no problems", () => {
    expect(scanned.result.problems.map(describeProblem)).toEqual([]);
  });

  it("writes Status and Reason on Members, to the right of the officers' columns", () => {
    const members = sheetOf(scanned.saved, "Members");
    expect(block(members, [1, 1], [1, 7])).toEqual([
      ["Name", "Group", "Role", "Start date", "Tenant", "Status", "Reason"],
    ]);
    const rows = block(members, [2, 11], [1, 7]).map(([name, , , , , status, reason]) => [
      name,
      status,
      reason,
    ]);
    expect(rows).toEqual([
      // docs/rules.md: A A P A R P A P P A P P P (14/10/25 … 10/11/26)
      [
        "Alice Ward",
        "Lapsed",
        "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025, 13/01/2026, 14/04/2026, 14/07/2026) (§4.3)",
      ],
      // … A R A A: the R ended the run; 3 absences in 12 months
      [
        "Ben Carter",
        "At risk of lapse",
        "At risk of lapse: 2 absences in a row — one more absence without a reason would lapse the place (§4.3)",
      ],
      // from 14/04/26: P A - A A P P (the - is skipped)
      [
        "Chloe Dunn",
        "Lapsed",
        "Lapsed on 08/09/2026: 3 consecutive absences (12/05/2026, 14/07/2026, 08/09/2026) (§4.3)",
      ],
      ["Dev Shah", "Active", null],
      ["Ellen Fox", "Active", null],
      ["Frank Hale", "Active", null],
      ["Grace Ip", "Active", null],
      ["Harry Joy", "Active", null],
      ["Isla Kerr", "Active", null],
      ["Jack Lamb", "Active", null],
    ]);
  });

  it("counts Ben Carter's run and absences as docs/rules.md explains them", () => {
    const ben = scanned.result.findings.members.find((m) => m.name === "Ben Carter");
    expect(ben?.lapse).toEqual({
      kind: "At risk of lapse",
      currentRun: 2,
      absencesIn12Months: 3,
    });
  });

  it("writes Present, Membership, Quorate and Notice on Meetings", () => {
    const meetings = sheetOf(scanned.saved, "Meetings");
    expect(block(meetings, [1, 1], [1, 8])).toEqual([
      ["Date", "Type", "Notice sent", "Notes", "Present", "Membership", "Quorate", "Notice"],
    ]);
    const rows = block(meetings, [2, 15], [1, 8]).map(
      ([date, type, , , present, membership, quorate, notice]) => [
        date,
        type,
        present,
        membership,
        quorate,
        notice,
      ]
    );
    expect(rows).toEqual([
      // membership 5 (Alice, Ben, Dev, Ellen, Frank): 3 present needed
      ["14/10/2025", "Main", 3, 5, "Yes", "OK"],
      ["11/11/2025", "Main", 2, 5, "No", null],
      // membership 7 (Grace and Harry from 01/12/2025): 4 needed
      ["09/12/2025", "Main", 4, 7, "Yes", null],
      ["13/01/2026", "Main", 3, 7, "No", null],
      ["10/02/2026", "Main", 6, 7, "Yes", null],
      ["10/03/2026", "Main", 7, 7, "Yes", null],
      // membership 8 (Chloe from 14/04/2026): 4 needed
      ["14/04/2026", "Main", 4, 8, "Yes", null],
      ["12/05/2026", "Main", 3, 8, "No", null],
      ["09/06/2026", "Main", 7, 8, "Yes", null],
      // Alice's place lapses at this meeting: she still counts at it
      ["14/07/2026", "Main", 5, 8, "Yes", null],
      // …and not after it, though she is marked P: 7 (Chloe's place lapses at this meeting)
      ["08/09/2026", "Main", 5, 7, "Yes", null],
      // §7.1: an interim meeting with 3 clear working days' notice; not on the register
      ["22/09/2026", "Interim", null, 6, null, "Short: 3 clear working days"],
      // Isla Kerr joins on 01/10/2026; Chloe's P marks no longer count
      ["13/10/2026", "Main", 6, 7, "Yes", null],
      ["10/11/2026", "Main", 6, 7, "Yes", null],
    ]);
  });

  it("puts each quorum example of §7.2 on both sides of its line: 8 → 4, 7 → 4, 5 → 3", () => {
    const meetings = scanned.result.findings.meetings.filter((m) => m.present !== undefined);
    const sides = (membership: number) =>
      meetings
        .filter((m) => m.membership === membership)
        .map((m) => [m.present, m.quorate])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(sides(5)).toEqual([
      [2, false],
      [3, true],
    ]);
    expect(sides(7)).toEqual([
      [3, false],
      [4, true],
      [5, true],
      [6, true],
      [6, true],
      [6, true],
      [7, true],
    ]);
    expect(sides(8)).toEqual([
      [3, false],
      [4, true],
      [5, true],
      [7, true],
    ]);
  });

  it("writes the KPI status sheet: the tolerance example is a near miss", () => {
    expect(keptSheetRows(sheetOf(scanned.saved, "KPI status"))).toEqual([
      [
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
      ],
      // 21 days against a lower-is-better target of 20, 5% tolerance: inclusive, a near miss
      [
        "Average re-let time",
        "RELET-TIME",
        "Voids and lettings",
        "Lower is better",
        "Oct 2026",
        21,
        20,
        "Near miss",
        1,
        "worse",
        null, // no Benchmarks sheet: no quartile
        "'KPI - Performance'!C4",
      ],
      // the latest period with an actual is October: November's blank is not a miss
      [
        "Rent collected",
        "RENT-COLLECTED",
        "Rent charging and recovery",
        "Higher is better",
        "Oct 2026",
        92,
        98,
        "Missed",
        1,
        "worse",
        null, // no Benchmarks sheet: no quartile
        "'KPI - Performance'!C7",
      ],
      [
        "Repairs completed right first time",
        "REPAIRS-FIRST-TIME",
        "Repairs and maintenance",
        "Higher is better",
        "Oct 2026",
        88,
        90,
        "Near miss",
        3,
        "better",
        null, // no Benchmarks sheet: no quartile
        "'KPI - Performance'!C12",
      ],
      // an indicator without a target is reported: it cannot be monitored
      [
        "Tenancy audits completed",
        null,
        "Neighbourhood management",
        "Higher is better",
        "Oct 2026",
        120,
        null,
        "No target",
        0,
        null,
        null, // no Benchmarks sheet: no quartile
        "'KPI - Performance'!C13",
      ],
    ]);
  });

  it("rates November as No data, not as a miss", () => {
    const rent = scanned.result.findings.kpis.find((k) => k.indicator === "Rent collected");
    expect(rent?.periods.map((p) => p.status)).toEqual(["Met", "Met", "Missed", "No data"]);
  });

  it("writes the Triggers sheet: latest period missed, 3 periods worse, 5 complaints on a theme", () => {
    const triggers = sheetOf(scanned.saved, "Triggers");
    expect(keptSheetRows(triggers)).toEqual([
      [
        "Key",
        "Trigger type",
        "Service area",
        "Indicator",
        "Evidence",
        "Source",
        "First flagged",
        "Last updated",
        "Panel decision",
        "Panel notes",
      ],
      [
        "Responsive: RENT-COLLECTED",
        "Responsive",
        "Rent charging and recovery",
        "Rent collected",
        "Latest period missed target (higher is better): Oct 2026 92% against 98% (Missed)",
        "'KPI - Performance'!C7",
        "23/11/2026",
        "23/11/2026",
        "New",
        null,
      ],
      [
        "Responsive: REPAIRS-FIRST-TIME",
        "Responsive",
        "Repairs and maintenance",
        "Repairs completed right first time",
        "Worse than target for 3 periods in a row (higher is better): Aug 2026 86% against 90% (Near miss); Sep 2026 87% against 90% (Near miss); Oct 2026 88% against 90% (Near miss)",
        "'KPI - Performance'!C10, 'KPI - Performance'!C11, 'KPI - Performance'!C12",
        "23/11/2026",
        "23/11/2026",
        "New",
        null,
      ],
      // 5 in the 3 months to 23/11/2026 (the one of 10/08/2026 is older); 4 about noise is not enough
      [
        "Customer complaints: Damp and mould",
        "Customer complaints",
        "Repairs and maintenance",
        "Damp and mould",
        "5 complaints about Damp and mould received 24/08/2026 to 23/11/2026 (§11.2)",
        "Complaints",
        "23/11/2026",
        "23/11/2026",
        "New",
        null,
      ],
    ]);
    const firstFlagged = columnHeaded(triggers, 1, "First flagged") as number;
    expect(triggers.getCell(2, firstFlagged).numFmt).toBe("dd/mm/yyyy");
  });

  it("finds nothing more to write when the saved workbook is scanned again", () => {
    expect(scanned.rescan.problems).toEqual([]);
    expect(scanned.rescan.plan.sheets.filter((s) => s.create || s.writes.length > 0)).toEqual([]);
    expect(isEmptyPlan(scanned.rescan.plan)).toBe(true);
  });
});
