/** The Tenant Satisfaction Measures as published, the survey behind them, quartiles to compare. */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";

/**
 * The TSM sheet as published: the timescale CH02 counts against, CH02 for 2025/26 in both parts (stage
 * 1 at 95%, which the log does not bear out), and NM01's second part; CH01's second part is left out, a
 * gap the publication check names (docs/rules.md, Tenant Satisfaction Measures).
 */
export function withTsmPublication(sheet: MemorySheet): MemorySheet {
  const [header, ...rows] = sheet.cells as RawCell[][];
  const timescale = 3;
  const withColumn = (row: RawCell[], value: RawCell): RawCell[] => [
    ...row.slice(0, timescale),
    value,
    ...row.slice(timescale),
  ];
  const code = "Complaint Handling Code: 10 working days from acknowledgement at stage 1";
  return {
    ...sheet,
    cells: [
      withColumn(header as RawCell[], "Timescale"),
      ...rows.map((row) => withColumn(row, null)),
      [
        "NM01(2)",
        "Anti-social behaviour cases that involve hate incidents per 1,000 homes",
        null,
        null,
        1.2,
        0.9,
        1.1,
      ],
      ["CH02(1)", "Stage one complaints responded to within the Code", 95, code, null, 95.0, null],
      [
        "CH02(2)",
        "Stage two complaints responded to within the Code",
        95,
        "Complaint Handling Code: 20 working days from acknowledgement at stage 2",
        null,
        100,
        null,
      ],
    ],
  };
}

/** The tenant perception survey behind TP01 and TP09 (made-up): too few responses for ±4 points. */
export function tsmSurvey(): MemorySheet {
  return {
    name: "TSM survey",
    cells: [
      ["Survey", "Responses", "Population", "Source"],
      ["2026/27 tenant perception survey", 410, 8367, "Made-up figures for the sample workbook"],
    ],
  };
}

/**
 * Quartiles to compare the landlord with others (made-up figures, laid out as the Regulator publishes
 * its TSM statistics for local authority landlords): TP09 falls in the bottom quartile, a Benchmark
 * trigger.
 */
export function benchmarks(): MemorySheet {
  const source = "Made-up quartiles for the sample workbook";
  return {
    name: "Benchmarks",
    cells: [
      ["Code", "Indicator", "Lower quartile", "Median", "Upper quartile", "Source"],
      ["TP01", "Overall satisfaction", 64.2, 70.1, 75.3, source],
      ["TP09", "Satisfaction with complaints handling", 32.8, 36.0, 40.1, source],
      ["CH01(1)", "Stage one complaints received per 1,000 homes", 25.1, 34.9, 46.3, source],
      ["CH02(1)", "Stage one complaints responded to within the Code", 79.0, 88.5, 95.2, source],
      [null, "Average re-let time (days)", 28, 37, 52, source],
    ],
  };
}
