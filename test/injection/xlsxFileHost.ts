import { Workbook } from "exceljs";
import { WorkbookHost } from "../../src/engine/host";
import { applyPlan, readXlsx, saveXlsx } from "../../src/hosts/xlsx";
import { WritePlan } from "../../src/workbook/plan";
import { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { readWithExceljs } from "../hosts/xlsx/xlsxFiles";

/**
 * The .xlsx host's own functions (readXlsx, applyPlan, saveXlsx) as a `WorkbookHost` over one file,
 * so the task pane's actions (accept a trigger, record a meeting), which the command line does not
 * offer, can run on a file too. Each call reads the file afresh and each plan is saved at once.
 */
export class XlsxFileHost implements WorkbookHost {
  constructor(readonly path: string) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return (await readXlsx(this.path)).snapshot;
  }

  async applyPlan(plan: WritePlan): Promise<void> {
    const { workbook } = await readXlsx(this.path);
    applyPlan(workbook, plan);
    await saveXlsx(workbook, this.path);
  }

  async selectCell(): Promise<void> {
    // Nothing to show in a file.
  }

  /** Changes the file as a person would in another program (exceljs), then saves it. */
  async edit(change: (workbook: Workbook) => void): Promise<void> {
    const workbook = await readWithExceljs(this.path);
    change(workbook);
    await workbook.xlsx.writeFile(this.path);
  }
}
