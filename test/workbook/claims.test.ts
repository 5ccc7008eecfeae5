import { absoluteReference, parseReference } from "../../src/workbook/address";
import { applyPlanToSnapshot, mergePlans } from "../../src/workbook/applyToSnapshot";
import { CLAIM_NAMES, ownSheetOf } from "../../src/workbook/claims";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { SUMMARY } from "../../src/workbook/sheets";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";

/** The add-in's claims are workbook-wide defined names (workbook/claims.ts). */

describe("a defined name's reference", () => {
  it.each([
    ["'KPI status'!$A$1", { sheet: "KPI status", row: 0, column: 0 }],
    ["Members!$N$1", { sheet: "Members", row: 0, column: 13 }],
    ["=Members!N1", { sheet: "Members", row: 0, column: 13 }],
    ["'Pat''s notes'!$B$7", { sheet: "Pat's notes", row: 6, column: 1 }],
    ["'You said, we did'!$A$1:$D$9", { sheet: "You said, we did", row: 0, column: 0 }],
    ["Members!$AB:$AB", { sheet: "Members", row: 0, column: 27 }],
    ["Members!$3:$3", { sheet: "Members", row: 2, column: 0 }],
    ["Budget!$XFD$1048576", { sheet: "Budget", row: 1_048_575, column: 16_383 }],
    ["KPI status!$A$1", { sheet: "KPI status", row: 0, column: 0 }],
  ])("reads %s as its sheet and top-left cell", (formula, cell) => {
    expect(parseReference(formula)).toEqual(cell);
  });

  it.each([
    "#REF!",
    "Members!#REF!",
    "#REF!$A$1",
    "42",
    '"text"',
    "SUM(Members!$A$1:$A$3)",
    "[1]Members!$A$1",
    "'C:\\panel\\[old.xlsx]Members'!$A$1",
    "Members!$A$1,Members!$C$1",
    "Members!$XFE$1",
    "Members!$A$1048577",
    "Members!N",
  ])("reads %s as no cell", (formula) => {
    expect(parseReference(formula)).toBeUndefined();
  });

  it.each([
    ["KPI status", 0, 0, "'KPI status'!$A$1"],
    ["Members", 0, 13, "Members!$N$1"],
    ["Pat's notes", 6, 1, "'Pat''s notes'!$B$7"],
    ["A1", 0, 0, "'A1'!$A$1"],
    ["R2C3", 0, 0, "'R2C3'!$A$1"],
  ])("writes %s row %i column %i as %s, which reads back", (sheet, row, column, written) => {
    expect(absoluteReference(sheet, row, column)).toBe(written);
    expect(parseReference(written)).toEqual({ sheet, row, column });
  });
});

describe("the add-in's claim names", () => {
  it("are 4 sheets and 16 computed columns, each a legal Excel name", () => {
    expect(CLAIM_NAMES.size).toBe(20);
    for (const name of CLAIM_NAMES) {
      expect(name).toMatch(/^TOSP_(SHEET|COL)_[A-Z0-9_]+$/);
      expect(name.length).toBeLessThanOrEqual(255);
    }
  });
});

describe("a claimed sheet, for readers", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      { name: "Summary", origin: { row: 0, column: 0 }, values: [["Budget line"]] },
      {
        name: "Triggers 2026",
        origin: { row: 0, column: 0 },
        values: [
          ["Key", "Trigger type", "Panel decision"],
          ["Responsive: RENT", "Responsive", "Discussed"],
        ],
      },
      { name: "Triggers", origin: { row: 0, column: 0 }, values: [["Officers' list"]] },
      { name: "Forum summary", origin: { row: 0, column: 0 }, values: [["x"]] },
    ],
    names: [
      { name: "tosp_sheet_triggers", refersTo: { sheet: "Triggers 2026", row: 0, column: 0 } },
      { name: "TOSP_Sheet_Summary", refersTo: { sheet: "Gone", row: 0, column: 0 } },
    ],
  };

  it("is found by its claim, ignoring the name's case, whatever the sheet is called now", () => {
    const { workbook, problems } = readWorkbook(snapshot);
    expect(workbook.triggers?.layout.grid.name).toBe("Triggers 2026");
    expect(workbook.triggers?.records.map((r) => r.panelDecision)).toEqual(["Discussed"]);
    // The officers' sheet called Triggers is not read as the add-in's (no "no header row" problem).
    expect(problems).toEqual([]);
  });

  it("is found by name while its claim points at a sheet that is gone", () => {
    expect(ownSheetOf(snapshot, SUMMARY)).toEqual({ sheet: snapshot.sheets[0], claimed: false });
  });
});

describe("names in plans carried out in memory", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "Summary", origin: { row: 0, column: 0 }, values: [] }],
    names: [
      { name: "TOSP_SHEET_SUMMARY" },
      { name: "Spend", refersTo: { sheet: "Summary", row: 1, column: 1 } },
    ],
  };
  const comment = "claimed";

  it("deletes names ignoring case, then adds", () => {
    const after = applyPlanToSnapshot(snapshot, {
      sheets: [],
      removeNames: ["TOSP_Sheet_Summary"],
      addNames: [{ name: "TOSP_Sheet_Summary", sheet: "Summary", row: 0, column: 0, comment }],
    });
    expect(after.names).toEqual([
      { name: "Spend", refersTo: { sheet: "Summary", row: 1, column: 1 } },
      { name: "TOSP_Sheet_Summary", refersTo: { sheet: "Summary", row: 0, column: 0 } },
    ]);
  });

  it("merges two plans' names: every deletion, and the later of two additions under one name", () => {
    const first = { name: "TOSP_Sheet_Summary", sheet: "Summary", row: 0, column: 0, comment };
    const merged = mergePlans(
      { sheets: [], removeNames: ["A"], addNames: [first] },
      {
        sheets: [],
        removeNames: ["A", "B"],
        addNames: [{ ...first, name: "tosp_sheet_summary", row: 3 }],
      }
    );
    expect(merged.removeNames).toEqual(["A", "B"]);
    expect(merged.addNames).toEqual([{ ...first, name: "tosp_sheet_summary", row: 3 }]);
    expect(mergePlans({ sheets: [] }, { sheets: [] })).toEqual({ sheets: [] });
  });
});
