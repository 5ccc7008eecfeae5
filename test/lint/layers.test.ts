import path from "path";
import { ESLint } from "eslint";

/**
 * The layers of docs/development.md ("One engine, three hosts"), as `npm run lint` enforces them: each
 * folder of src/ and the folders it may import besides its own. eslint.config.js is given to ESLint as
 * an object (jest's module sandbox has no dynamic import for ESLint to load it by); only the layer rule's
 * messages are looked at.
 */
const ROOT = path.join(__dirname, "../..");

const MAY_IMPORT: Record<string, string[]> = {
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

const FOLDERS = Object.keys(MAY_IMPORT);

let eslint: ESLint;
beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "eslint.config.js"));
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
});

/** The import sources the layer rule refuses in `text`, linted as a file at `file` (from the root). */
async function refused(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => {
      expect(message.severity).toBe(2);
      return text.split("\n")[message.line - 1]?.match(/from "([^"]+)"/)?.[1] ?? "";
    });
}

/** A file at `file` (from the root) re-exporting `x` from each folder of src/ given: one line each. */
function probe(file: string, folders: string[]): { file: string; text: string; sources: string[] } {
  const sources = folders.map((folder) =>
    path.posix.join(path.posix.relative(path.posix.dirname(file), `src/${folder}`), "x")
  );
  const text = sources.map((source, i) => `export { x${i} } from "${source}";\n`).join("");
  return { file, text, sources };
}

test("a rule in src/domain/ importing the engine fails lint; one importing the domain passes", async () => {
  const wrongWay = 'export { scan } from "../../engine/scan";\n';
  expect(await refused("src/domain/kpi/probe.ts", wrongWay)).toEqual(["../../engine/scan"]);
  const sameLayer = 'export { dayFromIso } from "../calendar/days";\n';
  expect(await refused("src/domain/kpi/probe.ts", sameLayer)).toEqual([]);
  const downward = 'export { dayFromIso } from "../domain/calendar/days";\n';
  expect(await refused("src/engine/probe.ts", downward)).toEqual([]);
});

test.each(FOLDERS)(
  "src/%s/ may import only what docs/development.md's table says",
  async (folder) => {
    const others = FOLDERS.filter((other) => other !== folder);
    const allowed = MAY_IMPORT[folder] ?? [];
    for (const file of [`src/${folder}/probe.ts`, `src/${folder}/sub/probe.ts`]) {
      const { text, sources } = probe(file, others);
      expect(await refused(file, text)).toEqual(
        sources.filter((_, i) => !allowed.includes(others[i]!))
      );
    }
  }
);

test("a host importing a sibling host by its short path fails lint", async () => {
  const sideways = 'export { MemoryHost } from "../memory/memoryHost";\n';
  expect(await refused("src/hosts/xlsx/probe.ts", sideways)).toEqual(["../memory/memoryHost"]);
});

test("test/ and bench/ may import any folder", async () => {
  for (const file of ["test/probe.test.ts", "test/engine/probe.test.ts", "bench/probe.ts"]) {
    const { text } = probe(file, FOLDERS);
    expect(await refused(file, text)).toEqual([]);
  }
});
