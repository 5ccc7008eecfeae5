import { SheetDefinition } from "../definition";
import { MEETING_TYPE_LIST, YES_NO_WORDS } from "./lists";

/** docs/workbook.md, Meetings. */
export const MEETINGS = {
  key: "meetings",
  name: "Meetings",
  aliases: ["Meeting", "Meeting dates"],
  columns: [
    { key: "date", header: "Date", aliases: ["Meeting date"], required: true, kind: "date" },
    {
      key: "type",
      header: "Type",
      aliases: ["Meeting type"],
      kind: "choice",
      list: MEETING_TYPE_LIST,
    },
    {
      key: "noticeSent",
      header: "Notice sent",
      aliases: ["Notice date", "Notice given"],
      kind: "date",
    },
    { key: "notes", header: "Notes", kind: "text" },
    { key: "present", header: "Present", kind: "number", owned: true },
    { key: "membership", header: "Membership", kind: "number", owned: true },
    { key: "quorate", header: "Quorate", kind: "choice", owned: true, list: YES_NO_WORDS },
    {
      key: "notice",
      header: "Notice",
      kind: "text",
      owned: true,
      // domain/meetings/notice.ts: `OK`, or `Short: 3 clear working days` (§8.6).
      written: /^(OK|Short: \d+ clear working days?)$/,
    },
  ],
} as const satisfies SheetDefinition;
