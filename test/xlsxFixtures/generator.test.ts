import { execFile } from "child_process";
import { promises as fs } from "fs";
import { join } from "path";
import { promisify } from "util";
import { FIXTURE_NAMES, fixturePath, removeFolder, tempFolder } from "./fixtureFiles";

/**
 * The .xlsx fixtures are binary files made by scripts/makeXlsxFixtures.js. Its output is reproducible,
 * so the committed files must be exactly what it makes now: a change to the script needs its files
 * regenerated (`node scripts/makeXlsxFixtures.js`) and committed with it.
 */
const SCRIPT = join(__dirname, "..", "..", "scripts", "makeXlsxFixtures.js");

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
  await promisify(execFile)(process.execPath, [SCRIPT, "--out", folder]);
});
afterAll(() => removeFolder(folder));

describe("the committed .xlsx fixtures", () => {
  it.each(FIXTURE_NAMES)("%s is what scripts/makeXlsxFixtures.js makes", async (name) => {
    const [committed, made] = await Promise.all([
      fs.readFile(fixturePath(name)),
      fs.readFile(join(folder, name)),
    ]);
    expect(made.equals(committed)).toBe(true);
  });
});
