/**
 * Jest global setup: the command line, transpiled for the tests that run it as a child process (types
 * are checked once, by `npm run typecheck`). The same files tsconfig.cli.json compiles, into
 * node_modules/.cache/tosp-test-cli/<hash> (so Node finds the packages as it does for lib/), named in
 * TOSP_TEST_CLI. The hash covers the sources, the compiler options and TypeScript's version: a run
 * after a change transpiles afresh, a run after none reuses the last build, and older builds are removed.
 */
const { createHash } = require("crypto");
const {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require("fs");
const { dirname, join, relative } = require("path");
const ts = require("typescript");

const ROOT = join(__dirname, "../..");
const CACHE = join(ROOT, "node_modules/.cache/tosp-test-cli");

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
  const options = { ...config.options, isolatedModules: true, noEmit: false, outDir: undefined };
  // tosp --version reads the nearest package.json named tosp above it, as in an installed package.
  const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const sources = config.fileNames.map((file) => [file, readFileSync(file, "utf8")]);

  const hash = createHash("sha256").update(JSON.stringify([ts.version, options, name, version]));
  for (const [file, text] of sources) hash.update(`\0${relative(ROOT, file)}\0${text}`);
  const build = join(CACHE, hash.digest("hex").slice(0, 16));
  process.env.TOSP_TEST_CLI = join(build, "cli/tosp.js");
  if (existsSync(process.env.TOSP_TEST_CLI)) return;

  mkdirSync(CACHE, { recursive: true });
  // Older builds go; a build another run is still writing ("building-…") is left to it.
  for (const old of readdirSync(CACHE).filter((name) => !name.startsWith("building-")))
    rmSync(join(CACHE, old), { recursive: true, force: true });
  const out = mkdtempSync(join(CACHE, "building-"));
  for (const [file, text] of sources) {
    const { outputText } = ts.transpileModule(text, { compilerOptions: options, fileName: file });
    const target = join(out, relative(join(ROOT, "src"), file)).replace(/\.tsx?$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, "package.json"), JSON.stringify({ name, version, private: true }));
  // Whole or not at all: another run building the same sources at the same time may have got there first.
  try {
    renameSync(out, build);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    if (!existsSync(process.env.TOSP_TEST_CLI)) throw error;
  }
};
