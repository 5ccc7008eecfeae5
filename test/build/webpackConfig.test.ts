/**
 * webpack.config.js against manifest.xml: the build emits every page and file the manifest names, and the
 * shared-runtime page carries both the task pane and the custom functions.
 */
import * as fs from "fs";
import * as path from "path";
import { DEV_BASE_URL } from "../../scripts/manifestUrls";

type Config = {
  entry: Record<string, string | { import: string; dependOn?: string }>;
  plugins: {
    constructor: { name: string };
    userOptions?: Record<string, unknown>;
    options?: unknown;
  }[];
  devtool: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  options: { mode: string }
) => Promise<Config>;

const root = path.resolve(__dirname, "../..");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function pluginsNamed(config: Config, name: string) {
  return config.plugins.filter((plugin) => plugin.constructor.name === name);
}

describe.each(["production", "development"])("webpack.config.js in %s mode", (mode) => {
  let config: Config;
  beforeAll(async () => {
    // A production build requires the host's address (scripts/manifestUrls.js).
    process.env.ADDIN_BASE_URL = "https://tosp.council.example/";
    config = await makeConfig({ WEBPACK_BUILD: true }, { mode });
  });
  afterAll(() => {
    delete process.env.ADDIN_BASE_URL;
  });

  test("builds the task pane and the custom functions", () => {
    expect(config.entry).toEqual({
      functions: "./src/functions/functions.ts",
      // One page, two bundles: the task pane reuses the functions' modules rather than a second copy.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    });
  });

  test("puts both chunks on the one shared-runtime page", () => {
    const pages = pluginsNamed(config, "HtmlWebpackPlugin").map((plugin) => plugin.userOptions!);
    const shared = pages.find((page) => page.filename === "taskpane.html");
    expect(shared).toBeDefined();
    expect(shared!.chunks).toEqual(["functions", "taskpane"]);
    // One plugin per page.
    const names = pages.map((page) => page.filename);
    expect(new Set(names).size).toBe(names.length);
  });

  test("generates functions.json from the JSDoc of src/functions/functions.ts", () => {
    const [metadata] = pluginsNamed(config, "CustomFunctionsMetadataPlugin");
    expect(metadata?.options).toEqual({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    });
  });

  test("emits every page and file the manifest names", () => {
    const pages = pluginsNamed(config, "HtmlWebpackPlugin").map((plugin) =>
      String(plugin.userOptions!.filename)
    );
    const assets = fs.readdirSync(path.join(root, "assets")).map((file) => `assets/${file}`);
    const bundles = Object.keys(config.entry as Record<string, string>).map(
      (entry) => `${entry}.js`
    );
    const emitted = new Set([...pages, ...bundles, "functions.json", ...assets]);
    const named = (
      manifestText.match(new RegExp(`${DEV_BASE_URL.replace(/[.]/g, "\\.")}[^"'<\\s]+`, "g")) ?? []
    ).map((url) => url.slice(DEV_BASE_URL.length));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((file) => !emitted.has(file))).toEqual([]);
  });

  test("uses no eval-based source maps, which the page's Content-Security-Policy forbids", () => {
    expect(config.devtool).not.toMatch(/eval/);
  });
});
