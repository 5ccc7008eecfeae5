import { tosp, tospProcess } from "./runTosp";
import { existsSync, promises as fs } from "fs";
import { join } from "path";
import { CliError } from "../../src/cli/cliError";
import { Io } from "../../src/cli/output";
import { findChromium, noBrowserMessage, printToPdf } from "../../src/cli/report/pdf";
import { defaultReport, ReportCommand, runReport } from "../../src/cli/report/reportCommand";
import { scan } from "../../src/engine/scan";
import { statusCountsByArea } from "../../src/wording/serviceAreas";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { readXlsx, saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { filesIn, removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";

/** `tosp report` on a real .xlsx file: what it writes, what it refuses, the PDF, and as a child process. */

// Each child process starts Node and loads the command line: seconds apiece on a busy machine, past
// jest's 5 s for the tests that await after it.
jest.setTimeout(60_000);
let folder: string;
let workbook: string;
let before: Buffer;

function captured(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(`err: ${line}`) };
}

function report(options: Partial<ReportCommand> = {}, io = captured()): Promise<void> {
  return runReport({ input: workbook, asOf: DEMO_AS_OF, ...options }, io);
}

beforeAll(async () => {
  folder = await tempFolder();
  workbook = join(folder, "tosp-demo.xlsx");
  await saveXlsx(workbookFromMemory(demoWorkbook()), workbook);
  before = await fs.readFile(workbook);
});
afterAll(() => removeFolder(folder));

describe("tosp report WORKBOOK.xlsx", () => {
  it("writes WORKBOOK.report.html beside the workbook, with the scan's figures, and says so", async () => {
    const io = captured();
    await report({}, io);
    expect(defaultReport(workbook)).toBe(join(folder, "tosp-demo.report.html"));
    expect(io.lines).toEqual([
      `Wrote ${join(folder, "tosp-demo.report.html")}: the Tenants' Forum report (Panel year 2026/27, as at 23/11/2026).`,
      // The demo's deliberate problems (the TSM publication gaps and a CH02 the log does not bear out).
      `The workbook has 3 cells to put right: tosp scan ${join(folder, "tosp-demo.xlsx")} lists them.`,
    ]);
    // Markup with the layout's white space between tags left out.
    const html = (await fs.readFile(join(folder, "tosp-demo.report.html"), "utf8"))
      .replace(/>\s+</g, "><")
      .replace(/\s+/g, " ");
    const { findings } = scan((await readXlsx(workbook)).snapshot, { asOf: DEMO_AS_OF });
    for (const { serviceArea, counts } of statusCountsByArea(findings.kpis))
      expect(html).toContain(
        `<tspan font-weight="bold">${serviceArea}:</tspan><tspan class="counts">${counts.Met} Met, ${counts["Near miss"]} Near miss, ${counts.Missed} Missed</tspan>`
      );
    const triggers = /<table class="triggers"[^>]*>[\s\S]*?<\/table>/.exec(html)![0];
    expect(triggers.match(/<tr><th scope="row">/g)).toHaveLength(findings.triggers.length);
    for (const member of findings.members)
      expect(html).toContain(
        `<tr><th scope="row">${member.name.replace("'", "&#39;")}</th><td data-label="Group">${member.group.replace("'", "&#39;")}</td><td data-label="Status"><span class="status`
      );
  });

  it("never changes the workbook and leaves no temporary file", async () => {
    await report({ out: join(folder, "again.html") });
    expect(await fs.readFile(workbook)).toEqual(before);
    expect((await filesIn(folder)).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("writes --out into a new folder", async () => {
    await report({ out: join(folder, "forum", "November.html") });
    expect(await fs.readFile(join(folder, "forum", "November.html"), "utf8")).toMatch(
      /^<!DOCTYPE html>\s*<html lang="en-GB">/
    );
  });

  it("refuses to write over the workbook, or the PDF over the page", async () => {
    await expect(report({ out: workbook })).rejects.toThrow(/--out is the workbook itself/);
    await expect(report({ pdf: workbook })).rejects.toThrow(/--pdf is the workbook itself/);
    await expect(report({ out: "a.html", pdf: "./a.html" })).rejects.toThrow(/same file/);
    expect(await fs.readFile(workbook)).toEqual(before);
  });

  it("says plainly when it cannot read the workbook or write the page", async () => {
    await expect(report({ input: join(folder, "nowhere.xlsx") })).rejects.toThrow(
      /Cannot read .*nowhere\.xlsx: no such file/
    );
    await fs.writeFile(join(folder, "afile"), "x");
    const out = join(folder, "afile", "report.html");
    await expect(report({ out })).rejects.toThrow(
      new CliError(`Cannot write ${out}: part of the folder path is a file, not a folder`)
    );
  });
});

describe("--pdf", () => {
  it("with no browser: writes the page, then says to install Chromium or print the page", async () => {
    const out = join(folder, "no-browser.html");
    const pdf = join(folder, "no-browser.pdf");
    const io = captured();
    await expect(report({ out, pdf, findBrowser: async () => undefined }, io)).rejects.toThrow(
      new CliError(noBrowserMessage(out))
    );
    expect(noBrowserMessage(out)).toMatch(/Install Chromium .* or open .* and print it to PDF$/);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(pdf)).toBe(false);
  });

  it("finds the browser by CHROMIUM_PATH, its usual place, or its name on the PATH", async () => {
    const bin = join(folder, "bin");
    await fs.mkdir(bin);
    await fs.writeFile(join(bin, "chromium-browser"), "#!/bin/sh\n", { mode: 0o755 });
    await fs.writeFile(join(bin, "chromium"), "not a program", { mode: 0o644 });
    expect(await findChromium({ PATH: bin }, [])).toBe(join(bin, "chromium-browser"));
    expect(await findChromium({ PATH: folder }, [])).toBeUndefined();
    expect(await findChromium({ PATH: "" }, [join(bin, "chromium-browser")])).toBe(
      join(bin, "chromium-browser")
    );
    await expect(findChromium({ CHROMIUM_PATH: join(bin, "chromium") }, [])).rejects.toThrow(
      /CHROMIUM_PATH is .*chromium, which is not a program/
    );
  });

  it("reports a browser that prints nothing, leaving no PDF behind", async () => {
    const broken = join(folder, "broken-browser");
    await fs.writeFile(broken, "#!/bin/sh\necho 'no display' >&2\nexit 3\n", { mode: 0o755 });
    const pdf = join(folder, "broken.pdf");
    await expect(printToPdf(broken, defaultReport(workbook), pdf)).rejects.toThrow(
      /did not print the report \(exit code 3: no display\): open .* in a browser and print it to PDF/
    );
    expect(existsSync(pdf)).toBe(false);
    expect((await filesIn(folder)).filter((name) => name.startsWith("."))).toEqual([]);
  });
});

describe("tosp report from the command line", () => {
  it("writes the report and exits 0", async () => {
    // As users run it: a child process of the command line built for this jest run.
    const run = tospProcess(
      ["report", "tosp-demo.xlsx", "--as-of", "2026-11-23", "--out", "child.html"],
      { cwd: folder }
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "Wrote child.html: the Tenants' Forum report (Panel year 2026/27, as at 23/11/2026).\n" +
        "The workbook has 3 cells to put right: tosp scan tosp-demo.xlsx lists them.\n"
    );
    expect(await fs.readFile(join(folder, "child.html"), "utf8")).toContain("<title>");
  });

  it("exits 2 with one line for wrong arguments or a browser that is not there", async () => {
    const cases: [string[], RegExp, Record<string, string>?][] = [
      [["report"], /tosp report needs one workbook/],
      [["report", "tosp-demo.xlsx", "--as-of", "23/11/2026"], /--as-of must be a date/],
      [["scan", "tosp-demo.xlsx", "--pdf", "x.pdf"], /--pdf is for tosp report/],
      [
        ["report", "tosp-demo.xlsx", "--pdf", "x.pdf"],
        /CHROMIUM_PATH is \/nowhere/,
        { CHROMIUM_PATH: "/nowhere" },
      ],
    ];
    for (const [args, pattern, env] of cases) {
      const run = await tosp(args, { cwd: folder, env });
      expect(run.status).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(pattern);
    }
  });

  it("explains the command in --help", async () => {
    const run = await tosp(["--help"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "tosp report WORKBOOK.xlsx [--out REPORT.html] [--pdf REPORT.pdf] [--as-of YYYY-MM-DD]"
    );
  });
});
