import { readWorkbook } from "../../src/workbook/readWorkbook";
import { text, WritePlan } from "../../src/workbook/plan";
import { Problem } from "../../src/workbook/problems";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { planFaults } from "./planFaults";
import { problemFaults } from "./problemFaults";

/** The fuzz tests' checks must be able to fail: each fault they look for, shown to them once. */
const snapshot: WorkbookSnapshot = {
  sheets: [
    {
      name: "Members",
      origin: { row: 0, column: 0 },
      values: [
        ["Name", "Group", "Notes"],
        ["Pat Jones", "General", "x"],
      ],
    },
    {
      name: "Triggers",
      origin: { row: 0, column: 0 },
      values: [
        ["Key", "Trigger type", "Panel decision"],
        ["Responsive: A", "Responsive", "Discussed"],
      ],
    },
    { name: "KPI - Rent", origin: { row: 0, column: 0 }, values: [["Indicator"], ["Rent"]] },
    {
      name: "Meetings",
      origin: { row: 0, column: 0 },
      values: [
        ["Date", "Present"],
        [46_000, "Pat Jones, Amir Khan"],
      ],
    },
  ],
};

const problem = (overrides: Partial<Problem>): Problem => ({
  sheet: "Members",
  address: "Members!A2",
  message: "this member has no name",
  cell: { row: 1, column: 0 },
  ...overrides,
});

describe("the fuzz tests' checks", () => {
  it("pass a well-formed problem and a sheet-wide one", () => {
    expect(
      problemFaults([problem({}), problem({ address: "Members", cell: undefined })], snapshot)
    ).toEqual([]);
  });

  it.each([
    ["a sheet that does not exist", problem({ sheet: "Nope", address: "Nope!A2" })],
    ["address and cell disagree", problem({ address: "Members!B2" })],
    ["not an A1 reference", problem({ address: "Members!A0" })],
    [
      "outside the sheet's used range",
      problem({ address: "Members!A9", cell: { row: 8, column: 0 } }),
    ],
    ["cannot read", problem({ message: "undefined is not a number" })],
    ["not the sheet's name", problem({ address: "Members!A2", cell: undefined })],
  ])("find a problem whose fault is: %s", (fault, bad) => {
    const found = problemFaults([bad], snapshot);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(fault);
  });

  const { workbook } = readWorkbook(snapshot);
  const planOf = (sheet: string, row: number, column: number, create = false): WritePlan => ({
    sheets: [{ sheet, create, definition: "x", writes: [{ row, column, value: text("v") }] }],
  });

  it("pass writes in an added computed column and on a new trigger row", () => {
    const members: WritePlan = {
      sheets: [
        {
          sheet: "Members",
          create: false,
          definition: "members",
          writes: [
            { row: 0, column: 3, value: text("Status") },
            { row: 1, column: 3, value: text("Active") },
          ],
        },
      ],
    };
    expect(planFaults(members, snapshot, workbook)).toEqual([]);
    expect(planFaults(planOf("Triggers", 2, 2), snapshot, workbook)).toEqual([]);
  });

  it.each([
    ["the officers' column", planOf("Members", 1, 0)],
    ["an officers' extra column", planOf("Members", 1, 2)],
    ["a column it did not add", planOf("Members", 1, 5)],
    ["an officers' sheet", planOf("KPI - Rent", 1, 1)],
    ["an officers' column of the add-in's name", planOf("Meetings", 1, 1)],
    ["the panel's own cell", planOf("Triggers", 1, 2)],
    ["exists", planOf("members", 0, 0, true)],
    ["does not exist", planOf("Summary", 0, 0)],
    ["beyond the sheet's edge", planOf("Summary", 0, 16_384, true)],
  ])("find a plan whose fault is: %s", (fault, plan) => {
    const found = planFaults(plan, snapshot, workbook);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(fault);
  });

  it("find a number no cell can hold", () => {
    const plan: WritePlan = {
      sheets: [
        {
          sheet: "Summary",
          create: true,
          definition: "summary",
          writes: [{ row: 0, column: 0, value: { kind: "number", value: Infinity } }],
        },
      ],
    };
    expect(planFaults(plan, snapshot, workbook)).toEqual([
      `Summary: a number no cell can hold: {"row":0,"column":0,"value":{"kind":"number","value":null}}`,
    ]);
  });
});
