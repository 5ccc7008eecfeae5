/**
 * Other programs open what the command line writes: `npm run check:other-readers` (run by CI).
 *
 * Scans, with the built command line (lib/, `npm run build:cli` first), every workbook Excel wrote in
 * test/fixtures/real-workbooks/, a panel workbook made afresh by openpyxl and the same saved again by
 * LibreOffice (scripts/otherPrograms/), and the demo. Then:
 * - LibreOffice Calc converts every copy to PDF (it must load each: a PDF that starts %PDF-);
 * - openpyxl (Debian's python3-openpyxl) opens every copy but the Strict one (openpyxl reads only
 *   Transitional files) and reads the add-in's own sheets, whose values must be what this project's
 *   reader reads from the same copy.
 * Needs Debian's libreoffice-calc, python3-openpyxl and python3-pil (.ci/run installs them). Works in a
 * new folder under the system's temporary folder, removed unless --keep. Exits 1 on the first failure.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { makeOtherProgramsWorkbooks } = require("./otherPrograms/makeFixtures");

const root = path.resolve(__dirname, "..");
const keep = process.argv.includes("--keep");
const AS_OF = "2026-11-23";
const ADD_IN_SHEETS = ["KPI status", "Triggers", "Summary", "You said, we did", "Settings"];

function fail(message) {
  console.error(`check:other-readers: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: "utf8",
    timeout: 300_000,
    ...options,
  });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0)
    fail(
      `${[command, ...args].join(" ")} exited ${result.status}\n${result.stdout}${result.stderr}`
    );
  return result.stdout;
}

const python = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** The add-in's sheets of each copy as openpyxl reads them: sheet → rows of values (dates as serials). */
const OPENPYXL_READER = `
import datetime, json, sys, openpyxl
out = {}
for path in sys.argv[2:]:
    book = openpyxl.load_workbook(path, data_only=True)
    sheets = {}
    for name in json.loads(sys.argv[1]):
        if name not in book.sheetnames:
            continue
        rows = []
        for row in book[name].iter_rows(values_only=True):
            values = []
            for v in row:
                if isinstance(v, datetime.datetime):
                    v = (v - datetime.datetime(1899, 12, 30)).days
                elif isinstance(v, datetime.date):
                    v = (v - datetime.date(1899, 12, 30)).days
                values.append(v)
            rows.append(values)
        sheets[name] = rows
    out[path] = sheets
print(json.dumps(out))
`;

/** The same sheets as this project's own reader reads them, from the built command line's modules. */
async function ownReading(file) {
  const { readXlsx } = require(path.join(root, "lib/hosts/xlsx"));
  const { snapshot } = await readXlsx(file);
  const sheets = {};
  for (const sheet of snapshot.sheets)
    if (ADD_IN_SHEETS.includes(sheet.name)) sheets[sheet.name] = sheet.values;
  return sheets;
}

/** Rows without trailing blanks, blank rows at the end dropped: what both readers agree a sheet holds. */
function trimmed(rows) {
  const out = rows.map((row) => {
    const values = row.map((v) => (v === "" ? null : v));
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

async function main() {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-readers-"));
  try {
    run("npm", ["run", "build:cli"]);
    const inputs = fs
      .readdirSync(path.join(root, "test/fixtures/real-workbooks"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(root, "test/fixtures/real-workbooks", f));
    inputs.push(...makeOtherProgramsWorkbooks(path.join(tmp, "made")));
    const demo = path.join(tmp, "demo.xlsx");
    run("node", ["lib/cli/tosp.js", "demo", "--out", demo]);
    inputs.push(demo);

    const copies = inputs.map((input) => {
      const output = path.join(
        tmp,
        "copies",
        path.basename(input).replace(/\.xlsx$/, ".scanned.xlsx")
      );
      fs.mkdirSync(path.dirname(output), { recursive: true });
      run("node", ["lib/cli/tosp.js", "scan", input, "--out", output, "--as-of", AS_OF]);
      return output;
    });
    console.log(`Scanned ${copies.length} workbooks`);

    const profile = `-env:UserInstallation=${pathToFileURL(path.join(tmp, "profile")).href}`;
    const pdfs = path.join(tmp, "pdf");
    run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", pdfs, ...copies]);
    for (const copy of copies) {
      const pdf = path.join(pdfs, path.basename(copy).replace(/\.xlsx$/, ".pdf"));
      if (!fs.existsSync(pdf) || fs.readFileSync(pdf).subarray(0, 5).toString("latin1") !== "%PDF-")
        fail(`LibreOffice could not open ${path.basename(copy)} (no PDF)`);
    }
    console.log(`LibreOffice opened all ${copies.length} copies`);

    const transitional = copies.filter((copy) => !copy.includes(".strict."));
    const read = JSON.parse(
      run(python, ["-c", OPENPYXL_READER, JSON.stringify(ADD_IN_SHEETS), ...transitional])
    );
    let sheets = 0;
    for (const copy of transitional) {
      const theirs = read[copy];
      const ours = await ownReading(copy);
      for (const [name, rows] of Object.entries(ours)) {
        const a = JSON.stringify(trimmed(rows));
        const b = JSON.stringify(trimmed(theirs[name] ?? []));
        if (a !== b)
          fail(
            `${path.basename(copy)}, sheet ${name}: openpyxl reads\n${b}\nwhere this reader reads\n${a}`
          );
        sheets++;
      }
    }
    console.log(
      `openpyxl read ${sheets} add-in sheets of ${transitional.length} copies, the same values`
    );
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`check:other-readers passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => fail(error instanceof Error ? error.stack : String(error)));
