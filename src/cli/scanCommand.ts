import { promises as fs } from "fs";
import { basename, dirname, extname, join } from "path";
import { Day, formatUkDate } from "../domain/calendar/days";
import { panelYearLabel } from "../domain/calendar/panelYear";
import { scan } from "../engine/scan";
import { applyPlan, readXlsx, XlsxReadError } from "../hosts/xlsx";
import { WritePlan } from "../workbook/plan";
import { CliError } from "./cliError";
import { Io, makeFolderFor, writeWorkbook } from "./output";
import { FileLookup, refuseToWriteOver } from "./sameFile";
import { summaryText } from "./summaryText";

export interface ScanCommand {
  input: string;
  out?: string;
  asOf: Day;
  /** How files are compared with the workbook (tests give a simulated disk). */
  files?: FileLookup;
}

/** Workbooks larger than this get progress lines on stderr while they are read and written. */
const LARGE_WORKBOOK_BYTES = 1_000_000;

/** `tosp scan`: read the workbook, apply every rule, write OUT (never the input), report. */
export async function runScan({ input, out, asOf, files }: ScanCommand, io: Io): Promise<void> {
  const output = out ?? defaultOutput(input);
  // Before anything is read: the workbook is never the output, by any name (sameFile.ts).
  await refuseToWriteOver(input, output, out === undefined ? "The scanned copy" : "--out", files);
  const progress = (await isLarge(input)) ? io.err : () => undefined;

  progress(`Reading ${input}…`);
  const { workbook, snapshot } = await readXlsx(input).catch((error: unknown) => {
    throw error instanceof XlsxReadError ? new CliError(error.message) : error;
  });
  refuseWrongExtension(workbook.macroEnabled, output);
  progress(`Scanning ${snapshot.sheets.length} sheets…`);
  const result = scan(snapshot, { asOf });
  applyPlan(workbook, result.plan);
  progress(`Writing ${output}…`);
  const madeFolder = await makeFolderFor(output);
  await writeWorkbook(workbook, output);

  io.out(
    `Scanned ${input} as at ${formatUkDate(asOf)} (panel year ${panelYearLabel(result.findings.panelYear)}).`
  );
  io.out("");
  for (const line of summaryText(result.findings, result.problems)) io.out(line);
  io.out("");
  if (madeFolder) io.out(madeFolder);
  io.out(`Wrote ${output}: ${planText(result.plan)}.`);
}

/**
 * `Members.xlsx` → `Members.scanned.xlsx`, in the same folder; a macro-enabled `Members.xlsm` →
 * `Members.scanned.xlsm` (its macros are kept, and Excel opens macros only from an .xlsm).
 */
export function defaultOutput(input: string): string {
  const extension = extname(input);
  const kept = extension.toLowerCase() === ".xlsm" ? extension : ".xlsx";
  return join(dirname(input), `${basename(input, extension)}.scanned${kept}`);
}

/** Excel refuses an .xlsx that holds macros, and an .xlsm that does not: the copy keeps the workbook's kind. */
function refuseWrongExtension(macroEnabled: boolean, output: string): void {
  const extension = extname(output).toLowerCase();
  if (macroEnabled && extension !== ".xlsm")
    throw new CliError(
      `${output} must end .xlsm: the workbook has macros, which the copy keeps, and Excel opens a workbook with macros only as .xlsm`
    );
  if (!macroEnabled && extension === ".xlsm")
    throw new CliError(
      `${output} must end .xlsx: the workbook has no macros, and Excel opens an .xlsm only when it has`
    );
}

function planText(plan: WritePlan): string {
  const claimed = (plan.addNames ?? []).length;
  // A workbook an earlier version scanned gets only the add-in's marks on its sheets and columns.
  const marks =
    claimed > 0
      ? `marked ${claimed} of the add-in's sheets and columns as its own (names TOSP_…)`
      : "";
  if (plan.sheets.length === 0) return marks || "nothing needed changing";
  const cells = plan.sheets.reduce((n, sheet) => n + sheet.writes.length, 0);
  const created = plan.sheets.filter((s) => s.create).map((s) => s.sheet);
  const updated = plan.sheets.filter((s) => !s.create).map((s) => s.sheet);
  return [
    `${cells} cell${cells === 1 ? "" : "s"} written`,
    // Quoted: a sheet name may hold a comma ("You said, we did").
    created.length > 0 ? `added ${created.map((name) => `"${name}"`).join(", ")}` : "",
    updated.length > 0 ? `updated ${updated.map((name) => `"${name}"`).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

async function isLarge(path: string): Promise<boolean> {
  const stat = await fs.stat(path).catch(() => undefined);
  return (stat?.size ?? 0) > LARGE_WORKBOOK_BYTES;
}
