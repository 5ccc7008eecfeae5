import { scan } from "../../src/engine/scan";
import { setUpPlan } from "../../src/engine/setUp";
import { lapse, noticeOk, panelYear } from "../../src/functions/functions";
import { checkPlan } from "../../src/hosts/excel/checkPlan";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { SETTING_CELL_NAMES, settingCellName } from "../../src/workbook/settingNames";

const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

/** The value of a named cell, and the label in column A of its row. */
function namedSetting(workbook: MemoryWorkbook, name: string): { label: unknown; value: unknown } {
  const named = workbook.names.find((n) => n.name === name);
  if (!named?.refersTo) throw new Error(`no name ${name}`);
  const { sheet, row, column } = named.refersTo;
  const cells = (workbook.sheet(sheet) as MemorySheet).cells;
  return { label: cells[row]?.[0], value: cells[row]?.[column] };
}

describe("Set up names the Settings sheet's value cells", () => {
  it("names every setting a formula can take, each at its own row's Value, in a plan Excel accepts", () => {
    const workbook = new MemoryWorkbook([]);
    const { plan } = setUpPlan(workbook.readSnapshot());
    expect(plan.addNames?.map((n) => n.name).sort()).toEqual([...SETTING_CELL_NAMES].sort());
    expect(() => checkPlan(plan)).not.toThrow();
    workbook.applyPlan(plan);
    for (const name of SETTING_CELL_NAMES) {
      const { label, value } = namedSetting(workbook, name);
      expect([name, settingCellName(String(label))]).toEqual([name, name]);
      expect(value).not.toBeUndefined();
    }
    expect(namedSetting(workbook, "Lapse_consecutive")).toEqual({
      label: "Consecutive absences that lapse a place",
      value: 3,
    });
  });

  it("names the cells of the officers' own Settings sheet where its rows are, writing no cell", () => {
    const settings: MemorySheet = {
      name: "Panel settings",
      cells: [
        ["Notes above the table"],
        [],
        ["", "Setting", "Value"],
        ["", "Clear working days' notice", 7],
        ["", "Consecutive absences that lapse a place", 2],
        ["", "Consecutive absences that lapse a place", 9],
      ],
    };
    const workbook = new MemoryWorkbook([settings]);
    const before = structuredClone(settings.cells);
    const { plan } = setUpPlan(workbook.readSnapshot());
    const ours = (plan.addNames ?? []).filter((n) => n.sheet === "Panel settings");
    // The first row of a repeated setting is the one the scan reads.
    expect(ours.map(({ name, row, column }) => [name, row, column])).toEqual([
      ["Notice_days", 3, 2],
      ["Lapse_consecutive", 4, 2],
    ]);
    workbook.applyPlan(plan);
    expect((workbook.sheet("Panel settings") as MemorySheet).cells).toEqual(before);
  });

  it("leaves a name the workbook already has, whatever its case, where it is", () => {
    const workbook = new MemoryWorkbook(
      [{ name: "Elsewhere", cells: [[4]] }],
      [{ name: "LAPSE_CONSECUTIVE", refersTo: { sheet: "Elsewhere", row: 0, column: 0 } }]
    );
    const { plan } = setUpPlan(workbook.readSnapshot());
    const names = (plan.addNames ?? []).map((n) => n.name.toUpperCase());
    expect(names).not.toContain("LAPSE_CONSECUTIVE");
    expect(names).toContain("LAPSE_IN_12_MONTHS");
    workbook.applyPlan(plan);
    expect(workbook.names.find((n) => n.name === "LAPSE_CONSECUTIVE")?.refersTo?.sheet).toBe(
      "Elsewhere"
    );
  });

  it("adds nothing on a second Set up", () => {
    const workbook = new MemoryWorkbook([]);
    workbook.applyPlan(setUpPlan(workbook.readSnapshot()).plan);
    expect(setUpPlan(workbook.readSnapshot()).plan.addNames).toBeUndefined();
  });
});

describe("a formula pointing at the named cells gives the scan's answer", () => {
  const workbook = new MemoryWorkbook([]);
  workbook.applyPlan(setUpPlan(workbook.readSnapshot()).plan);
  const settings = workbook.sheet("Settings") as MemorySheet;
  const setValue = (name: string, value: string | number): void => {
    const named = workbook.names.find((n) => n.name === name)!.refersTo!;
    settings.cells[named.row]![named.column] = value;
  };
  // The officers change three settings after Set up.
  setValue("Panel_year_starts", "01/04");
  setValue("Lapse_consecutive", 2);
  setValue("Notice_days", 3);
  const value = (name: string): unknown => namedSetting(workbook, name).value;

  it("Panel_year_starts: the year from 1 April, as the scan has it", () => {
    const asOf = serial("2026-06-01");
    const findings = scan(workbook.readSnapshot(), { asOf }).findings;
    expect(findings.panelYear).toBe(2026);
    expect(panelYear(asOf, value("Panel_year_starts"))).toBe("2026/27");
    expect(panelYear(asOf)).toBe("2025/26");
  });

  it("Lapse_consecutive: two absences in a row lapse a place", () => {
    const dates = [[serial("2026-09-14"), serial("2026-10-12")]];
    const asOf = serial("2026-10-20");
    expect(lapse([["A", "A"]], dates, asOf, undefined, value("Lapse_consecutive"))).toMatch(
      /^Lapsed on 12\/10\/2026/
    );
    expect(lapse([["A", "A"]], dates, asOf)).not.toMatch(/^Lapsed/);
  });

  it("Notice_days: three clear working days are enough", () => {
    // Sent Monday 02/11/2026, meeting Friday 06/11/2026: 3 clear working days between.
    expect(noticeOk(serial("2026-11-02"), serial("2026-11-06"), value("Notice_days"))).toBe(true);
    expect(noticeOk(serial("2026-11-02"), serial("2026-11-06"))).toBe(false);
  });
});
