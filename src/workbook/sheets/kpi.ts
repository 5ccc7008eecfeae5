import { SheetDefinition } from "../definition";
import { POLARITY_LIST } from "./lists";

/**
 * docs/workbook.md, KPI sheets: any sheet whose header row has an `Indicator` column. Long layout:
 * Indicator, Period, Actual, Target. Wide layout: Indicator, Target, then one column per month. For the
 * TSM publication check, Responses, Population and Timescale.
 */
export const KPI = {
  key: "kpi",
  name: "KPI",
  columns: [
    {
      key: "indicator",
      header: "Indicator",
      aliases: ["KPI", "Measure", "Performance indicator"],
      required: true,
      kind: "text",
    },
    { key: "period", header: "Period", aliases: ["Month"], kind: "month" },
    { key: "actual", header: "Actual", aliases: ["Performance", "Result"], kind: "number" },
    { key: "target", header: "Target", kind: "number" },
    { key: "serviceArea", header: "Service area", kind: "text" },
    {
      key: "polarity",
      header: "Polarity",
      aliases: ["Direction", "Good is"],
      kind: "choice",
      list: POLARITY_LIST,
    },
    { key: "tolerance", header: "Tolerance", kind: "text" },
    { key: "unit", header: "Unit", kind: "text" },
    { key: "code", header: "Code", aliases: ["Ref", "Reference"], kind: "text" },
    // docs/rules.md, "Tenant Satisfaction Measures": the publication check's survey size (TP01–TP12) and
    // the timescale a measure counts against (RP02, CH02), given on the measure's row.
    { key: "responses", header: "Responses", aliases: ["Respondents"], kind: "number" },
    { key: "population", header: "Population", kind: "number" },
    { key: "timescale", header: "Timescale", aliases: ["Target timescale"], kind: "text" },
  ],
} as const satisfies SheetDefinition;
