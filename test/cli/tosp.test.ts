import { spawn } from "child_process";
import { promises as fs } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import { formatUkDate, dayOf } from "../../src/domain/calendar/days";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { saveXlsx, workbookFromMemory } from "../../src/hosts/xlsx";
import { removeFolder, tempFolder } from "../hosts/xlsx/xlsxFiles";
import { builtCli } from "./builtCli";
import { Run, tosp as runInProcess, tospProcess } from "./runTosp";

/** tosp in this process, in the test's folder (./runTosp.ts). */
const tosp = (args: string[], env?: Record<string, string>): Promise<Run> =>
  runInProcess(args, { cwd: folder, env });
/** tosp as users run it: a child process of the command line built for this jest run. */
const tospChild = (args: string[], env?: Record<string, string>): Run =>
  tospProcess(args, { cwd: folder, env });
// A child process starts Node and loads the command line: seconds apiece on a busy machine.
jest.setTimeout(60_000);

function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

let folder: string;

beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => removeFolder(folder));

describe("tosp demo, then tosp scan", () => {
  let scanned: Run;
  let before: { bytes: Buffer; mtimeMs: number };

  beforeAll(async () => {
    const demo = tospChild(["demo"]);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("tosp scan tosp-demo.xlsx --as-of 2026-11-23");
    const stat = await fs.stat(join(folder, "tosp-demo.xlsx"));
    before = { bytes: await fs.readFile(join(folder, "tosp-demo.xlsx")), mtimeMs: stat.mtimeMs };
    scanned = tospChild(["scan", "tosp-demo.xlsx", "--as-of", "2026-11-23"]);
  }, 60_000);

  it("exits 0 with the summary on stdout and nothing on stderr", () => {
    expect(scanned.stderr).toBe("");
    expect(scanned.status).toBe(0);
    const out = scanned.stdout;
    expect(out).toContain("Scanned tosp-demo.xlsx as at 23/11/2026 (panel year 2026/27).");
    expect(out).toMatch(
      /KPI status \(19 indicators\)\n {2}Rent charging and recovery: 1 Met, 1 Near miss/
    );
    expect(out).toContain("Review triggers (10, 10 new)");
    expect(out).toContain(
      "NEW Customer complaints: Damp and mould (Repairs and maintenance): 5 complaints about Damp and mould received 24/08/2026 to 23/11/2026 (§11.2)"
    );
    expect(out).toContain(
      "Members (10): 1 Not eligible, 2 Lapsed, 1 Training incomplete, 1 At risk of lapse, 5 Active"
    );
    expect(out).toContain("Emeka Obi (General): Lapsed on 14/07/2026: 5 absences in 12 months");
    expect(out).toContain(
      "Meetings in 2026/27: 4 held and 6 scheduled, against the 10 required (§7.1)"
    );
    expect(out).toContain("Next meeting 08/12/2026 (Main): membership 6, quorum 3");
    expect(out).toContain(
      "Overdue: Empty homes: how long they stay empty: Information request, due 29/10/2026"
    );
    expect(out).toContain("Due 01/01/2027: Complaint handling:");
    // The overdue complaints and hazards with their due dates, CH02 from the log and the
    // publication check's gaps, in plain words; the demo's deliberate problems.
    expect(out).toContain(
      [
        "Overdue at 23/11/2026: 2 complaints and 1 hazard (the earliest due first)",
        "  Hazard H-26-051 (Damp and mould): Safety work due 06/11/2026, 11 working days overdue; no alternative accommodation offered (Hazards!A5)",
        "  Complaint C-26-013: stage 2 response due 13/11/2026, 6 working days overdue (Complaints!A15)",
        "  Complaint C-26-016: stage 1 response due 13/11/2026, 6 working days overdue (Complaints!A18)",
      ].join("\n")
    );
    expect(out).toContain(
      "  CH02(1) from the log: 66.7% in TSM year 2026/27 to 23/11/2026 (4 of 6 stage 1 complaints answered within the Code); 60% in 3 months to 23/11/2026 (3 of 5 stage 1 complaints answered within the Code)"
    );
    expect(out).toContain("TSM publication check: 2 gaps");
    expect(out).toContain(
      "  CH02(1) for TSM year 2025/26: reported 95%, the log gives 80% (TSM!F7)"
    );
    expect(out).toContain("Problems (3): fix these cells and scan again");
    expect(out).toMatch(
      /Wrote tosp-demo\.scanned\.xlsx: \d+ cells written; added "KPI status", "Triggers", "Summary", "You said, we did", "Settings";/
    );
  });

  it("never changes the workbook it reads", async () => {
    const stat = await fs.stat(join(folder, "tosp-demo.xlsx"));
    expect(await fs.readFile(join(folder, "tosp-demo.xlsx"))).toEqual(before.bytes);
    expect(stat.mtimeMs).toBe(before.mtimeMs);
  });

  it("writes WORKBOOK.scanned.xlsx beside it, with the add-in's sheets", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(join(folder, "tosp-demo.scanned.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...demoWorkbook().map((s) => s.name),
      "KPI status",
      "Triggers",
      "Summary",
      "You said, we did",
      "Settings",
    ]);
    expect(workbook.getWorksheet("Members")!.getCell("N1").value).toBe("Status");
  });

  it("finds nothing new when the scanned workbook is scanned again", async () => {
    const again = await tosp([
      "scan",
      "tosp-demo.scanned.xlsx",
      "--as-of",
      "2026-11-23",
      "--out",
      "again.xlsx",
    ]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Review triggers (10, 0 new)");
    expect(again.stdout).toContain("[panel decision: New]");
    expect(again.stdout).toContain("Wrote again.xlsx: nothing needed changing.");
  });

  it("reports the same whatever the machine's time zone", () => {
    const args = ["scan", "tosp-demo.xlsx", "--as-of", "2026-11-23", "--out", "tz.xlsx"];
    const east = tospChild(args, { TZ: "Pacific/Kiritimati" });
    const west = tospChild(args, { TZ: "America/Los_Angeles" });
    expect(east.status).toBe(0);
    expect(west.stdout).toBe(east.stdout);
  });

  it("takes today's date when --as-of is left out", async () => {
    const now = new Date();
    const today = formatUkDate(dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()));
    const run = await tosp(["scan", "tosp-demo.xlsx", "--out", "today.xlsx"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`as at ${today}`);
  });
});

describe("tosp scan reports every bad cell with its address", () => {
  it("names the sheet and cell, and still exits 0", async () => {
    const sheets = demoWorkbook();
    sheets.find((s) => s.name === "KPI - Rent")!.cells[2]![4] = "n/a";
    sheets.find((s) => s.name === "Members")!.cells[3]![3] = "31/02/2026";
    await saveXlsx(workbookFromMemory(sheets), join(folder, "messy.xlsx"));
    const run = await tosp([
      "scan",
      "messy.xlsx",
      "--as-of",
      "2026-11-23",
      "--out",
      "out/messy-scanned.xlsx",
    ]);
    expect(run.status).toBe(0);
    // The two bad cells, and the demo's three deliberate problems.
    expect(run.stdout).toContain("Problems (5): fix these cells and scan again");
    expect(run.stdout).toContain(`  'KPI - Rent'!E3: "n/a" is not a number`);
    expect(run.stdout).toContain(`  Members!D4: "31/02/2026" is not a date: type it as dd/mm/yyyy`);
    expect((await fs.stat(join(folder, "out/messy-scanned.xlsx"))).isFile()).toBe(true);
  });
});

describe("tosp fails with one clear line and exit code 2", () => {
  it("for a missing workbook, writing nothing", async () => {
    expectOneLineFailure(
      tospChild(["scan", "nowhere.xlsx"]),
      /^tosp: Cannot read nowhere\.xlsx: no such file$/m
    );
    await expect(fs.stat(join(folder, "nowhere.scanned.xlsx"))).rejects.toThrow();
  });

  it("for a text file renamed .xlsx", async () => {
    await fs.writeFile(join(folder, "notes.xlsx"), "Name,Group\nPat Jones,Tenants' Forum\n");
    expectOneLineFailure(
      await tosp(["scan", "notes.xlsx"]),
      /Cannot read notes\.xlsx: it is not an \.xlsx workbook/
    );
  });

  it("for a bad --as-of", async () => {
    for (const asOf of ["2026-13-01", "23/11/2026", "tomorrow"])
      expectOneLineFailure(
        await tosp(["scan", "tosp-demo.xlsx", "--as-of", asOf]),
        /--as-of must be a date written YYYY-MM-DD/
      );
  });

  it("for wrong arguments", async () => {
    expectOneLineFailure(await tosp([]), /Say what to do/);
    expectOneLineFailure(await tosp(["scan"]), /tosp scan needs one workbook/);
    expectOneLineFailure(await tosp(["scan", "a.xlsx", "b.xlsx"]), /tosp scan needs one workbook/);
    expectOneLineFailure(
      await tosp(["scan", "tosp-demo.xlsx", "--colour"]),
      /--colour is not an option/
    );
    expectOneLineFailure(await tosp(["scan", "tosp-demo.xlsx", "--as-of"]), /--as-of/);
    expectOneLineFailure(await tosp(["publish"]), /publish is not a tosp command/);
  });

  it("for --out naming the workbook itself", async () => {
    expectOneLineFailure(
      await tosp(["scan", "tosp-demo.xlsx", "--out", "./tosp-demo.xlsx"]),
      /tosp never changes tosp-demo\.xlsx/
    );
  });

  it("when the output cannot be written", async () => {
    await fs.writeFile(join(folder, "afile"), "x");
    expectOneLineFailure(
      await tosp(["scan", "tosp-demo.xlsx", "--as-of", "2026-11-23", "--out", "afile/out.xlsx"]),
      /Cannot write afile\/out\.xlsx: part of the folder path is a file/
    );
  });
});

describe("tosp --help", () => {
  it("shows the usage and exits 0", async () => {
    const run = await tosp(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("tosp scan WORKBOOK.xlsx [--out OUT.xlsx] [--as-of YYYY-MM-DD]");
    expect(run.stdout).toContain("tosp demo [--out FILE]");
  });
});

describe("tosp speaks plainly", () => {
  it("says in its own words which option it does not know, and what the command takes", async () => {
    const unknown = await tosp(["scan", "tosp-demo.xlsx", "--colour"]);
    expectOneLineFailure(
      unknown,
      /^tosp: --colour is not an option of tosp scan: it takes --out FILE and --as-of YYYY-MM-DD \(tosp help for more\)$/m
    );
    // Never Node's own text, with its unclosed quote.
    expect(unknown.stderr).not.toMatch(/'/);
    expectOneLineFailure(
      await tosp(["report", "tosp-demo.xlsx", "-x"]),
      /^tosp: -x is not an option of tosp report: it takes --out FILE, --pdf FILE\.pdf and --as-of YYYY-MM-DD/
    );
    expectOneLineFailure(
      await tosp(["scan", "tosp-demo.xlsx", "--as-of"]),
      /^tosp: --as-of needs a value after it, such as --as-of 2026-11-23$/m
    );
    expectOneLineFailure(
      await tosp(["scan", "tosp-demo.xlsx", "--out", "--as-of", "2026-11-23"]),
      /^tosp: --out needs a value after it, such as --out FILE$/m
    );
    expectOneLineFailure(await tosp(["--help=yes"]), /^tosp: --help takes no value/);
    expectOneLineFailure(await tosp(["publish"]), /^tosp: publish is not a tosp command: use scan/);
  });

  it("answers tosp help and tosp --version", async () => {
    for (const args of [["help"], ["--help"], ["-h"]]) {
      const run = await tosp(args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("tosp scan WORKBOOK.xlsx");
    }
    const { version } = JSON.parse(
      await fs.readFile(join(__dirname, "..", "..", "package.json"), "utf8")
    ) as { version: string };
    for (const args of [["--version"], ["-v"], ["version"]]) {
      const run = await tosp(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`tosp ${version}\n`);
    }
  });

  it("ends quietly when the pipe it prints to is closed, and still writes the copy", async () => {
    // The reader goes before the first line is printed: every line meets a closed pipe (EPIPE).
    const child = spawn(
      process.execPath,
      [builtCli(), "scan", "tosp-demo.xlsx", "--as-of", "2026-11-23", "--out", "piped.xlsx"],
      { cwd: folder, stdio: ["ignore", "pipe", "pipe"] }
    );
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect((await fs.stat(join(folder, "piped.xlsx"))).isFile()).toBe(true);
  });

  it("makes a missing output folder, and says so", async () => {
    const run = await tosp([
      "scan",
      "tosp-demo.xlsx",
      "--as-of",
      "2026-11-23",
      "--out",
      join("new", "folder", "scanned.xlsx"),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Made the folder ${join("new", "folder")}, which did not exist.\n`
    );
    expect((await fs.stat(join(folder, "new", "folder", "scanned.xlsx"))).isFile()).toBe(true);
    // A folder that is there is not mentioned.
    const again = await tosp(["demo", "--out", join("new", "demo.xlsx")]);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain("Made the folder");
  });
});
