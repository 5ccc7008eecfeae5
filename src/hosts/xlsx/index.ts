/** The .xlsx file host (DESIGN.md): read a snapshot, apply a plan, save, over exceljs. */
export { readXlsx, snapshotOf, XlsxReadError } from "./readXlsx";
export type { XlsxWorkbook } from "./readXlsx";
export { applyPlan } from "./applyPlan";
export { saveXlsx } from "./saveXlsx";
export { workbookFromMemory } from "./fromMemory";
