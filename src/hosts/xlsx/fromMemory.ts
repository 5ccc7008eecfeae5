import { CellWrite, SheetLayout, WriteValue } from "../../workbook/plan";
import { RawCell } from "../../workbook/snapshot";
import { MemorySheet } from "../../workbook/memorySheet";
import { blankWorkbook } from "./blankWorkbook";
import { XlsxPackage } from "./xlsxPackage";

/**
 * A new .xlsx package holding the memory host's sheets (the demo workbook): values as they are, dates
 * as serials with their number format, and, for a sheet given a layout, that layout (a table,
 * drop-downs, colours, widths, frozen headers and print set-up) as Set up would give it.
 */
export function workbookFromMemory(
  sheets: readonly MemorySheet[],
  layouts: Readonly<Record<string, SheetLayout>> = {}
): XlsxPackage {
  const workbook = blankWorkbook();
  workbook.applyPlan({
    sheets: sheets.map((sheet) => {
      const layout = layouts[sheet.name];
      return {
        sheet: sheet.name,
        create: true,
        definition: "",
        writes: writesOf(sheet),
        ...(layout ? { layout } : {}),
      };
    }),
  });
  return workbook;
}

function writesOf(sheet: MemorySheet): CellWrite[] {
  const writes: CellWrite[] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = writeOf(cell, sheet.formats?.[r]?.[c]);
      if (value) writes.push({ row: r, column: c, value });
    })
  );
  return writes;
}

function writeOf(cell: RawCell, format: string | undefined): WriteValue | undefined {
  // A blank cell keeps its format (a date column ready for the dates officers will type).
  if (cell === null || cell === "") return format ? { kind: "blank", format } : undefined;
  if (typeof cell === "string") return { kind: "text", text: cell };
  if (typeof cell === "number")
    return { kind: "number", value: cell, ...(format ? { format } : {}) };
  throw new Error(`The sample workbook holds a ${typeof cell} cell, which it has no way to write`);
}
