import { promises as fs } from "fs";
import { join } from "path";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { Run, tosp as runInProcess } from "./runTosp";

/**
 * docs/workbook.md, the command line: "the input file is never changed". A review found `tosp scan alias/p.xlsx
 * --out real/p.xlsx`, where `alias` links to `real`, overwrote the workbook, because the paths were
 * compared as text. tosp's main is run in this process (./runTosp.ts).
 */
let folder: string;
let before: { bytes: Buffer; mtimeMs: number };

const tosp = (...args: string[]): Promise<Run> => runInProcess(args, { cwd: folder });

/** The workbook exactly as it was: same bytes, never written (same modification time). */
async function expectWorkbookUntouched(): Promise<void> {
  const workbook = join(folder, "real", "p.xlsx");
  expect((await fs.readFile(workbook)).equals(before.bytes)).toBe(true);
  expect((await fs.stat(workbook)).mtimeMs).toBe(before.mtimeMs);
}

function expectRefusal(run: Run, message: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(`tosp: ${message}\n`);
}

beforeAll(async () => {
  folder = await tempFolder();
  await fs.mkdir(join(folder, "real"));
  const workbook = join(folder, "real", "p.xlsx");
  await saveXlsx(workbookFromMemory(demoWorkbook()), workbook);
  // An hour ago, so that any write, however quick, would move it.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  await fs.utimes(workbook, anHourAgo, anHourAgo);
  before = { bytes: await fs.readFile(workbook), mtimeMs: (await fs.stat(workbook)).mtimeMs };
  await fs.symlink(join(folder, "real"), join(folder, "alias"));
  await fs.symlink(workbook, join(folder, "link.xlsx"));
  await fs.link(workbook, join(folder, "real", "hard.xlsx"));
}, 60_000);
afterAll(() => removeFolder(folder));

describe("tosp scan refuses, in one line and before reading, an output that is the workbook", () => {
  it("through a linked folder, either way round", async () => {
    expectRefusal(
      await tosp("scan", "alias/p.xlsx", "--out", "real/p.xlsx"),
      "--out real/p.xlsx is the workbook alias/p.xlsx, reached through a link: tosp never changes alias/p.xlsx; name another file"
    );
    expectRefusal(
      await tosp("scan", "real/p.xlsx", "--out", "alias/p.xlsx"),
      "--out alias/p.xlsx is the workbook real/p.xlsx, reached through a link: tosp never changes real/p.xlsx; name another file"
    );
    await expectWorkbookUntouched();
  });

  it("through a linked file", async () => {
    expectRefusal(
      await tosp("scan", "real/p.xlsx", "--out", "link.xlsx"),
      "--out link.xlsx is the workbook real/p.xlsx, reached through a link: tosp never changes real/p.xlsx; name another file"
    );
    await expectWorkbookUntouched();
  });

  it("as a hard link", async () => {
    expectRefusal(
      await tosp("scan", "real/p.xlsx", "--out", "real/hard.xlsx"),
      "--out real/hard.xlsx is the workbook real/p.xlsx under another name (a hard link): tosp never changes real/p.xlsx; name another file"
    );
    await expectWorkbookUntouched();
  });

  it("as the same path written another way", async () => {
    expectRefusal(
      await tosp("scan", "real/p.xlsx", "--out", "alias/../real/./p.xlsx"),
      "--out is the workbook itself: tosp never changes real/p.xlsx; name another file"
    );
    await expectWorkbookUntouched();
  });
});

describe("tosp report refuses the same", () => {
  it("for --out and --pdf", async () => {
    expectRefusal(
      await tosp("report", "alias/p.xlsx", "--out", "real/p.xlsx"),
      "--out real/p.xlsx is the workbook alias/p.xlsx, reached through a link: tosp never changes alias/p.xlsx; name another file"
    );
    expectRefusal(
      await tosp("report", "real/p.xlsx", "--pdf", "real/hard.xlsx"),
      "--pdf real/hard.xlsx is the workbook real/p.xlsx under another name (a hard link): tosp never changes real/p.xlsx; name another file"
    );
    expectRefusal(
      await tosp("report", "real/p.xlsx", "--out", "real/r.html", "--pdf", "alias/r.html"),
      "--pdf and the HTML report are the same file: name another for --pdf"
    );
    await expectWorkbookUntouched();
  });
});

describe("names that differ only in capital letters, on this disk, which tells them apart", () => {
  it("are two files: tosp scan Panel.xlsx --out panel.xlsx writes the second and leaves the first", async () => {
    const upper = join(folder, "Panel.xlsx");
    await fs.copyFile(join(folder, "real", "p.xlsx"), upper);
    await expect(fs.stat(join(folder, "panel.xlsx"))).rejects.toThrow(); // the disk tells them apart
    const copied = { bytes: await fs.readFile(upper), mtimeMs: (await fs.stat(upper)).mtimeMs };
    const run = await tosp("scan", "Panel.xlsx", "--out", "panel.xlsx", "--as-of", "2026-11-23");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote panel.xlsx:");
    expect((await fs.readFile(upper)).equals(copied.bytes)).toBe(true);
    expect((await fs.stat(upper)).mtimeMs).toBe(copied.mtimeMs);
    expect((await fs.readFile(join(folder, "panel.xlsx"))).equals(copied.bytes)).toBe(false);
  }, 60_000);
});
