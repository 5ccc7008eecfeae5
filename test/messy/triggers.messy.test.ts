import { TRIGGERS } from "../../src/workbook/sheets";
import { date, error, FixtureCell, read, scanned, sheet } from "./messyWorkbook";

/** Triggers (docs/workbook.md, kept by the add-in): the add-in's columns, then the panel's decision and notes. */
const HEADER = TRIGGERS.columns.map((column) => column.header);
const DECISION = HEADER.indexOf("Panel decision");

function triggerRow(
  key: FixtureCell,
  decision: FixtureCell,
  notes: FixtureCell = null,
  indicator = "Rent collected"
): FixtureCell[] {
  const when = date("2026-10-01");
  return [key, "Responsive", "Rent", indicator, "evidence", "KPI!C2", when, when, decision, notes];
}

describe("messy Triggers sheets", () => {
  it("reports a trigger copied onto a second row; the rescan keeps the first and leaves the copy alone", () => {
    const result = scanned(
      sheet("Triggers", [
        HEADER,
        triggerRow("Responsive: RENT-COLLECTED", "Discussed", "asked for a report"),
        triggerRow("responsive:  rent-collected", "New"),
      ])
    );
    expect(result.shown).toEqual([
      "Triggers!A3: this row is the same trigger as Triggers!A2 (Responsive: RENT-COLLECTED): that row is kept up to date and this one is left as it is; move the panel's decision and notes there and delete this row",
    ]);
    const writes = result.plan.sheets.find((s) => s.sheet === "Triggers")?.writes ?? [];
    expect(writes.filter((w) => w.row === 2)).toEqual([]);
    // No longer firing (there is no KPI sheet): the first row says so; the panel's cells stay theirs.
    expect(writes.filter((w) => w.row === 1).map((w) => HEADER[w.column])).toEqual([
      "Evidence",
      "Last updated",
    ]);
  });

  it("keeps the panel's decision as written, reports one it does not know, and never writes over it", () => {
    const result = scanned(
      sheet("Triggers", [
        HEADER,
        triggerRow("Responsive: A", "discussed", null, "A"),
        triggerRow("Responsive: B", "Maybe later", null, "B"),
        triggerRow(error("#REF!"), "Declined", null, "C"),
        [null, null, null, null, null, null, null, null, "Declined", "the panel's own row"],
      ])
    );
    expect(result.shown).toEqual([
      'Triggers!I3: "Maybe later" is not a panel decision: choose New, Discussed, Accepted into programme or Declined',
      "Triggers!A4: the error #REF! is in this cell: put text here instead",
    ]);
    const writes = result.plan.sheets.find((s) => s.sheet === "Triggers")?.writes ?? [];
    expect(writes.filter((w) => w.column >= DECISION)).toEqual([]);
    // The row whose key is an error (a trigger that does not fire), and the panel's own row without a
    // key, are not touched.
    expect(writes.filter((w) => w.row >= 3)).toEqual([]);
  });

  it("reads dates in the add-in's columns leniently: text and a date in 1900 are reported, not thrown", () => {
    const { workbook, shown } = read(
      sheet("Triggers", [
        HEADER,
        [
          "Responsive: A",
          "Responsive",
          null,
          null,
          null,
          null,
          "01/10/2026",
          { number: 3, format: "dd/mm/yyyy" },
        ],
      ])
    );
    expect(shown).toEqual([
      "Triggers!H2: 03/01/1900 is not a date the panel could mean: check the year (dates from 1990 to 2100 are read)",
    ]);
    expect(workbook.triggers?.records[0]?.lastUpdated).toBeUndefined();
  });
});
