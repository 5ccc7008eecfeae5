/**
 * `npm run bench`: the add-in's costs against the floor, on synthetic workbooks, without Excel.
 * Prints one line per figure (`name: value unit`), then a table of the goals. Never part of `npm test`.
 *
 *   npm run bench            every figure
 *   npm run bench -- engine  only the sections named (roundTrips, engine, cli, functions, bundle,
 *                            firstRender)
 */
import * as os from "os";
import { benchBundle, benchFirstRender } from "./bundle";
import { benchCliFloor } from "./cliFloor";
import { benchEngine } from "./engine";
import { benchFunctions } from "./functions";
import { Report } from "./measure";
import { benchRoundTrips } from "./roundTrips";

const SECTIONS: Record<string, (report: Report) => void | Promise<void>> = {
  roundTrips: benchRoundTrips,
  engine: benchEngine,
  cli: benchCliFloor,
  functions: benchFunctions,
  bundle: benchBundle,
  firstRender: benchFirstRender,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const report = new Report();
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`machine: ${os.cpus().length} × ${cpu}, Node ${process.version}`);
  const started = Date.now();
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n# ${name}`);
    await section(report);
  }
  console.log(`\n${report.table()}`);
  console.log(`\nbench took ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
