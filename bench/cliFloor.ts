import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { dayFromIso } from "../src/domain/calendar/days";
import { saveXlsx, workbookFromMemory } from "../src/hosts/xlsx";
import { Report } from "./measure";
import { kpiSheets, registers } from "./synthetic";

const AS_OF = dayFromIso("2026-11-23");
const RUNS = 2;

/**
 * `tosp scan` on a 100,000-row KPI workbook beside the least a scan could cost with the library the
 * command line used before: an exceljs read and write of the same file (the floor). Each runs in a
 * process of its own, best of two, timed inside the process (Node's start-up is the same for both), and
 * reports its peak memory (maxRSS). Then a workbook of 1,000,000 KPI rows, refused while it is read.
 */
export async function benchCliFloor(report: Report): Promise<void> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "tosp-bench-"));
  try {
    const input = path.join(folder, "kpis.xlsx");
    await saveXlsx(workbookFromMemory([...registers(12, 24, AS_OF), ...kpiSheets(100_000)]), input);
    const size = (await fs.stat(input)).size;
    report.add({ name: "100k-row workbook size", value: Math.round(size / 1024), unit: "KB" });

    const floor = best(() => child(EXCELJS_COPY, input, path.join(folder, "copy.xlsx")));
    const scanned = best(() => child(TOSP_SCAN, input, path.join(folder, "scanned.xlsx")));
    report.add({ name: "exceljs read + write copy (floor)", value: floor.ms, unit: "ms" });
    report.add({ name: "exceljs read + write peak memory", value: floor.mb, unit: "MB" });
    report.add({ name: "tosp scan 100k KPI rows", value: scanned.ms, unit: "ms" });
    const ratio = scanned.ms / floor.ms;
    report.add({
      name: "tosp scan / floor",
      value: ratio,
      unit: "x",
      goal: "≤ 0.5",
      met: ratio <= 0.5,
    });
    report.add({
      name: "tosp scan 100k rows peak memory",
      value: scanned.mb,
      unit: "MB",
      goal: "< 300",
      met: scanned.mb < 300,
    });

    const huge = path.join(folder, "million.xlsx");
    await saveXlsx(
      workbookFromMemory([...registers(12, 24, AS_OF), ...kpiSheets(1_000_000)]),
      huge
    );
    const refused = child(TOSP_SCAN, huge, path.join(folder, "million.scanned.xlsx"));
    report.add({ name: "tosp scan 1,000,000 rows: refused after", value: refused.ms, unit: "ms" });
    report.add({
      name: "tosp scan 1,000,000 rows peak memory",
      value: refused.mb,
      unit: "MB",
      goal: "< 1000, one line",
      met: refused.mb < 1000 && refused.refused,
    });
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

interface ChildRun {
  ms: number;
  mb: number;
  refused: boolean;
}

function best(run: () => ChildRun): ChildRun {
  const runs = Array.from({ length: RUNS }, run);
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/** Runs `script` in a new Node process with the input and output paths; it prints its time and peak memory. */
function child(script: string, input: string, output: string): ChildRun {
  const result = spawnSync(process.execPath, ["-e", script, input, output], {
    // The project root: this file runs compiled, from lib-bench/bench/.
    cwd: path.resolve(__dirname, "../.."),
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  const match = /^(\d+(?:\.\d+)?) ms (\d+) KB( refused)?$/.exec(line);
  if (!match) throw new Error(`bench child failed: ${result.stdout}${result.stderr}`);
  return {
    ms: Number(match[1]),
    mb: Math.round(Number(match[2]) / 1024),
    refused: match[3] !== undefined,
  };
}

const FINISH = `
  const report = (refused) => console.log(
    (Number(process.hrtime.bigint() - started) / 1e6).toFixed(0) + " ms " +
    process.resourceUsage().maxRSS + " KB" + (refused ? " refused" : ""));`;

/** exceljs (a test tool now) reads the workbook and writes a copy: the old command line's floor. */
const EXCELJS_COPY = `
  const started = process.hrtime.bigint();
  const ExcelJS = require("exceljs");
  ${FINISH}
  const [input, output] = process.argv.slice(1);
  const workbook = new ExcelJS.Workbook();
  workbook.xlsx.readFile(input).then(() => workbook.xlsx.writeFile(output)).then(() => report(false));`;

/** The command line's scan, as \`tosp scan IN --out OUT\` runs it, modules loaded in the time. */
const TOSP_SCAN = `
  const started = process.hrtime.bigint();
  const { runScan } = require("./lib-bench/src/cli/scanCommand");
  const { CliError } = require("./lib-bench/src/cli/cliError");
  ${FINISH}
  const [input, output] = process.argv.slice(1);
  const quiet = { out: () => undefined, err: () => undefined };
  runScan({ input, out: output, asOf: ${AS_OF} }, quiet).then(
    () => report(false),
    (error) => { if (error instanceof CliError) report(true); else throw error; });`;
