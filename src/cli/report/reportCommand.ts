import { promises as fs } from "fs";
import { basename, dirname, extname, join } from "path";
import { Day } from "../../domain/calendar/days";
import { scan } from "../../engine/scan";
import { readXlsx, XlsxReadError } from "../../hosts/xlsx";
import { CliError } from "../cliError";
import { Io, makeFolderFor } from "../output";
import { refuseToWriteOver, sameFile } from "../sameFile";
import { reportDate } from "./opening";
import { findChromium, printToPdf } from "./pdf";
import { reportHtml } from "./reportHtml";
import { writeTextFile } from "./writeText";

export interface ReportCommand {
  input: string;
  /** The HTML page (default: WORKBOOK.report.html beside the workbook). */
  out?: string;
  /** Also print the page to this PDF with headless Chromium. */
  pdf?: string;
  asOf: Day;
  /** Finds the browser for --pdf (tests give their own). */
  findBrowser?: () => Promise<string | undefined>;
}

/** `tosp report`: the Tenants' Forum report from a workbook, as HTML (and PDF); never changes the workbook. */
export async function runReport(command: ReportCommand, io: Io): Promise<void> {
  const { input, pdf, asOf } = command;
  const out = command.out ?? defaultReport(input);
  // Before anything is read or written: neither the page nor the PDF is the workbook, by any name
  // (sameFile.ts), and the PDF is not the page.
  await refuseToWriteOver(input, out, command.out === undefined ? "The report" : "--out");
  if (pdf !== undefined) {
    await refuseToWriteOver(input, pdf, "--pdf");
    if ((await sameFile(out, pdf)) !== undefined)
      throw new CliError("--pdf and the HTML report are the same file: name another for --pdf");
  }

  const { snapshot } = await readXlsx(input).catch((error: unknown) => {
    throw error instanceof XlsxReadError ? new CliError(error.message) : error;
  });
  const { findings, problems } = scan(snapshot, { asOf });
  const madeFolder = await makeFolderFor(out);
  await writeTextFile(
    out,
    reportHtml(findings, { workbookName: basename(input), problems: problems.length })
  );
  if (madeFolder) io.out(madeFolder);
  io.out(`Wrote ${out}: the Tenants' Forum report (${reportDate(findings)}).`);
  if (problems.length > 0)
    io.out(
      `The workbook has ${problems.length} cell${problems.length === 1 ? "" : "s"} to put right: tosp scan ${input} lists them.`
    );
  if (pdf === undefined) return;

  const browser = await (command.findBrowser ?? findChromium)();
  const madePdfFolder = browser === undefined ? undefined : await makeFolderFor(pdf);
  await printToPdf(browser, out, pdf);
  if (madePdfFolder) io.out(madePdfFolder);
  const { size } = await fs.stat(pdf);
  io.out(`Wrote ${pdf} (${Math.max(1, Math.round(size / 1024))} KB), printed with ${browser}.`);
}

/** `Members.xlsx` → `Members.report.html`, in the same folder. */
export function defaultReport(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.report.html`);
}
