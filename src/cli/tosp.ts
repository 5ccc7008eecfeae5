#!/usr/bin/env node
import { Day, dayFromIso, dayOf } from "../domain/calendar/days";
import { CliError, EXIT_BUG, EXIT_CANNOT, EXIT_OK } from "./cliError";
import { parseCommandLine, tospVersion } from "./commandLine";
// The commands (the .xlsx host, the engine) are loaded only when one runs: help and argument errors are quick.
import type { Io } from "./output";

const DEFAULT_DEMO_FILE = "tosp-demo.xlsx";

/** `tosp`: the panel workbook from the command line (docs/workbook.md, "The command line"). */
export const HELP = `tosp: the Tenants' Overview and Scrutiny Panel workbook, from the command line

Usage:
  tosp scan WORKBOOK.xlsx [--out OUT.xlsx] [--as-of YYYY-MM-DD]
      Reads the workbook, applies the panel's rules and writes the result to OUT
      (default: WORKBOOK.scanned.xlsx beside it; the workbook itself is never changed).
      Prints a summary and every problem with its cell address.
      --as-of fixes "today" for every rule (default: today's date).
  tosp report WORKBOOK.xlsx [--out REPORT.html] [--pdf REPORT.pdf] [--as-of YYYY-MM-DD]
      Writes the report to the Tenants' Forum as one printable web page (default:
      WORKBOOK.report.html beside the workbook, which is never changed): summary, KPI
      status by service area, review triggers and decisions, reviews and deadlines,
      recommendations and impact, attendance and membership.
      --pdf also prints it to a PDF with Chromium (CHROMIUM_PATH, or chromium on the PATH).
  tosp demo [--out FILE]
      Writes a sample panel workbook to try it on (default: ${DEFAULT_DEMO_FILE}).
  tosp help (or tosp --help)
      Shows this.
  tosp --version
      Shows which version of tosp this is.

Exit status: 0 when done (problems in cells are reported, not failures); 2 when a
file cannot be read or written or the arguments are wrong, with one line saying why.`;

export async function main(args: string[], io: Io, today: () => Day = localToday): Promise<number> {
  try {
    const line = parseCommandLine(args);
    const { command, rest } = line;
    if (line.help || command === "help") {
      io.out(HELP);
      return EXIT_OK;
    }
    if (line.version || command === "version") {
      io.out(`tosp ${tospVersion()}`);
      return EXIT_OK;
    }
    switch (command) {
      case "scan": {
        if (rest.length !== 1)
          throw new CliError("tosp scan needs one workbook: tosp scan WORKBOOK.xlsx");
        if (line.pdf !== undefined) throw new CliError("--pdf is for tosp report");
        const asOf = line.asOf === undefined ? today() : parseAsOf(line.asOf);
        const { runScan } = await import("./scanCommand");
        await runScan({ input: rest[0] as string, out: line.out, asOf }, io);
        return EXIT_OK;
      }
      case "demo": {
        if (rest.length > 0 || line.asOf !== undefined || line.pdf !== undefined)
          throw new CliError("tosp demo takes only --out FILE");
        const { runDemo } = await import("./demoCommand");
        await runDemo(line.out ?? DEFAULT_DEMO_FILE, io);
        return EXIT_OK;
      }
      case "report": {
        if (rest.length !== 1)
          throw new CliError("tosp report needs one workbook: tosp report WORKBOOK.xlsx");
        const asOf = line.asOf === undefined ? today() : parseAsOf(line.asOf);
        const { runReport } = await import("./report/reportCommand");
        await runReport({ input: rest[0] as string, out: line.out, pdf: line.pdf, asOf }, io);
        return EXIT_OK;
      }
      case undefined:
        throw new CliError(
          "Say what to do: tosp scan WORKBOOK.xlsx, tosp report WORKBOOK.xlsx, or tosp demo (tosp help for more)"
        );
      default:
        throw new CliError(
          `${command} is not a tosp command: use scan, report or demo (tosp help for more)`
        );
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`tosp: ${error.message}`);
      return EXIT_CANNOT;
    }
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_BUG;
  }
}

function parseAsOf(text: string): Day {
  try {
    return dayFromIso(text);
  } catch {
    throw new CliError(
      `--as-of must be a date written YYYY-MM-DD, such as 2026-11-23; got "${text}"`
    );
  }
}

/** The only place that reads the clock: today's date where the command is run (docs/development.md). */
function localToday(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Lines to a stream that may be closed under it (`tosp scan … | head -1` died with an EPIPE
 * stack trace). Once the reader has gone, the rest is dropped quietly and the command finishes its work
 * (the workbook, the report and the PDF are still written).
 */
export function linesTo(stream: NodeJS.WritableStream): (line: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

if (require.main === module) {
  const processIo: Io = { out: linesTo(process.stdout), err: linesTo(process.stderr) };
  main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
