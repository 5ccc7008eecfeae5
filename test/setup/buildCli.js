/**
 * Jest global setup: the command line, transpiled once per run for every test that runs it as a child
 * process (types are checked once, by `npm run typecheck`). The same files tsconfig.cli.json compiles,
 * into a folder of the run's own under node_modules/.cache (so Node finds the packages as it does for
 * lib/), named in TOSP_TEST_CLI; the teardown removes it.
 */
const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = require("fs");
const { dirname, join, relative } = require("path");
const ts = require("typescript");

const ROOT = join(__dirname, "../..");

module.exports = async function buildCli() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.cli.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    }
  );
  const cache = join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, "tosp-test-cli-"));
  const options = { ...config.options, isolatedModules: true, noEmit: false, outDir: undefined };
  for (const file of config.fileNames) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      compilerOptions: options,
      fileName: file,
    });
    const target = join(out, relative(join(ROOT, "src"), file)).replace(/\.tsx?$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // tosp --version reads the nearest package.json named tosp above it, as in an installed package.
  const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  writeFileSync(join(out, "package.json"), JSON.stringify({ name, version, private: true }));
  process.env.TOSP_TEST_CLI = join(out, "cli/tosp.js");
};
