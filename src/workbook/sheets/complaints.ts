import { SheetDefinition } from "../definition";

/** WORKBOOK.md, Complaints (optional log). */
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
    { key: "serviceArea", header: "Service area", kind: "text" },
    { key: "stage", header: "Stage", kind: "text" },
    { key: "responded", header: "Responded", aliases: ["Date responded"], kind: "date" },
  ],
} as const satisfies SheetDefinition;
