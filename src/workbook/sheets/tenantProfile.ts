import { REPRESENTATION_DIMENSIONS } from "../../domain/members/representation";
import { SheetDefinition } from "../definition";

/**
 * §4.4: the Tenant profile (optional): the age and ethnicity profile of the council's tenants,
 * one group a row — `Dimension` (`Age band` or `Ethnicity`), `Group` (`16–24`, `White`…) and `Share`
 * of tenants (`12%`, `12`, or 0.12 in a cell formatted as a percentage; a dimension's shares add up to
 * 100%). The date of the figures goes in the `Figures dated` column: on any row, and the same on every
 * row that gives it. A `Figures dated` row, or a date above the table, is not read: it is reported, so
 * the panel knows how current the figures are.
 */
export const TENANT_PROFILE = {
  key: "tenantProfile",
  name: "Tenant profile",
  aliases: ["Tenants profile", "Tenant demographics", "Profile of tenants"],
  columns: [
    {
      key: "dimension",
      header: "Dimension",
      aliases: ["Characteristic", "Profile"],
      required: true,
      kind: "choice",
      list: REPRESENTATION_DIMENSIONS,
    },
    {
      key: "group",
      header: "Group",
      aliases: ["Band", "Category"],
      required: true,
      kind: "text",
    },
    {
      key: "share",
      header: "Share",
      aliases: ["Share of tenants", "Tenants", "Percentage", "Percent"],
      required: true,
      kind: "percent",
    },
    {
      key: "figuresDated",
      header: "Figures dated",
      aliases: ["Date of figures", "Dated", "As at"],
      kind: "date",
    },
  ],
} as const satisfies SheetDefinition;
