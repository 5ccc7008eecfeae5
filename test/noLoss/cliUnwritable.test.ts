import { promises as fs } from "fs";
import { join, relative } from "path";
import { main } from "../../src/cli/tosp";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";

/**
 * docs/workbook.md, the command line: "the input file is never changed"; exit 2 with one clear line when a
 * file cannot be written. A write that fails leaves the input byte for byte as it was and no output,
 * whole or partial (saveXlsx writes a temporary file and renames it), anywhere in the folder.
 */
let folder: string;
let input: string;
let bytes: Buffer;

beforeEach(async () => {
  folder = await tempFolder();
  input = join(folder, "panel.xlsx");
  await saveXlsx(workbookFromMemory(demoWorkbook()), input);
  bytes = await fs.readFile(input);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await removeFolder(folder);
});

/** Every file and folder under `root`, relative to it. */
async function listing(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(root, entry.name);
      return entry.isDirectory() ? [path, ...(await listing(path))] : [path];
    })
  );
  return nested
    .flat()
    .map((path) => relative(folder, path) || path)
    .sort();
}

async function scanTo(out: string): Promise<{ status: number; errors: string[] }> {
  const errors: string[] = [];
  const io = { out: () => undefined, err: (line: string) => errors.push(line) };
  const status = await main(["scan", input, "--out", out, "--as-of", "2026-11-23"], io);
  return { status, errors };
}

async function expectNothingWritten(out: string, reason: RegExp, before: string[]): Promise<void> {
  const { status, errors } = await scanTo(out);
  expect(status).toBe(2);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(new RegExp(`^tosp: Cannot write .*: ${reason.source}$`));
  expect((await fs.readFile(input)).equals(bytes)).toBe(true);
  expect(await listing(folder)).toEqual(before);
}

describe("tosp scan when the output cannot be written", () => {
  it("exits 2 for a folder under a file, leaving the input as it was and no output", async () => {
    await fs.writeFile(join(folder, "minutes.txt"), "not a folder");
    const before = await listing(folder);
    await expectNothingWritten(
      join(folder, "minutes.txt", "out", "panel.scanned.xlsx"),
      /part of the folder path is a file, not a folder/,
      before
    );
  });

  it("exits 2 when a folder has the output's name, removing its temporary file", async () => {
    const out = join(folder, "panel.scanned.xlsx");
    await fs.mkdir(out);
    await fs.writeFile(join(out, "keep.txt"), "the officers' file");
    const before = await listing(folder);
    await expectNothingWritten(out, /there is a folder of that name/, before);
    expect(await fs.readFile(join(out, "keep.txt"), "utf8")).toBe("the officers' file");
  });

  it("exits 2 for a read-only folder, leaving nothing in it", async () => {
    const readOnly = join(folder, "archive");
    await fs.mkdir(readOnly);
    await fs.chmod(readOnly, 0o555);
    await refuseWritesUnder(readOnly);
    const before = await listing(folder);
    await expectNothingWritten(join(readOnly, "panel.scanned.xlsx"), /permission denied/, before);
  });
});

/**
 * A user that can write anyway (root ignores the folder's mode) gets what a read-only folder answers:
 * EACCES on creating a file there. Checked with a probe, so the test means the same for everyone.
 */
async function refuseWritesUnder(readOnly: string): Promise<void> {
  const probe = join(readOnly, "probe");
  const writable = await fs.writeFile(probe, "").then(
    () => true,
    () => false
  );
  if (!writable) return;
  await fs.rm(probe);
  const open = fs.open.bind(fs);
  jest.spyOn(fs, "open").mockImplementation((path, ...rest) =>
    String(path).startsWith(readOnly)
      ? Promise.reject(
          Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
            code: "EACCES",
          })
        )
      : open(path, ...rest)
  );
}
