import { SheetDefinition } from "../definition";

/**
 * docs/workbook.md, Settings: one setting a row, its value beside it; the add-in's template adds a third
 * column naming the source of each statutory figure. A sheet of two columns still works.
 */
export const SETTINGS = {
  key: "settings",
  name: "Settings",
  aliases: ["Panel settings"],
  columns: [
    { key: "setting", header: "Setting", required: true, kind: "text" },
    { key: "value", header: "Value", required: true, kind: "text" },
    { key: "source", header: "Source", kind: "text" },
  ],
} as const satisfies SheetDefinition;
