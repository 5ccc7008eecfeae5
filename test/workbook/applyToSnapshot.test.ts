import { dayFromIso } from "../../src/domain";
import { scan } from "../../src/engine/scan";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { applyPlanToSnapshot, mergePlans } from "../../src/workbook/applyToSnapshot";
import { BLANK_VALUE, date, number, SheetLayout, text, WritePlan } from "../../src/workbook/plan";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { sizedFor } from "../fuzz/fuzzRuns";

const officers = (): WorkbookSnapshot => ({
  sheets: [
    {
      name: "Notes",
      origin: { row: 2, column: 1 },
      values: [
        ["Member", "Note"],
        ["Pat Jones", 12],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "0.0"],
      ],
    },
  ],
});

describe("applyPlanToSnapshot", () => {
  it("writes text as strings, numbers and dates with their formats, and blanks, keeping the origin", () => {
    const before = officers();
    const frozen = JSON.stringify(before);
    const after = applyPlanToSnapshot(before, {
      sheets: [
        {
          sheet: "Notes",
          create: false,
          definition: "",
          writes: [
            { row: 3, column: 2, value: BLANK_VALUE },
            { row: 4, column: 1, value: text('=HYPERLINK("x")', true) },
            { row: 4, column: 2, value: number(0.5, "0%") },
            { row: 2, column: 3, value: date(dayFromIso("2026-12-08")) },
          ],
        },
      ],
    });
    expect(JSON.stringify(before)).toBe(frozen); // pure: the snapshot given is not changed
    expect(after.sheets[0]).toEqual({
      name: "Notes",
      origin: { row: 2, column: 1 },
      values: [
        ["Member", "Note", dayFromIso("2026-12-08")],
        ["Pat Jones", null, null],
        ['=HYPERLINK("x")', 0.5, null],
      ],
      numberFormats: [
        ["General", "General", "dd/mm/yyyy"],
        ["General", "0.0", "General"],
        ["General", "0%", "General"],
      ],
    });
  });

  it("grows the range above and to the left when a write lies there, and ignores blanks outside it", () => {
    const after = applyPlanToSnapshot(officers(), {
      sheets: [
        {
          sheet: "Notes",
          create: false,
          definition: "",
          writes: [
            { row: 1, column: 0, value: text("Title") },
            { row: 20, column: 20, value: BLANK_VALUE },
          ],
        },
      ],
    });
    const sheet = after.sheets[0];
    expect(sheet?.origin).toEqual({ row: 1, column: 0 });
    expect(sheet?.values).toEqual([
      ["Title", null, null],
      [null, "Member", "Note"],
      [null, "Pat Jones", 12],
    ]);
    expect(sheet?.numberFormats?.[2]?.[2]).toBe("0.0");
  });

  it("creates a sheet at the end and refuses to write to a sheet that is not there", () => {
    const after = applyPlanToSnapshot(officers(), {
      sheets: [{ sheet: "Triggers", create: true, definition: "triggers", writes: [] }],
    });
    expect(after.sheets.map((s) => s.name)).toEqual(["Notes", "Triggers"]);
    expect(() =>
      applyPlanToSnapshot(officers(), {
        sheets: [{ sheet: "Missing", create: false, definition: "", writes: [] }],
      })
    ).toThrow("does not exist: Missing");
  });

  it("gives what the memory host reads back after carrying out the demo's first scan", () => {
    const workbook = new MemoryWorkbook(demoWorkbook());
    const before = workbook.readSnapshot();
    const { plan } = scan(before, { asOf: DEMO_AS_OF });
    workbook.applyPlan(plan);
    expect(applyPlanToSnapshot(before, plan)).toEqual(workbook.readSnapshot());
  });
});

describe("mergePlans", () => {
  const layout: SheetLayout = { dropDowns: [], highlights: [], charts: [] };
  it("merges one sheet's writes, a later write to a cell winning in its place, keeping create and layout", () => {
    const first: WritePlan = {
      sheets: [
        {
          sheet: "Reviews",
          create: false,
          definition: "reviews",
          writes: [
            { row: 1, column: 0, value: text("old") },
            { row: 1, column: 1, value: text("kept") },
          ],
        },
        { sheet: "Summary", create: true, definition: "summary", writes: [], layout },
      ],
    };
    const second: WritePlan = {
      sheets: [
        { sheet: "Summary", create: false, definition: "summary", writes: [] },
        {
          sheet: "Reviews",
          create: false,
          definition: "reviews",
          writes: [
            { row: 1, column: 0, value: text("new") },
            { row: 2, column: 0, value: text("added") },
          ],
        },
      ],
    };
    const merged = mergePlans(first, second);
    expect(merged.sheets.map((s) => s.sheet)).toEqual(["Reviews", "Summary"]);
    expect(merged.sheets[0]?.writes).toEqual([
      { row: 1, column: 0, value: text("new") },
      { row: 1, column: 1, value: text("kept") },
      { row: 2, column: 0, value: text("added") },
    ]);
    expect(merged.sheets[1]).toMatchObject({ create: true, layout });
    expect(first.sheets[0]?.writes[0]?.value).toEqual(text("old")); // the plans given are not changed
  });
});

describe("a used range far down the sheet", () => {
  it("grows up to a write above it without running out of stack", () => {
    // Spreading 150,000 or more rows as arguments overflows Node's stack, so the quick size can fail;
    // npm run fuzz grows from Excel's last rows.
    const far = sizedFor(300_000, 1_048_000);
    const sheet = { name: "Far", origin: { row: far, column: 0 }, values: [["x"]] };
    const after = applyPlanToSnapshot(
      { sheets: [sheet] },
      {
        sheets: [
          {
            sheet: "Far",
            create: false,
            definition: "",
            writes: [{ row: 0, column: 0, value: { kind: "text", text: "Top" } }],
          },
        ],
      }
    ).sheets[0]!;
    expect(after.origin).toEqual({ row: 0, column: 0 });
    expect(after.values).toHaveLength(far + 1);
    expect(after.values[far]?.[0]).toBe("x");
  });
});
