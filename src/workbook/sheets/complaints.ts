import { SheetDefinition } from "../definition";
import { COMPLAINT_STAGE_LIST } from "./lists";

/**
 * The `Code` column's words (docs/rules.md, "Complaints"; domain/complaints/handlingCode.ts's
 * describeCodeStatus): a same-named column holding other text is the officers' (engine/ownership.ts).
 */
export const CODE_STATUS_WRITTEN = /^(Within the Code|Open|(Late|Overdue): \d+ working days?)$/;

/**
 * docs/workbook.md, Complaints (optional log): Date received and Theme give the complaints-theme trigger;
 * the dates give the Complaint Handling Code's clocks, which the add-in keeps in `Stage 1 due`,
 * `Stage 2 due` and `Code`. A reference only, never a tenant's name or address (§13.3).
 */
export const COMPLAINTS = {
  key: "complaints",
  name: "Complaints",
  aliases: ["Complaints log", "Complaint log"],
  columns: [
    {
      key: "received",
      header: "Date received",
      aliases: ["Received", "Date"],
      required: true,
      kind: "date",
    },
    {
      key: "theme",
      header: "Theme",
      aliases: ["Complaint theme", "Category"],
      required: true,
      kind: "text",
    },
    {
      key: "reference",
      header: "Reference",
      aliases: ["Ref", "Complaint reference", "Case reference"],
      kind: "text",
    },
    { key: "serviceArea", header: "Service area", kind: "text" },
    { key: "stage", header: "Stage", kind: "choice", list: COMPLAINT_STAGE_LIST },
    {
      key: "acknowledged",
      header: "Acknowledged",
      aliases: ["Date acknowledged", "Stage 1 acknowledged"],
      kind: "date",
    },
    { key: "extendedTo", header: "Extended to", aliases: ["Stage 1 extended to"], kind: "date" },
    {
      key: "responded",
      header: "Responded",
      aliases: ["Date responded", "Stage 1 responded"],
      kind: "date",
    },
    { key: "escalated", header: "Escalated", aliases: ["Date escalated"], kind: "date" },
    { key: "stage2Acknowledged", header: "Stage 2 acknowledged", kind: "date" },
    { key: "stage2ExtendedTo", header: "Stage 2 extended to", kind: "date" },
    { key: "stage2Responded", header: "Stage 2 responded", kind: "date" },
    { key: "stage1Due", header: "Stage 1 due", kind: "date", owned: true },
    { key: "stage2Due", header: "Stage 2 due", kind: "date", owned: true },
    { key: "code", header: "Code", kind: "text", owned: true, written: CODE_STATUS_WRITTEN },
  ],
} as const satisfies SheetDefinition;
