/**
 * ESLint 9 flat config: Microsoft's Office add-in rules (eslint-plugin-office-addins, its React set, with
 * Prettier through office-addin-prettier-config) and typescript-eslint's recommended rules.
 */

const fs = require("fs");
const path = require("path");
const { defineConfig, globalIgnores } = require("eslint/config");
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

/** Globals of the CommonJS files run by Node (webpack, jest and eslint configs, scripts/). */
const nodeGlobals = {
  __dirname: "readonly",
  __filename: "readonly",
  Buffer: "readonly",
  console: "readonly",
  exports: "writable",
  module: "writable",
  process: "readonly",
  require: "readonly",
  URL: "readonly",
};

/**
 * What git ignores, as ESLint ignore patterns: build outputs (dist/, lib/, …) are never linted, whoever
 * adds one. A pattern with a slash before its end is relative to the root, as in git; negations are left
 * out (that can only ignore more).
 */
function gitIgnored() {
  const file = path.join(__dirname, ".gitignore");
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"))
    .map((line) => {
      if (line.startsWith("/")) return line.slice(1);
      return line.slice(0, -1).includes("/") ? line : `**/${line}`;
    });
}

/**
 * The layers of docs/development.md ("One engine, three hosts"): each folder of src/ and the folders
 * of src/ it may import besides its own. Imports only point down the table; an import of any other
 * folder is an error, by one `no-restricted-imports` rule a folder. test/, bench/ and scripts/ may
 * import anything.
 */
const LAYERS = {
  domain: [],
  workbook: ["domain"],
  engine: ["domain", "workbook"],
  demo: ["domain", "workbook"],
  functions: ["domain"],
  "hosts/excel": ["domain", "workbook", "engine"],
  "hosts/xlsx": ["domain", "workbook", "engine"],
  "hosts/memory": ["domain", "workbook", "engine"],
  wording: ["domain", "workbook", "engine"],
  taskpane: ["domain", "workbook", "engine", "demo", "hosts/excel", "hosts/memory", "wording"],
  cli: ["domain", "workbook", "engine", "demo", "functions", "hosts/xlsx", "wording"],
};

/**
 * A relative import of `folder` (a key of LAYERS) from anywhere in src/: `../engine/scan`,
 * `../../engine`, and for a host `../hosts/xlsx` or, from a sibling host, `../xlsx`.
 */
function importsOf(folder) {
  const [first, second] = folder.split("/");
  const tail = second ? `((src/)?${first}/)?${second}` : `(src/)?${first}`;
  return `^(\\.\\./)+${tail}(/|$)`;
}

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter(
    (other) => other !== folder && !allowed.includes(other)
  );
  const may = [...allowed, folder].map((f) => `${f}/`).join(", ");
  return {
    files: [`src/${folder}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: forbidden.map((other) => ({
            regex: importsOf(other),
            message:
              `src/${folder}/ may import only ${may}, not ${other}/: imports point down the ` +
              `layers of docs/development.md ("One engine, three hosts").`,
          })),
        },
      ],
    },
  };
});

/**
 * eslint-plugin-office-addins brings its own, older copy of typescript-eslint. ESLint refuses two different
 * plugins under one name, so its configs get the project's copy; they also cover .tsx, which they leave out.
 */
const officeAddinsReact = officeAddins.configs.react.map((config) =>
  config.plugins && config.plugins["@typescript-eslint"]
    ? {
        ...config,
        files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
        plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
        languageOptions: {
          ...config.languageOptions,
          parser: tseslint.parser,
          ecmaVersion: "latest",
        },
      }
    : config
);

module.exports = defineConfig([
  globalIgnores(["dist/", "node_modules/", "coverage/", ...gitIgnored()]),
  ...officeAddinsReact,
  ...tseslint.configs.recommended,
  {
    // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): no React import needed for JSX.
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
  {
    // Office.js lives only in src/hosts/excel/ (docs/development.md). The .xlsx host and the command line use exceljs,
    // whose ws.getCell(...).value looks to these rules like an Office.js proxy read before load and sync.
    files: ["src/hosts/xlsx/**", "src/cli/**", "test/hosts/xlsx/**", "test/cli/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  ...layerRules,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: nodeGlobals,
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
]);
