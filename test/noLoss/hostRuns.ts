import { promises as fs } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import { runScan } from "../../src/cli/scanCommand";
import { createPanelSession } from "../../src/engine/panelSession";
import { MemoryHost } from "../../src/hosts/memory/memoryHost";
import { describeProblem } from "../../src/workbook/problems";
import { hostOn } from "../hosts/excel/excelTestKit";
import { cellOf, FakeFormula } from "../hosts/excel/fakeWorkbook";
import { Fixture, xlsxWorkbookOf } from "./fixtures";
import { fakeState, memoryState, SheetState, xlsxState } from "./workbookState";

/** A fixture before and after one scan through a host. */
export interface HostRun {
  before: SheetState[];
  after: SheetState[];
  /** Excel fake: formulas Excel made from strings it was given. */
  formulasMade?: FakeFormula[];
  /** .xlsx: whether the input file is byte for byte as it was. */
  inputUnchanged?: boolean;
  /** What the user is told: the problems (task pane), or the lines printed (command line). */
  told: string[];
}

export type HostName = "memory" | "xlsx (CLI)" | "Excel (fake)";
export const HOST_NAMES: HostName[] = ["memory", "xlsx (CLI)", "Excel (fake)"];

/** Scans the fixture through the host as the task pane or the command line would. */
export function runOn(host: HostName, fixture: Fixture, folder: string): Promise<HostRun> {
  switch (host) {
    case "memory":
      return memoryRun(fixture);
    case "xlsx (CLI)":
      return cliRun(fixture, folder);
    case "Excel (fake)":
      return fakeRun(fixture);
  }
}

async function memoryRun(fixture: Fixture): Promise<HostRun> {
  const host = new MemoryHost(fixture.sheets);
  const before = memoryState(host.workbook.sheets);
  const outcome = await createPanelSession(host, () => fixture.asOf).scan();
  return {
    before,
    after: memoryState(host.workbook.sheets),
    told: outcome.problems.map(describeProblem),
  };
}

async function fakeRun(fixture: Fixture): Promise<HostRun> {
  const { excel, host } = hostOn(fixture.sheets);
  for (const { sheet, row, column, formula } of fixture.formulas)
    cellOf(excel.sheet(sheet), row, column).formula = formula;
  const before = fakeState(excel.sheets);
  const outcome = await createPanelSession(host, () => fixture.asOf).scan();
  return {
    before,
    after: fakeState(excel.sheets),
    formulasMade: excel.formulas,
    told: outcome.problems.map(describeProblem),
  };
}

async function cliRun(fixture: Fixture, folder: string): Promise<HostRun> {
  const input = join(folder, "input.xlsx");
  const output = join(folder, "output.xlsx");
  if (fixture.file) await fs.copyFile(fixture.file, input);
  else await xlsxWorkbookOf(fixture).xlsx.writeFile(input);
  const bytes = await fs.readFile(input);
  const told: string[] = [];
  const io = { out: (line: string) => void told.push(line), err: () => undefined };
  await runScan({ input, out: output, asOf: fixture.asOf }, io);
  return {
    before: xlsxState(await opened(input)),
    after: xlsxState(await opened(output)),
    inputUnchanged: bytes.equals(await fs.readFile(input)),
    told,
  };
}

async function opened(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
