/** The sample's KPI sheets: a wide layout, a long layout, the Tenant Satisfaction Measures by code. */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";

/** A year of monthly returns, November 2025 to October 2026. */
const KPI_MONTHS = [
  "Nov-25",
  "Dec-25",
  "Jan-26",
  "Feb-26",
  "Mar-26",
  "Apr-26",
  "May-26",
  "Jun-26",
  "Jul-26",
  "Aug-26",
  "Sep-26",
  "Oct-26",
];

/** A wide row: the figures as officers type them ("97.4%" as text, days as numbers). */
const wide = (
  indicator: string,
  code: string,
  target: RawCell,
  polarity: string,
  figures: string
): RawCell[] => [
  indicator,
  code,
  target,
  polarity,
  ...figures
    .split(" ")
    .map((figure) => (figure === "-" ? null : figure.endsWith("%") ? figure : Number(figure))),
];

/** Wide layout, with a title row above the headers: rent and voids. */
export function rentKpis(): MemorySheet {
  return {
    name: "KPI - Rent",
    cells: [
      ["Rent and voids performance, November 2025 to October 2026"],
      ["Indicator", "Code", "Target", "Polarity", ...KPI_MONTHS],
      // Met until March, then a near miss every month since April: 7 in a row.
      wide(
        "Rent collected as % of rent due",
        "RENT-COLLECTED",
        "97%",
        "",
        "97.4% 97.2% 97.0% 97.8% 98.1% 96.1% 96.4% 95.8% 96.0% 95.9% 96.2% 96.0%"
      ),
      wide(
        "Current tenant arrears (%)",
        "",
        "2.5%",
        "",
        "2.4% 2.4% 2.5% 2.3% 2.2% 2.3% 2.4% 2.4% 2.6% 2.5% 2.4% 2.4%"
      ),
      // Missed target in each of the last three months.
      wide("Average re-let time (days)", "", 28, "", "25 27 26 28 27 31 29 27 26 33 35 41"),
      // October's figure not in yet: No data for that month, not a miss.
      wide(
        "Rent lost on empty homes as % of rent due",
        "",
        "1.0%",
        "",
        "0.8% 0.9% 1.0% 0.9% 0.8% 0.9% 1.0% 0.8% 0.9% 0.9% 1.0% -"
      ),
      wide(
        "Households in temporary accommodation",
        "",
        "",
        "Context only",
        "98 101 104 107 110 112 118 121 119 125 131 128"
      ),
    ],
  };
}

/** Long layout: one row per indicator per month; a blank target takes the earlier one. Repairs, ASB, complaints. */
export function serviceKpis(): MemorySheet {
  const series: [string, number, string][] = [
    [
      "Emergency repairs completed within target",
      99,
      "99.5 99.3 99.0 99.6 99.4 99.2 98.8 99.4 99.1 98.0 97.5 96.9",
    ],
    [
      "Repairs completed right first time",
      90,
      "92.1 91.5 90.8 91.2 90.6 91.0 90.4 88.0 86.5 85.1 87.9 86.2",
    ],
    [
      "Repair appointments made and kept",
      95,
      "95.2 96.4 95.1 96.0 97.2 96.0 95.5 97.0 96.2 95.8 96.1 95.9",
    ],
    ["ASB cases resolved", 85, "86.0 88.1 84.2 87.5 89.0 86.3 87.7 85.9 88.4 86.1 87.2 85.5"],
    [
      "Stage 1 complaints responded to within 10 working days",
      95,
      "96.1 95.0 97.3 94.2 96.8 95.5 97.0 96.4 95.9 96.6 95.2 96.9",
    ],
  ];
  const cells: RawCell[][] = [["Indicator", "Period", "Actual", "Target", "Unit"]];
  for (const [name, target, actuals] of series) {
    actuals
      .split(" ")
      .forEach((actual, i) =>
        cells.push([name, KPI_MONTHS[i] as string, Number(actual), i === 0 ? target : null, "%"])
      );
  }
  return { name: "KPI - Services", cells };
}

/** Tenant Satisfaction Measures by code (the catalogue gives polarity and service area). */
export function satisfactionKpis(): MemorySheet {
  return {
    name: "TSM",
    cells: [
      ["Code", "Indicator", "Target", "2024-04", "2025-04", "2026-04"],
      ["TP01", "Overall satisfaction", 75, 71.2, 72.5, 74.0],
      ["TP09", "Satisfaction with complaints handling", 40, 33.1, 34.0, 31.5],
      ["CH01(1)", "Stage one complaints per 1,000 homes", null, 38.2, 41.0, 44.7],
      ["NM01(1)", "Anti-social behaviour cases per 1,000 homes", null, 45.0, 42.1, 39.8],
    ],
  };
}
