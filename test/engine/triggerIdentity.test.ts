import { scan } from "../../src/engine/scan";
import { applyPlanToSnapshot } from "../../src/workbook/applyToSnapshot";
import { describeProblem } from "../../src/workbook/problems";
import { TRIGGERS } from "../../src/workbook/sheets";
import { RawCell, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { AS_OF, date, day, FixtureCell, sheet, snapshot } from "../messy/messyWorkbook";

/**
 * docs/workbook.md, Triggers: "A row is the same trigger when its trigger type and its indicator (by name,
 * code or catalogue alias, ignoring case and spaces) or theme match, whether or not its Key is filled:
 * panels type rows by hand and leave the key blank. The scan fills the key in; it never adds a second
 * row for the same trigger." docs/rules.md §11.3: the panel's decision and notes are the panel's.
 */
const HEADER: string[] = TRIGGERS.columns.map((column) => column.header);
const at = (header: string): number => HEADER.indexOf(header);

const RENT = "Responsive: RENT-COLLECTED";
const ESTATE = "Responsive: EST-01";
const DAMP = "Customer complaints: Damp and mould";

/**
 * Two indicators that fire (§11.2, latest period missed): one the catalogue knows (Rent collected as % of
 * rent due, code RENT-COLLECTED), one it does not, with the officers' own code EST-01.
 */
function kpiSheet(
  rentName = "Rent collected as % of rent due",
  estateName = "Estate inspections passed"
) {
  return sheet("KPI - Rent", [
    ["Code", "Indicator", "Target", "Polarity", "Aug-26", "Sep-26", "Oct-26"],
    [null, rentName, "97%", null, "96%", "95%", "90%"],
    ["EST-01", estateName, "90%", "Higher is better", "80%", "80%", "80%"],
  ]);
}

/** Five complaints about damp and mould in the three months to the scan: a §11.2 complaints trigger. */
function complaintsSheet() {
  return sheet("Complaints", [
    ["Date received", "Theme", "Service area"],
    ...["2026-09-01", "2026-09-15", "2026-10-01", "2026-10-20", "2026-11-02"].map((iso) => [
      date(iso),
      "Damp and mould",
      "Repairs and maintenance",
    ]),
  ]);
}

interface Typed {
  key?: string;
  type: string;
  indicator: string;
  decision?: string;
  notes?: string;
  firstFlagged?: FixtureCell;
}

/** A Triggers row as the panel types it: no evidence, no source, often no key. */
const typed = ({
  key,
  type,
  indicator,
  decision = "Discussed",
  notes = "Ask the rent team to the next meeting",
  firstFlagged = null,
}: Typed): FixtureCell[] => [
  key ?? null,
  type,
  null,
  indicator,
  null,
  null,
  firstFlagged,
  null,
  decision,
  notes,
];

const workbook = (rows: FixtureCell[][], kpis = kpiSheet()): WorkbookSnapshot =>
  snapshot(kpis, complaintsSheet(), sheet("Triggers", [HEADER, ...rows]));

/** The Triggers sheet after the scan's plan is carried out, row by row under the header. */
function triggersAfter(before: WorkbookSnapshot): { rows: RawCell[][]; shown: string[] } {
  const result = scan(before, { asOf: AS_OF });
  const after = applyPlanToSnapshot(before, result.plan);
  const triggers = after.sheets.find((s) => s.name === "Triggers");
  return {
    rows: (triggers?.values ?? []).slice(1),
    shown: result.problems.map(describeProblem),
  };
}

const rowsWithKey = (rows: RawCell[][], key: string) => rows.filter((row) => row[0] === key);

/** What a rescan of the carried-out plan would write on Triggers: nothing (docs/development.md, idempotent). */
function rescanWrites(before: WorkbookSnapshot) {
  const first = scan(before, { asOf: AS_OF });
  const after = applyPlanToSnapshot(before, first.plan);
  const second = scan(after, { asOf: AS_OF });
  return second.plan.sheets.filter((s) => s.create || s.writes.length > 0).map((s) => s.sheet);
}

describe("a trigger row typed by hand without a key (docs/workbook.md, Triggers)", () => {
  it.each([
    ["its name", "Rent collected as % of rent due"],
    ["its name in odd case and spacing", "  rent COLLECTED as %  of rent due "],
    ["its catalogue code", "RENT-COLLECTED"],
    ["its code in odd case and spacing", " rent-collected "],
    ["a catalogue alias", "Rent collection rate"],
    ["a catalogue alias in odd case and spacing", "rent  Collection RATE"],
  ])("is the trigger's row when the indicator is %s", (_, indicator) => {
    const before = workbook([typed({ type: " responsive ", indicator })]);
    const { rows, shown } = triggersAfter(before);
    expect(rowsWithKey(rows, RENT)).toHaveLength(1);
    const row = rows[0] as RawCell[];
    // The key filled in; type, indicator, evidence, source and dates the scan's; the panel's columns kept.
    expect(row[at("Key")]).toBe(RENT);
    expect(row[at("Trigger type")]).toBe("Responsive");
    expect(row[at("Indicator")]).toBe("Rent collected as % of rent due");
    expect(row[at("Service area")]).toBe("Rent charging and recovery");
    expect(row[at("Evidence")]).toMatch(/Oct 2026 90% against 97% \(Missed\)$/);
    expect(row[at("Source")]).toContain("'KPI - Rent'!G2");
    expect(row[at("First flagged")]).toBe(AS_OF);
    expect(row[at("Last updated")]).toBe(AS_OF);
    expect(row[at("Panel decision")]).toBe("Discussed");
    expect(row[at("Panel notes")]).toBe("Ask the rent team to the next meeting");
    // Rent, the estate inspections and the damp and mould theme: three rows, no second one for rent.
    expect(rows).toHaveLength(3);
    expect(shown.filter((message) => message.startsWith("Triggers"))).toEqual([]);
    expect(rescanWrites(before)).toEqual([]);
  });

  it("is found in the scan's findings with the panel's decision, not as new", () => {
    const result = scan(workbook([typed({ type: "Responsive", indicator: "Rent collected" })]), {
      asOf: AS_OF,
    });
    const rent = result.findings.triggers.find((t) => t.key === RENT);
    expect(rent).toMatchObject({ isNew: false, panelDecision: "Discussed" });
    expect(result.findings.summary.triggers.waiting).toBe(2);
  });

  it("keeps the date the panel first flagged it", () => {
    const before = workbook([
      typed({ type: "Responsive", indicator: "Rent collected", firstFlagged: date("2026-09-08") }),
    ]);
    const { rows } = triggersAfter(before);
    expect(rowsWithKey(rows, RENT)[0]?.[at("First flagged")]).toBe(day("2026-09-08"));
  });

  it("is the trigger's row for an indicator outside the catalogue, by its name or its officers' code", () => {
    for (const indicator of ["estate  inspections PASSED", "est-01", " Est-01 "]) {
      const before = workbook([typed({ type: "Responsive", indicator })]);
      const { rows } = triggersAfter(before);
      expect(rowsWithKey(rows, ESTATE).map((row) => row[at("Panel decision")])).toEqual([
        "Discussed",
      ]);
      expect(rows).toHaveLength(3);
      expect(rescanWrites(before)).toEqual([]);
    }
  });

  it("is the row of a complaints theme typed by hand, case and spaces aside", () => {
    const before = workbook([
      typed({ type: "customer complaints", indicator: "damp and  MOULD", decision: "Declined" }),
    ]);
    const { rows, shown } = triggersAfter(before);
    const damp = rowsWithKey(rows, DAMP);
    expect(damp.map((row) => [row[at("Indicator")], row[at("Panel decision")]])).toEqual([
      ["Damp and mould", "Declined"],
    ]);
    expect(damp[0]?.[at("Evidence")]).toMatch(/^5 complaints about Damp and mould/);
    expect(damp[0]?.[at("Source")]).toBe("Complaints");
    expect(rows).toHaveLength(3);
    expect(shown.filter((message) => message.startsWith("Triggers"))).toEqual([]);
    expect(rescanWrites(before)).toEqual([]);
  });

  it("is not the row of another type's trigger on the same indicator, nor the panel's own officer request", () => {
    const before = workbook([
      typed({ type: "Officer request", indicator: "Rent collected", decision: "Declined" }),
    ]);
    const { rows } = triggersAfter(before);
    // The officer request is the panel's own row, left as it was; rent gets its own row as New.
    expect(rows[0]).toEqual([
      null,
      "Officer request",
      null,
      "Rent collected",
      null,
      null,
      null,
      null,
      "Declined",
      "Ask the rent team to the next meeting",
    ]);
    expect(rowsWithKey(rows, RENT).map((row) => row[at("Panel decision")])).toEqual(["New"]);
  });

  it("leaves a row typed by hand alone when its trigger does not fire", () => {
    const before = workbook([typed({ type: "Responsive", indicator: "Average re-let time" })]);
    const result = scan(before, { asOf: AS_OF });
    const writes = result.plan.sheets.find((s) => s.sheet === "Triggers")?.writes ?? [];
    expect(writes.filter((write) => write.row === 1)).toEqual([]);
  });
});

describe("a trigger row with a key", () => {
  it.each([
    ["the scan's key", RENT],
    ["the scan's key in odd case and spacing", "responsive:  rent-collected"],
    ["a key naming the indicator by name", "Responsive: Rent collected as % of rent due"],
    ["a key naming a catalogue alias", "Responsive: rent collection"],
  ])("is the trigger's row with %s, the key made the scan's", (_, key) => {
    const before = workbook([typed({ key, type: "Responsive", indicator: "" })]);
    const { rows } = triggersAfter(before);
    expect(rowsWithKey(rows, RENT).map((row) => row[at("Panel decision")])).toEqual(["Discussed"]);
    expect(rows).toHaveLength(3);
    expect(rescanWrites(before)).toEqual([]);
  });

  it("stays the trigger's row when the indicator is renamed on the KPI sheet to another of its names", () => {
    // Written by an earlier scan under the old name; the officers now call it by a catalogue alias.
    const before = workbook(
      [
        typed({
          key: "Responsive: Rent collected as % of rent due",
          type: "Responsive",
          indicator: "Rent collected as % of rent due",
        }),
      ],
      kpiSheet("Rent collection rate")
    );
    const { rows } = triggersAfter(before);
    expect(
      rowsWithKey(rows, RENT).map((row) => [row[at("Indicator")], row[at("Panel decision")]])
    ).toEqual([["Rent collection rate", "Discussed"]]);
    expect(rows).toHaveLength(3);
    expect(rescanWrites(before)).toEqual([]);
  });

  it("stays the trigger's row when an indicator with the officers' code is renamed", () => {
    const before = workbook(
      [typed({ key: ESTATE, type: "Responsive", indicator: "Estate inspections passed" })],
      kpiSheet(undefined, "Estate inspections passing")
    );
    const { rows } = triggersAfter(before);
    expect(rowsWithKey(rows, ESTATE).map((row) => row[at("Indicator")])).toEqual([
      "Estate inspections passing",
    ]);
    expect(rows).toHaveLength(3);
  });

  it("is not taken by another trigger whose indicator the row's Indicator cell names", () => {
    // The key says estate inspections; the Indicator cell (edited by someone) says rent. The key decides
    // this row, and rent, with no row of its own, is added.
    const before = workbook([
      typed({ key: ESTATE, type: "Responsive", indicator: "Rent collected" }),
    ]);
    const { rows } = triggersAfter(before);
    expect(rowsWithKey(rows, ESTATE).map((row) => row[at("Panel decision")])).toEqual([
      "Discussed",
    ]);
    expect(rowsWithKey(rows, RENT).map((row) => row[at("Panel decision")])).toEqual(["New"]);
  });
});

describe("two rows for one trigger (docs/workbook.md: one row per trigger)", () => {
  it("are a problem naming both rows; the first is kept up to date, the other left as it is", () => {
    // What an earlier version left behind: the panel's row typed without a key, and the scan's own row
    // for the same trigger added below it as New.
    const before = workbook([
      typed({ type: "Responsive", indicator: "Rent collected" }),
      typed({ key: RENT, type: "Responsive", indicator: "Rent collected", decision: "New" }),
    ]);
    const result = scan(before, { asOf: AS_OF });
    expect(result.problems.map(describeProblem)).toContain(
      "Triggers!A3: this row is the same trigger as Triggers!A2 (Responsive: RENT-COLLECTED): that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row"
    );
    const writes = result.plan.sheets.find((s) => s.sheet === "Triggers")?.writes ?? [];
    expect(writes.filter((write) => write.row === 2)).toEqual([]);
    expect(writes.filter((write) => write.row === 1).map((write) => HEADER[write.column])).toEqual([
      "Key",
      "Service area",
      "Indicator",
      "Evidence",
      "Source",
      "First flagged",
      "Last updated",
    ]);
    const { rows } = triggersAfter(before);
    expect(rows).toHaveLength(4);
    expect(rescanWrites(before)).toEqual([]);
  });

  it("are a problem when both were typed by hand, in different words", () => {
    const result = scan(
      workbook([
        typed({ type: "Responsive", indicator: "RENT-COLLECTED" }),
        typed({ type: "Customer complaints", indicator: "Damp and mould" }),
        typed({ type: "responsive", indicator: "rent collection rate", decision: "Declined" }),
      ]),
      { asOf: AS_OF }
    );
    expect(result.problems.map(describeProblem)).toEqual([
      "Triggers!A4: this row is the same trigger as Triggers!A2 (Responsive: RENT-COLLECTED): that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row",
    ]);
  });

  it("are a problem when the trigger no longer fires, and only the first is marked", () => {
    const before = snapshot(
      sheet("Triggers", [
        HEADER,
        typed({ key: RENT, type: "Responsive", indicator: "Rent collected" }),
        typed({ type: "Responsive", indicator: "rent collection", decision: "Declined" }),
      ])
    );
    const result = scan(before, { asOf: AS_OF });
    expect(result.problems.map(describeProblem)).toEqual([
      "Triggers!A3: this row is the same trigger as Triggers!A2 (Responsive: RENT-COLLECTED): that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row",
    ]);
    const writes = result.plan.sheets.find((s) => s.sheet === "Triggers")?.writes ?? [];
    expect(writes.map((write) => [write.row, HEADER[write.column]])).toEqual([
      [1, "Evidence"],
      [1, "Last updated"],
    ]);
  });
});
