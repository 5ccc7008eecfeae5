import { dayFromIso } from "../../src/domain/calendar/days";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import {
  expectedPath,
  fixtureNames,
  goldenOf,
  loadExpected,
  loadInput,
  orphanExpectedFiles,
  originOf,
  snapshotOf,
  writeExpected,
} from "./goldenFixtures";

/**
 * Golden fixtures for the workbook readers (test/fixtures/readers/README.md): each input grid is read
 * with readWorkbook and compared with the records and problems in its expected file, which were checked
 * by hand against docs/workbook.md and docs/rules.md. With UPDATE_GOLDEN=1 (every fixture) or UPDATE_GOLDEN=name,name
 * (those fixtures) the expected files are written from the readers' output instead — and must then be read
 * and checked again, value by value: a fixture whose reader is wrong holds the correct expectation, which a
 * blanket update would overwrite with the wrong one.
 */
const UPDATE = (process.env.UPDATE_GOLDEN ?? "").split(",").map((name) => name.trim());
const updates = (name: string): boolean => UPDATE.includes("1") || UPDATE.includes(name);

describe("workbook readers against golden fixtures", () => {
  const names = fixtureNames();

  it("has fixtures, and no expected file without its input", () => {
    expect(names.length).toBeGreaterThan(0);
    expect(orphanExpectedFiles()).toEqual([]);
  });

  it.each(names)("%s", (name) => {
    const actual = goldenOf(readWorkbook(snapshotOf(loadInput(name), name)));
    if (updates(name)) {
      writeExpected(name, actual);
      return;
    }
    const expected = loadExpected(name);
    if (expected === undefined) {
      throw new Error(
        `${expectedPath(name)} is missing: run UPDATE_GOLDEN=${name} npx jest test/workbook, then check it by hand`
      );
    }
    expect(actual).toEqual(expected);
  });
});

describe("the golden fixture loader", () => {
  it("turns tagged cells into the values and number formats a host reads", () => {
    const snapshot = snapshotOf({
      sheets: [
        {
          name: "S",
          rows: [
            [
              { date: "2026-03-09" },
              { percent: 0.952 },
              { error: "#N/A" },
              { number: 46090, format: "General" },
              "text",
              7,
              true,
              null,
            ],
          ],
        },
      ],
    });
    const sheet = snapshot.sheets[0];
    expect(sheet?.values).toEqual([
      [dayFromIso("2026-03-09"), 0.952, { error: "#N/A" }, 46090, "text", 7, true, null],
    ]);
    expect(sheet?.numberFormats).toEqual([
      ["dd/mm/yyyy", "0.0%", "General", "General", "General", "General", "General", "General"],
    ]);
    expect(sheet?.origin).toEqual({ row: 0, column: 0 });
    expect(dayFromIso("2026-03-09")).toBe(46090);
  });

  it("places a sheet's used range at its origin", () => {
    expect(originOf("C3")).toEqual({ row: 2, column: 2 });
    expect(originOf("AA10")).toEqual({ row: 9, column: 26 });
  });

  it("refuses a malformed cell rather than guessing", () => {
    expect(() =>
      snapshotOf({ sheets: [{ name: "S", rows: [[{ dat: "2026-03-09" } as never]] }] })
    ).toThrow(/unknown cell/);
    expect(() => snapshotOf({ sheets: [{ name: "S", rows: [[{ date: "2026-02-30" }]] }] })).toThrow(
      /No such date/
    );
  });

  it("writes days as ISO dates and drops layouts and undefined fields", () => {
    const golden = goldenOf(
      readWorkbook(
        snapshotOf({
          sheets: [
            {
              name: "Meetings",
              rows: [
                ["Date", "Notes"],
                [{ date: "2026-03-09" }, null],
              ],
            },
          ],
        })
      )
    );
    expect(golden).toEqual({
      records: { meetings: [{ row: 1, date: "2026-03-09", type: "Main" }] },
      problems: [],
    });
  });
});
