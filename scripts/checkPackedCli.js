#!/usr/bin/env node
/**
 * The command line as users install it: `npm pack`, then `npm install -g` of the tarball into a
 * fresh folder on a machine with only Node, then `tosp demo` and `tosp scan` from that install. Fails if
 * the package misses a file or a runtime dependency the command line needs.
 *
 *   npm run check:packed-cli
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.error) throw result.error;
  return result;
}

function mustRun(command, args, options) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr}`
    );
  }
  return result;
}

function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-packed-"));
  try {
    const packed = mustRun("npm", ["pack", "--json", "--pack-destination", folder], { cwd: root });
    const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")));
    console.log(`packed ${filename}: ${files.length} files`);
    const prefix = path.join(folder, "global");
    // Only the command line's runtime dependencies come with it (package.json "dependencies").
    mustRun(
      "npm",
      ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", path.join(folder, filename)],
      { cwd: folder }
    );
    const tosp = path.join(prefix, "bin", "tosp");
    const demo = path.join(folder, "demo.xlsx");
    mustRun(tosp, ["demo", "--out", demo], { cwd: folder });
    const scan = run(tosp, ["scan", demo, "--as-of", "2026-11-23"], { cwd: folder });
    // 0: scanned, nothing wrong; 2: scanned, with problems in the workbook to show (README).
    if (![0, 2].includes(scan.status) || !fs.existsSync(path.join(folder, "demo.scanned.xlsx"))) {
      throw new Error(`tosp scan failed (exit ${scan.status}):\n${scan.stderr}`);
    }
    console.log(
      `tosp demo and tosp scan ran from the installed package (scan exit ${scan.status})`
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
