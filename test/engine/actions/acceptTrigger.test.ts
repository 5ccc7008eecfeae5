import { acceptTriggerPlan } from "../../../src/engine/actions/acceptTrigger";
import { scan } from "../../../src/engine/scan";
import { demoWorkbook, DEMO_AS_OF } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlanToSnapshot } from "../../../src/workbook/applyToSnapshot";
import { RawCell, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";

const RENT = "Responsive: RENT-COLLECTED";
const DAMP = "Customer complaints: Damp and mould";

/** The demo workbook after a first scan has listed its triggers on the Triggers sheet. */
function scannedDemo(sheets = demoWorkbook()): WorkbookSnapshot {
  const snapshot = new MemoryWorkbook(sheets).readSnapshot();
  return applyPlanToSnapshot(snapshot, scan(snapshot, { asOf: DEMO_AS_OF }).plan);
}

function accepted(snapshot: WorkbookSnapshot, key: string): WorkbookSnapshot {
  const result = acceptTriggerPlan(snapshot, key, DEMO_AS_OF);
  if ("error" in result) throw new Error(result.error);
  return applyPlanToSnapshot(snapshot, result.plan);
}

const errorOf = (snapshot: WorkbookSnapshot, key: string): string | undefined => {
  const result = acceptTriggerPlan(snapshot, key, DEMO_AS_OF);
  return "error" in result ? result.error : undefined;
};

const sheetOf = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
};

/** A column's cells under the header row, by header text. */
function column(sheet: SheetSnapshot, header: string): RawCell[] {
  const index = (sheet.values[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no ${header} on ${sheet.name}`);
  return sheet.values.slice(1).map((row) => row[index] ?? null);
}

function decisionOf(snapshot: WorkbookSnapshot, key: string): RawCell {
  const triggers = sheetOf(snapshot, "Triggers");
  return column(triggers, "Panel decision")[column(triggers, "Key").indexOf(key)] ?? null;
}

describe("accepting the rent collected trigger into the programme", () => {
  const before = scannedDemo();
  const after = accepted(before, RENT);

  it("adds a Reviews row: a plain title, this panel year, the service area, Responsive, Initial report", () => {
    const reviews = sheetOf(after, "Reviews");
    expect(reviews.values.length).toBe(sheetOf(before, "Reviews").values.length + 1);
    expect(reviews.values[reviews.values.length - 1]?.slice(0, 5)).toEqual([
      "Rent collected as % of rent due (responsive review)",
      "2026/27",
      "Rent charging and recovery",
      "Responsive",
      "Initial report",
    ]);
  });

  it("sets the trigger's Panel decision to Accepted into programme, and only that trigger's", () => {
    expect(decisionOf(before, RENT)).toBe("New");
    expect(decisionOf(after, RENT)).toBe("Accepted into programme");
    expect(decisionOf(after, DAMP)).toBe("New");
  });

  it("is read back as a responsive review that does not count against the 3 scheduled (§11.1)", () => {
    const { findings, plan } = scan(after, { asOf: DEMO_AS_OF });
    const review = findings.reviews.find((r) => r.review.startsWith("Rent collected"));
    expect(review).toMatchObject({
      panelYear: 2026,
      origin: "Responsive",
      stage: "Initial report",
    });
    expect(findings.programme.fromTriggers).toContain(review?.review);
    expect(findings.programme.scheduled).toHaveLength(3);
    expect(findings.triggers.find((t) => t.key === RENT)?.panelDecision).toBe(
      "Accepted into programme"
    );
    // The rescan writes the new row's Next deadline and Overdue, and never the panel's column.
    const triggersPlan = plan.sheets.find((s) => s.sheet === "Triggers");
    expect(triggersPlan?.writes ?? []).toEqual([]);
  });

  it("refuses a second time, naming the cell that says so", () => {
    expect(errorOf(after, RENT)).toBe(
      `"${RENT}" is already accepted into the programme (Triggers!I2).`
    );
  });
});

describe("other triggers and refusals", () => {
  it("a complaints theme becomes a Customer complaints review", () => {
    const reviews = sheetOf(accepted(scannedDemo(), DAMP), "Reviews");
    expect(reviews.values[reviews.values.length - 1]?.slice(0, 5)).toEqual([
      "Damp and mould (customer complaints review)",
      "2026/27",
      "Repairs and maintenance",
      "Customer complaints",
      "Initial report",
    ]);
  });

  it("a review already in this year's programme under that title is not added twice", () => {
    const once = accepted(scannedDemo(), RENT);
    const triggers = sheetOf(once, "Triggers");
    const row = column(triggers, "Key").indexOf(RENT) + 1;
    (triggers.values[row] as RawCell[])[8] = "Discussed"; // the panel changed its mind in the sheet
    expect(errorOf(once, RENT)).toMatch(
      /^"Rent collected as % of rent due \(responsive review\)" is already in the 2026\/27 programme \(Reviews!A\d+\)\.$/
    );
  });

  it("a Reviews sheet without an Origin column gets one, so the review is not read as Scheduled", () => {
    const sheets = demoWorkbook().map((sheet) =>
      sheet.name === "Reviews"
        ? { ...sheet, cells: sheet.cells.map((row) => row.filter((_, c) => c !== 3)) }
        : sheet
    );
    const after = accepted(scannedDemo(sheets), RENT);
    const reviews = sheetOf(after, "Reviews");
    expect(reviews.values[0]?.slice(-1)).toEqual(["Origin"]);
    expect(scan(after, { asOf: DEMO_AS_OF }).findings.programme.fromTriggers).toEqual([
      "Rent collected as % of rent due (responsive review)",
    ]);
  });

  it("an unknown trigger, or a workbook not yet scanned", () => {
    const unscanned = new MemoryWorkbook(demoWorkbook()).readSnapshot();
    for (const [snapshot, key] of [
      [scannedDemo(), "Responsive: NO-SUCH"],
      [unscanned, RENT],
    ] as const)
      expect(errorOf(snapshot, key)).toBe(
        `There is no trigger "${key}" on the Triggers sheet: scan the workbook to bring the triggers up to date.`
      );
  });

  it("a workbook without a Reviews sheet", () => {
    const snapshot = scannedDemo();
    const without = { sheets: snapshot.sheets.filter((s) => s.name !== "Reviews") };
    expect(errorOf(without, RENT)).toMatch(/^Set up the workbook first: there is no Reviews sheet/);
  });
});

describe("one rule for Accept, in the findings and the action (§11.3)", () => {
  /** The scanned demo with the panel's decision on the rent trigger typed as given. */
  function decided(decision: string): WorkbookSnapshot {
    const snapshot = scannedDemo();
    const triggers = sheetOf(snapshot, "Triggers");
    const row = column(triggers, "Key").indexOf(RENT) + 1;
    const at = (triggers.values[0] ?? []).indexOf("Panel decision");
    (triggers.values[row] as RawCell[])[at] = decision;
    return snapshot;
  }
  const rentOf = (snapshot: WorkbookSnapshot) =>
    scan(snapshot, { asOf: DEMO_AS_OF }).findings.triggers.find((t) => t.key === RENT);

  it("accepted into programme in lower case: the scan offers no Accept and the action refuses", () => {
    const snapshot = decided("accepted into programme");
    expect(rentOf(snapshot)).toMatchObject({ canAccept: false, acceptedIntoProgramme: true });
    expect(errorOf(snapshot, RENT)).toBe(
      `"${RENT}" is already accepted into the programme (Triggers!I2).`
    );
  });

  it("the summary counts it as accepted, whatever its case", () => {
    const { summary } = scan(decided("accepted into programme"), { asOf: DEMO_AS_OF }).findings;
    expect(summary.triggers.acceptedIntoProgramme).toBe(1);
  });

  it("discussed in lower case: the scan offers Accept and the action plans it", () => {
    const snapshot = decided("discussed");
    expect(rentOf(snapshot)).toMatchObject({ canAccept: true, acceptedIntoProgramme: false });
    expect(errorOf(snapshot, RENT)).toBeUndefined();
  });

  it("Declined: no Accept in the findings, and the action says to change the decision first", () => {
    const snapshot = decided("Declined");
    expect(rentOf(snapshot)?.canAccept).toBe(false);
    expect(errorOf(snapshot, RENT)).toBe(
      `"${RENT}" has the panel decision "Declined" (Triggers!I2): a trigger is added to the programme while its decision is New or Discussed, so change the decision there first.`
    );
  });
});
