import { SheetDefinition } from "../definition";
import { ORIGIN_LIST, YES_NO_WORDS } from "./lists";

/** docs/workbook.md, Reviews (the review programme). */
export const REVIEWS = {
  key: "reviews",
  name: "Reviews",
  aliases: ["Review programme", "Programme"],
  columns: [
    {
      key: "review",
      header: "Review",
      aliases: ["Review title", "Service review"],
      required: true,
      kind: "text",
    },
    { key: "panelYear", header: "Panel year", aliases: ["Year"], required: true, kind: "text" },
    { key: "serviceArea", header: "Service area", kind: "text" },
    { key: "origin", header: "Origin", aliases: ["Trigger"], kind: "choice", list: ORIGIN_LIST },
    { key: "stage", header: "Stage", kind: "text" },
    { key: "informationRequested", header: "Information requested", kind: "date" },
    { key: "alternativeDeadline", header: "Alternative deadline", kind: "date" },
    { key: "informationReceived", header: "Information received", kind: "date" },
    { key: "reportToTeamManager", header: "Report to team manager", kind: "date" },
    { key: "managerCommentsReceived", header: "Manager comments received", kind: "date" },
    { key: "nextDeadline", header: "Next deadline", kind: "date", owned: true },
    { key: "overdue", header: "Overdue", kind: "choice", owned: true, list: YES_NO_WORDS },
  ],
} as const satisfies SheetDefinition;
