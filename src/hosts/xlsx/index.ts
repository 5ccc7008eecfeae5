/**
 * The .xlsx file host (docs/development.md): read a snapshot as each sheet's XML streams out of the zip, apply a
 * plan as a patch of the package, save. README "Dependencies" says why yauzl, fflate and saxes.
 */
export { readXlsx, XlsxReadError } from "./readXlsx";
export type { XlsxWorkbook } from "./readXlsx";
export { XlsxPackage } from "./xlsxPackage";
export { applyPlan } from "./applyPlan";
export { saveXlsx, xlsxBytes } from "./saveXlsx";
export { workbookFromMemory } from "./fromMemory";
