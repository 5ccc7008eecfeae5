import { SheetDefinition } from "../definition";

/**
 * docs/workbook.md, Attendance: `Member`, then one column per meeting whose header is the meeting's date;
 * cells P, A, R, blank or -. The meeting columns are found by their date headers, not defined here.
 */
export const ATTENDANCE = {
  key: "attendance",
  name: "Attendance",
  aliases: ["Attendance register", "Register"],
  columns: [
    {
      key: "member",
      header: "Member",
      aliases: ["Name", "Member name"],
      required: true,
      kind: "text",
    },
  ],
} as const satisfies SheetDefinition;
