import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { error, percent, read, sheet } from "./messyWorkbook";

/** Settings (docs/workbook.md, optional): `Setting` and `Value`, one setting of docs/rules.md a row. */
const HEADER = ["Setting", "Value"];

describe("messy Settings sheets", () => {
  it("reads values as text with spaces and non-breaking spaces, and labels in any case", () => {
    const { workbook, shown } = read(
      sheet("Settings", [
        HEADER,
        ["MEETINGS A YEAR", "\u00a011\u00a0"],
        ["KPI tolerance\n(near miss)", "\u00a02.5\u00a0%"],
        ["Training needed for full membership (%)", percent(0.75)],
      ])
    );
    expect(workbook.settings.meetingsPerYear).toBe(11);
    expect(workbook.settings.kpiTolerance).toEqual({ kind: "percentOfTarget", value: 2.5 });
    expect(workbook.settings.trainingThresholdPercent).toBe(75);
    expect(shown).toEqual([]);
  });

  it("reports impossible values and errors; the default stays for each", () => {
    const { workbook, shown } = read(
      sheet("Settings", [
        HEADER,
        ["Training needed for full membership (%)", percent(1.4)],
        ["Most tenant members", -3],
        ["Meetings a year", error("#REF!")],
        ["KPI tolerance (near miss)", "-5%"],
        ["Absences in 12 months that lapse a place", 4.5],
      ])
    );
    expect(shown).toEqual([
      // §4.5: no member could complete 140% of their training, so all would read as incomplete.
      "Settings!B2: Training needed for full membership (%): give a whole number from 0 to 100; the default 80 is used",
      "Settings!B3: Most tenant members: give a whole number of at least 1; the default 8 is used",
      "Settings!B4: Meetings a year: give a whole number of at least 1; the default 10 is used",
      'Settings!B5: KPI tolerance (near miss): "-5%" is not a tolerance: give a number in the target\'s unit, or a percentage of the target such as 5%; the default 5% is used',
      "Settings!B6: Absences in 12 months that lapse a place: give a whole number of at least 1; the default 5 is used",
    ]);
    expect(workbook.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("reports a setting given twice (the first is used) and a name it does not know", () => {
    const { workbook, shown } = read(
      sheet("Settings", [HEADER, ["Meetings a year", 11], ["meetings a year", 12], ["Quorum", 4]])
    );
    expect(workbook.settings.meetingsPerYear).toBe(11);
    expect(shown).toEqual([
      'Settings!A3: "meetings a year" is set again here: the first row is used',
      'Settings!A4: "Quorum" is not a setting the add-in knows; it is ignored',
    ]);
  });
});
