import { SheetDefinition } from "../../src/workbook/definition";
import * as sheets from "../../src/workbook/sheets";

/**
 * Every sheet definition but KPI's, from the one place they live (docs/development.md: one definition per
 * sheet), so a sheet added there is fuzzed and checked too. These sheets are found by name; any other
 * sheet (a KPI sheet, notes) is the officers' and is never written.
 */
export const REGISTERS: readonly SheetDefinition[] = (Object.values(sheets) as unknown[]).filter(
  (value): value is SheetDefinition =>
    typeof value === "object" &&
    value !== null &&
    "columns" in value &&
    "name" in value &&
    value !== sheets.KPI
);
