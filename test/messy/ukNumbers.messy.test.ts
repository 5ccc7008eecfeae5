import { read, scanned, sheet } from "./messyWorkbook";

/**
 * docs/workbook.md, Numbers: figures typed as text are read in UK style only. A comma is a thousands
 * separator only between groups of three digits (`1,234`, `£12,300`); a figure written in continental
 * style (`95,5`, `1.234,5`) or with commas anywhere else (`1,2,3`) is a problem at its cell, never a
 * number: a review found `95,5` read as 955, `1.234,5` as 1.2345 and `1,2,3` as 123 without a word.
 * Every reader that reads figures reads them through src/workbook/cells.ts, so each sheet says the same.
 */
const DECIMAL_COMMA = (text: string, uk: string) =>
  `"${text}" is not a number in UK style: use a full stop for decimals, e.g. ${uk}`;
const STRAY_COMMAS = (text: string) =>
  `"${text}" is not a number in UK style: use a full stop for decimals and a comma only between groups of three digits, e.g. 12,345.6`;

describe("figures in continental style on a KPI sheet", () => {
  // A wide sheet under a title, so its data run from row 3 to row 7 and the June figures are in D.
  const kpiRent = () =>
    sheet("KPI Rent", [
      ["Rent and arrears, 2026/27"],
      ["Indicator", "Target", "Polarity", "Jun-26", "Jul-26"],
      ["Rent collected", "97%", null, "96.5%", "1,2,3"],
      ["Current tenant arrears (£)", "£1.234,5", null, "£12,300", "£1,234,567.50"],
      ["Former tenant arrears (£)", "1,234", null, "12,345,678.5", "1,23"],
      ["Average re-let time (days)", "28", null, "31", "29"],
      ["Tenants satisfied with the rent service", "90", "Higher is better", "95,5", "90"],
    ]);

  it("reports each at its cell, in UK words, and reads none of them as a number", () => {
    const { workbook, shown } = read(kpiRent());
    expect(shown).toEqual([
      `'KPI Rent'!E3: ${STRAY_COMMAS("1,2,3")}`,
      `'KPI Rent'!B4: ${DECIMAL_COMMA("£1.234,5", "£1234.5")}`,
      `'KPI Rent'!E5: ${DECIMAL_COMMA("1,23", "1.23")}`,
      `'KPI Rent'!D7: ${DECIMAL_COMMA("95,5", "95.5")}`,
    ]);
    const figures = workbook.kpiSheets[0]?.indicators.map((indicator) => [
      indicator.indicator,
      indicator.periods.map((period) => [period.actual, period.target]),
    ]);
    expect(figures).toEqual([
      [
        "Rent collected",
        [
          [96.5, 97],
          [undefined, 97],
        ],
      ],
      [
        "Current tenant arrears (£)",
        [
          [12300, undefined],
          [1234567.5, undefined],
        ],
      ],
      [
        "Former tenant arrears (£)",
        [
          [12345678.5, 1234],
          [undefined, 1234],
        ],
      ],
      [
        "Average re-let time (days)",
        [
          [31, 28],
          [29, 28],
        ],
      ],
      [
        "Tenants satisfied with the rent service",
        [
          [undefined, 90],
          [90, 90],
        ],
      ],
    ]);
  });

  it("rates a period whose figure is a problem as having no figure, never as 955", () => {
    const { findings } = scanned(kpiRent());
    const satisfied = findings.kpis.find((k) => k.indicator.startsWith("Tenants satisfied"));
    expect(satisfied?.latest?.actual).toBe(90);
    expect(satisfied?.periods.map((p) => p.status)).toEqual(["No data", "Met"]);
  });

  it("reports a tolerance with a decimal comma at its cell", () => {
    const { shown, workbook } = read(
      sheet("KPI - Repairs", [
        ["Indicator", "Target", "Tolerance", "Apr-26"],
        ["Repairs completed right first time", "90%", "2,5%", "88%"],
        ["Average days to complete a routine repair", "10", "1,000", "12"],
      ])
    );
    expect(shown).toEqual([`'KPI - Repairs'!C2: ${DECIMAL_COMMA("2,5%", "2.5%")}`]);
    expect(workbook.kpiSheets[0]?.indicators.map((i) => i.tolerance)).toEqual([
      undefined,
      { kind: "absolute", value: 1000 },
    ]);
  });
});

describe("figures in continental style on the other sheets", () => {
  it("Members: training", () => {
    const { shown, workbook } = read(
      sheet("Members", [
        ["Name", "Group", "Training %"],
        ["Pat Jones", "General", "87,5%"],
        ["Sam Lee", "General", "87.5%"],
      ])
    );
    expect(shown).toEqual([`Members!C2: ${DECIMAL_COMMA("87,5%", "87.5%")}`]);
    expect(workbook.members?.records.map((m) => m.trainingPercent)).toEqual([undefined, 87.5]);
  });

  it("Settings: whole numbers, fractions and the tolerance; the default stays for each", () => {
    const { shown, workbook } = read(
      sheet("Settings", [
        ["Setting", "Value"],
        ["Meetings a year", "1,0"],
        ["Under-representation threshold", "0,5"],
        ["KPI tolerance (near miss)", "7,5%"],
        ["Most deputies", "1,2,3"],
      ])
    );
    expect(shown).toEqual([
      `Settings!B2: Meetings a year: ${DECIMAL_COMMA("1,0", "1.0")}; the default 10 is used`,
      `Settings!B3: Under-representation threshold: ${DECIMAL_COMMA("0,5", "0.5")}; the default 0.5 is used`,
      `Settings!B4: KPI tolerance (near miss): ${DECIMAL_COMMA("7,5%", "7.5%")}; the default 5% is used`,
      `Settings!B5: Most deputies: ${STRAY_COMMAS("1,2,3")}; the default 4 is used`,
    ]);
    expect(workbook.settings.meetingsPerYear).toBe(10);
  });

  it("Settings: UK figures with thousands separators still read", () => {
    const { shown, workbook } = read(
      sheet("Settings", [
        ["Setting", "Value"],
        ["Meetings a year", "1,000"],
      ])
    );
    expect(shown).toEqual([]);
    expect(workbook.settings.meetingsPerYear).toBe(1000);
  });

  it("Tenant profile: shares", () => {
    const { shown } = read(
      sheet("Tenant profile", [
        ["Dimension", "Group", "Share", "Figures dated"],
        ["Age band", "16-24", "12,5%", "01/04/2026"],
        ["Age band", "25 and over", "87.5%", "01/04/2026"],
      ])
    );
    expect(shown).toContain(`'Tenant profile'!C2: ${DECIMAL_COMMA("12,5%", "12.5%")}`);
  });
});
