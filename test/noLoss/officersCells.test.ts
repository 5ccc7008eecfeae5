import { Fixture, FIXTURE_NAMES, loadFixture } from "./fixtures";
import { HOST_NAMES, HostRun, runOn } from "./hostRuns";
import { compareOfficersCells, describeDifference, sheetsAdded } from "./officersCells";
import { SheetState } from "./workbookState";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";

/**
 * docs/development.md, "The officers' cells are theirs": a scan through any host changes no cell outside the
 * add-in's sheets and computed columns (as the sheet definitions mark them, not as the plan says),
 * keeps every sheet in its place, and adds only its own sheets.
 */
/** Every formula, as "sheet!row,column=formula". */
const formulasIn = (sheets: SheetState[]): string[] =>
  sheets.flatMap((sheet) =>
    [...sheet.cells].flatMap(([cell, state]) =>
      state.formula === undefined ? [] : [`${sheet.name}!${cell}=${state.formula}`]
    )
  );

describe.each(FIXTURE_NAMES)("a scan of %s", (fixtureName) => {
  describe.each(HOST_NAMES)("through the %s host", (hostName) => {
    let folder: string;
    let fixture: Fixture;
    let run: HostRun;
    beforeAll(async () => {
      folder = await tempFolder();
      fixture = await loadFixture(fixtureName);
      run = await runOn(hostName, fixture, folder);
    });
    afterAll(() => removeFolder(folder));

    it("keeps every sheet in its place, unknown ones included, and adds only the add-in's own", () => {
      const added = sheetsAdded(run.before, run.after);
      const names = run.after.map((sheet) => sheet.name);
      // The scan did write: Triggers and KPI status exist after it, so the comparison below guards something.
      expect(names).toEqual(expect.arrayContaining(["KPI status", "Triggers", "Summary"]));
      expect(new Set(added).size).toBe(added.length);
    });

    it("changes no officers' cell: value, formula, number format or note", () => {
      const { differences, compared, sheets } = compareOfficersCells(
        run.before,
        run.after,
        fixture.officers
      );
      expect(differences.map(describeDifference)).toEqual([]);
      expect(compared).toBeGreaterThan(100);
      expect(sheets.length).toBeGreaterThanOrEqual(5);
    });

    // The officers' own sheet and columns of the add-in's names are reported.
    it("tells the officers of each sheet and column of theirs it left alone, and of nothing else of the kind", () => {
      const expected = fixture.officers?.problems ?? [];
      expect(
        expected.filter((problem) => !run.told.some((line) => line.includes(problem)))
      ).toEqual([]);
      const leftAlone = run.told.filter((line) => line.includes("is not one the add-in wrote"));
      expect(leftAlone.length).toBe(expected.length);
    });

    if (hostName === "Excel (fake)")
      it("makes Excel read no string it was given as a formula", () => {
        expect(run.formulasMade).toEqual([]);
      });

    if (hostName !== "memory")
      it("adds no formula, and the officers' formulas are there to keep", () => {
        const before = new Set(formulasIn(run.before));
        expect(formulasIn(run.after).filter((formula) => !before.has(formula))).toEqual([]);
        const hasFormulas = ["messy.xlsx", "a workbook dressed by officers"];
        if (hasFormulas.includes(fixtureName)) expect(before.size).toBeGreaterThan(0);
      });

    if (hostName === "xlsx (CLI)")
      it("leaves the input file byte for byte as it was", () => {
        expect(run.inputUnchanged).toBe(true);
      });
  });
});
