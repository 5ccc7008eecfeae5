import { dayFromIso } from "../../src/domain/calendar/days";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { describeProblem } from "../../src/workbook/problems";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { RawCell } from "../../src/workbook/snapshot";

const d = dayFromIso;
const DATE = "dd/mm/yyyy";

function read(...sheets: MemorySheet[]) {
  const { workbook, problems } = readWorkbook(new MemoryWorkbook(sheets).readSnapshot());
  return { workbook, problems: problems.map(describeProblem) };
}

/** A Tenant profile sheet; `formats` by row for the Share (C) and Figures dated (D) columns. */
function profile(rows: RawCell[][], shareFormat?: string): MemorySheet {
  const cells: RawCell[][] = [["Dimension", "Group", "Share", "Figures dated"], ...rows];
  return {
    name: "Tenant profile",
    cells,
    formats: cells.map((row, r) =>
      row.map((_, c) => (r === 0 ? undefined : c === 3 ? DATE : c === 2 ? shareFormat : undefined))
    ),
  };
}

describe("the Tenant profile sheet (§4.4)", () => {
  it("reads shares written as 12%, as 12, or as 0.12 in a cell formatted as a percentage", () => {
    const asText = read(
      profile([
        ["Age band", "16–24", "12%", d("2026-04-01")],
        ["Age band", "25+", 88, null],
      ])
    );
    expect(asText.problems).toEqual([]);
    expect(
      asText.workbook.tenantProfile?.shares.map((s) => [s.dimension, s.group, s.share])
    ).toEqual([
      ["Age band", "16–24", 12],
      ["Age band", "25+", 88],
    ]);
    expect(asText.workbook.tenantProfile?.figuresDate).toBe(d("2026-04-01"));

    const formatted = read(
      profile(
        [
          ["Ethnicity", "White", 0.76, d("2026-04-01")],
          ["ethnic group", "Other ethnic group", 0.24, d("2026-04-01")],
        ],
        "0%"
      )
    );
    expect(formatted.problems).toEqual([]);
    expect(formatted.workbook.tenantProfile?.shares.map((s) => [s.dimension, s.share])).toEqual([
      ["Ethnicity", 76],
      ["Ethnicity", 24],
    ]);
  });

  it("reports fractions in cells not formatted as percentages: shares must add up to 100%", () => {
    const { problems } = read(
      profile([
        ["Age band", "16–49", 0.5, d("2026-04-01")],
        ["Age band", "50+", 0.5, null],
        ["Ethnicity", "White", "70%", null],
        ["Ethnicity", "Other ethnic group", "20%", null],
      ])
    );
    expect(problems).toEqual([
      "'Tenant profile'!C2: the Age band shares add up to 1%, not 100%: shares typed as fractions (0.12) in cells not formatted as percentages read as 0.12%; write 12% or 12",
      "'Tenant profile'!C4: the Ethnicity shares add up to 90%, not 100%: check the figures",
    ]);
  });

  it("accepts shares rounded to add up to 99% or 101%", () => {
    const { problems } = read(
      profile([
        ["Age band", "16–49", "33%", d("2026-04-01")],
        ["Age band", "50–64", "33%", null],
        ["Age band", "65+", "33%", null],
      ])
    );
    expect(problems).toEqual([]);
  });

  it("takes the date from the Figures dated column, and reports a second, different date", () => {
    const { workbook, problems } = read(
      profile([
        ["Age band", "16–49", "50%", d("2026-04-01")],
        ["Age band", "50+", "50%", d("2025-04-01")],
      ])
    );
    expect(workbook.tenantProfile?.figuresDate).toBe(d("2026-04-01"));
    expect(problems).toEqual([
      "'Tenant profile'!D3: the figures are dated 01/04/2026 on row 2: give one date for the whole profile; 01/04/2026 is used",
    ]);
  });

  it("reports a Figures dated row, and a profile with no date at all", () => {
    const { workbook, problems } = read(
      profile([
        ["Figures dated", d("2026-04-01"), null, null],
        ["Age band", "16–49", "50%", null],
        ["Age band", "50+", "50%", null],
      ])
    );
    expect(workbook.tenantProfile?.figuresDate).toBeUndefined();
    expect(workbook.tenantProfile?.shares).toHaveLength(2);
    expect(problems).toEqual([
      "'Tenant profile'!A2: the date of the figures is read from a column headed Figures dated, not from a row: move the date into that column and clear this row",
      "Tenant profile: the tenant profile has no date: add a column headed Figures dated and give the date of the figures, so the panel knows how current they are",
    ]);
  });

  it("reports an unknown dimension, a group given twice, a share out of range and missing cells", () => {
    const { workbook, problems } = read(
      profile([
        ["Age band", "16–49", "50%", d("2026-04-01")],
        ["Age band", "50+", "50%", null],
        ["Gender", "Women", "52%", null],
        ["Age band", "16-49", "40%", null],
        ["Ethnicity", "White", "120%", null],
        ["Ethnicity", null, "10%", null],
        [null, "Other ethnic group", null, null],
      ])
    );
    expect(workbook.tenantProfile?.shares.map((s) => s.group)).toEqual(["16–49", "50+"]);
    expect(problems).toEqual([
      `'Tenant profile'!A4: "Gender" is not a dimension of the tenant profile: write Age band or Ethnicity (§4.4)`,
      "'Tenant profile'!B5: Age band 16-49 is given again here: the first (row 2) is used",
      "'Tenant profile'!C6: a share of 120% is not possible: give a percentage from 0 to 100",
      "'Tenant profile'!B7: this row has no group: name the age band or ethnic group, or clear the row",
      "'Tenant profile'!A8: this row has no dimension: write Age band or Ethnicity, or clear the row",
      "'Tenant profile'!C8: this group has no share: give the share of tenants in it, such as 12%",
    ]);
  });

  it("is found by its aliases and is optional", () => {
    expect(
      read({ name: "Tenant_Demographics", cells: [["Dimension", "Group", "Share"]] }).workbook
        .tenantProfile
    ).toBeDefined();
    expect(read({ name: "Notes", cells: [["x"]] }).workbook.tenantProfile).toBeUndefined();
  });
});

describe("the Involvement sheet (council report ¶25)", () => {
  const cells: RawCell[][] = [
    ["Interested residents, kept by the Tenant Involvement Officer"],
    [
      "Name",
      "Interests",
      "How they like to take part",
      "Training done",
      "Last involved",
      "Age band",
      "Ethnicity",
      "Phone",
    ],
    [
      "Grace Adeyemi",
      "Repairs and maintenance; complaints",
      "Task team",
      "Scrutiny training",
      d("2026-03-12"),
      "25–34",
      "Black, Black British, Caribbean or African",
      "01234 567890",
    ],
    ["Tom Hughes", null, null, null, "02/10/2025", null, null, null],
    [null, "Voids and lettings", null, null, null, null, null, null],
    ["Ann Bell", "Voids and lettings", null, null, "last spring", null, null, null],
  ];

  it("reads each person, their interests split at commas and semicolons, and reports what it cannot read", () => {
    const { workbook, problems } = read({ name: "Involvement pool", cells });
    expect(workbook.involvement?.records).toEqual([
      {
        row: 2,
        name: "Grace Adeyemi",
        interests: ["Repairs and maintenance", "complaints"],
        waysToTakePart: "Task team",
        trainingDone: "Scrutiny training",
        lastInvolved: d("2026-03-12"),
        ageBand: "25–34",
        ethnicity: "Black, Black British, Caribbean or African",
      },
      { row: 3, name: "Tom Hughes", interests: [], lastInvolved: d("2025-10-02") },
      { row: 5, name: "Ann Bell", interests: ["Voids and lettings"] },
    ]);
    expect(problems).toEqual([
      "'Involvement pool'!A5: this person has no name: fill it in or clear the row",
      `'Involvement pool'!E6: "last spring" is not a date: type it as dd/mm/yyyy`,
    ]);
  });
});

describe("Recommendations: What changed", () => {
  it.each(["What changed", "Outcome", "What we did", "Change"])("reads %s", (header) => {
    const { workbook } = read({
      name: "Recommendations",
      cells: [
        ["Review", "Recommendation", "Implemented", header],
        ["Repairs", "Text tenants the day before", "01/06/2026", "Texts sent since June"],
        ["Repairs", "Answer the phone faster", null, null],
      ],
    });
    expect(workbook.recommendations?.records.map((r) => r.whatChanged)).toEqual([
      "Texts sent since June",
      undefined,
    ]);
  });
});

describe("the Under-representation threshold setting (§4.4)", () => {
  const settings = (value: RawCell, format?: string): MemorySheet => ({
    name: "Settings",
    cells: [
      ["Setting", "Value"],
      ["Under-representation threshold", value],
    ],
    formats: [[], [undefined, format]],
  });
  const threshold = (value: RawCell, format?: string) => {
    const { workbook, problems } = read(settings(value, format));
    return [workbook.settings.underRepresentationThreshold, problems];
  };

  it("is 0.5 unless set, and reads 0.75, 75% or 0.75 formatted as a percentage", () => {
    expect(read({ name: "Notes", cells: [] }).workbook.settings.underRepresentationThreshold).toBe(
      0.5
    );
    expect(threshold(0.75)).toEqual([0.75, []]);
    expect(threshold("75%")).toEqual([0.75, []]);
    expect(threshold(0.75, "0%")).toEqual([0.75, []]);
  });

  it("keeps the default and says what to write for anything else", () => {
    expect(threshold(50)).toEqual([
      0.5,
      [
        "Settings!B2: Under-representation threshold: give a fraction from 0 to 1 such as 0.5, or a percentage such as 50%; the default 0.5 is used",
      ],
    ]);
    expect(threshold("half")[0]).toBe(0.5);
    expect(threshold("150%")[0]).toBe(0.5);
  });
});
