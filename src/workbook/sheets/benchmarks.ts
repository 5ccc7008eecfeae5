import { SheetDefinition } from "../definition";

/**
 * docs/workbook.md, Benchmarks (optional): published quartiles for a measure (such as the Regulator's TSM
 * statistics for local authority landlords), by `Code` or `Indicator`, with their source. They give KPI
 * status its `Quartile` column and the optional Benchmark trigger.
 */
export const BENCHMARKS = {
  key: "benchmarks",
  name: "Benchmarks",
  aliases: ["Benchmark", "TSM benchmarks", "Quartiles"],
  columns: [
    { key: "code", header: "Code", aliases: ["TSM code"], kind: "text" },
    {
      key: "indicator",
      header: "Indicator",
      aliases: ["Measure", "KPI", "Performance indicator"],
      kind: "text",
    },
    { key: "lowerQuartile", header: "Lower quartile", kind: "number" },
    { key: "median", header: "Median", required: true, kind: "number" },
    { key: "upperQuartile", header: "Upper quartile", kind: "number" },
    { key: "source", header: "Source", aliases: ["Published by"], kind: "text" },
  ],
} as const satisfies SheetDefinition;

/**
 * docs/workbook.md, KPI sheets ("TSM survey details"): the tenant perception survey behind TP01–TP12, for
 * the publication check's margin of error, when the KPI sheets do not give it measure by measure.
 */
export const TSM_SURVEY = {
  key: "tsmSurvey",
  name: "TSM survey",
  aliases: ["TSM survey details", "Tenant survey", "Perception survey"],
  columns: [
    { key: "survey", header: "Survey", aliases: ["Year"], kind: "text" },
    {
      key: "responses",
      header: "Responses",
      aliases: ["Respondents"],
      required: true,
      kind: "number",
    },
    {
      key: "population",
      header: "Population",
      aliases: ["Homes surveyed", "Households"],
      required: true,
      kind: "number",
    },
    { key: "source", header: "Source", aliases: ["Method"], kind: "text" },
  ],
} as const satisfies SheetDefinition;
