import { SheetDefinition } from "../definition";
import { YES_NO_LIST } from "./lists";

/** docs/workbook.md, Recommendations. */
export const RECOMMENDATIONS = {
  key: "recommendations",
  name: "Recommendations",
  aliases: ["Recommendation", "Recommendations log"],
  columns: [
    { key: "review", header: "Review", required: true, kind: "text" },
    { key: "recommendation", header: "Recommendation", required: true, kind: "text" },
    { key: "accepted", header: "Accepted", kind: "yesNo", list: YES_NO_LIST },
    { key: "owner", header: "Owner", kind: "text" },
    { key: "due", header: "Due", aliases: ["Due date"], kind: "date" },
    { key: "implemented", header: "Implemented", aliases: ["Date implemented"], kind: "date" },
    { key: "status", header: "Status", kind: "text" },
    // §2.6: what the implemented recommendation changed, for "You said, we did".
    {
      key: "whatChanged",
      header: "What changed",
      aliases: ["Outcome", "What we did", "Change"],
      kind: "text",
    },
    { key: "impactAssessmentDue", header: "Impact assessment due", kind: "date", owned: true },
  ],
} as const satisfies SheetDefinition;
