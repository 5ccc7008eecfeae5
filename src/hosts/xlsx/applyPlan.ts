import { WritePlan } from "../../workbook/plan";
import { XlsxPackage } from "./xlsxPackage";

/**
 * Carries out a write plan on an opened package (docs/development.md: the engine decides, hosts only write).
 * Text is always a string, never a formula; dates are serials with a date format; every cell the plan
 * does not name keeps its value, style and formula, and every part it does not touch its bytes.
 */
export function applyPlan(workbook: XlsxPackage, plan: WritePlan): void {
  workbook.applyPlan(plan);
}
