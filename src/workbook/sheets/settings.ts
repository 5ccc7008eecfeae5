import { SheetDefinition } from "../definition";

/** WORKBOOK.md, Settings: two columns, one setting a row. */
export const SETTINGS = {
  key: "settings",
  name: "Settings",
  aliases: ["Panel settings"],
  columns: [
    { key: "setting", header: "Setting", required: true, kind: "text" },
    { key: "value", header: "Value", required: true, kind: "text" },
  ],
} as const satisfies SheetDefinition;
