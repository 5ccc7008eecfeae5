/**
 * Checks that a real spreadsheet program opens what the add-in writes: `npm run check:libreoffice`.
 *
 * Builds the command line, writes the demo workbook, scans it as at 23/11/2026 (which writes
 * demo.scanned.xlsx), then has LibreOffice Calc (Debian's libreoffice-calc) convert the scanned workbook
 * to PDF, which must exit 0 and give a non-empty PDF, and its first sheet (Members) to CSV, whose Status
 * column must hold, row for row, what the scan wrote (read back with exceljs).
 *
 * Everything goes to a new folder under the system's temporary folder, removed at the end unless
 * --keep is given. LibreOffice runs with its own new profile there, so a LibreOffice already open on the
 * machine neither takes over the conversion nor is disturbed. Exits 1 on the first failure.
 */

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const ExcelJS = require("exceljs");

const root = path.resolve(__dirname, "..");
const keep = process.argv.includes("--keep");
const AS_OF = "2026-11-23";

function fail(message) {
  console.error(`check:libreoffice: ${message}`);
  process.exit(1);
}

/** Runs a command, printing its output and how long it took; fails on a non-zero exit. */
function run(label, command, args, options = {}) {
  console.log(`\n--> ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    timeout: 180_000,
    ...options,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) fail(`${label}: ${result.error.message}`);
  if (result.status !== 0)
    fail(`${label} exited ${result.status ?? result.signal} after ${seconds} s`);
  console.log(`<-- ${label}: ${seconds} s`);
}

/** The LibreOffice program on the PATH. */
function libreOfficeCommand() {
  for (const name of ["libreoffice", "soffice"]) {
    if (spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0)
      return name;
  }
  return fail(
    "LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc"
  );
}

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Name → Status of the Members sheet as the scan wrote it (header row: the first with Name and Status). */
async function statusesWritten(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Members");
  if (!sheet) fail(`${path.basename(file)} has no Members sheet`);
  const text = (cell) => (cell.text || "").trim();
  let nameColumn = 0;
  let statusColumn = 0;
  const statuses = new Map();
  sheet.eachRow((row) => {
    if (statusColumn === 0) {
      row.eachCell((cell, column) => {
        if (text(cell) === "Name") nameColumn = column;
        if (text(cell) === "Status") statusColumn = column;
      });
      if (nameColumn === 0 || statusColumn === 0) nameColumn = statusColumn = 0;
      return;
    }
    const name = text(row.getCell(nameColumn));
    if (name !== "") statuses.set(name, text(row.getCell(statusColumn)));
  });
  if (statusColumn === 0) fail("the scanned Members sheet has no header row with Name and Status");
  return statuses;
}

async function main() {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-libreoffice-"));
  const demo = path.join(tmp, "demo.xlsx");
  const scanned = path.join(tmp, "demo.scanned.xlsx");
  const libreoffice = libreOfficeCommand();
  const profile = `-env:UserInstallation=${pathToFileURL(path.join(tmp, "profile")).href}`;
  const version = spawnSync(libreoffice, [profile, "--version"], { encoding: "utf8" });
  console.log(`${(version.stdout || "").trim() || libreoffice}; working in ${tmp}`);

  try {
    run("build the command line", "npm", ["run", "build:cli"]);
    run("demo workbook", "node", ["lib/cli/tosp.js", "demo", "--out", demo]);
    run("scan", "node", ["lib/cli/tosp.js", "scan", demo, "--as-of", AS_OF]);
    if (!fs.existsSync(scanned)) fail(`the scan did not write ${scanned}`);

    // LibreOffice can exit 0 although it could not load the file, so the output files are checked too.
    run("LibreOffice to PDF", libreoffice, [
      profile,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      tmp,
      scanned,
    ]);
    const pdf = path.join(tmp, "demo.scanned.pdf");
    if (!fs.existsSync(pdf)) fail("LibreOffice wrote no PDF");
    const pdfBytes = fs.readFileSync(pdf);
    if (pdfBytes.length === 0) fail("LibreOffice wrote an empty PDF");
    if (pdfBytes.subarray(0, 5).toString("latin1") !== "%PDF-")
      fail("LibreOffice's PDF does not start with %PDF-");
    const pages = (pdfBytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`PDF: ${pdfBytes.length} bytes, ${pages} pages`);

    // CSV of the first sheet: comma-separated, double quotes, UTF-8 (filter options 44,34,76).
    run("LibreOffice to CSV (first sheet)", libreoffice, [
      profile,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      tmp,
      scanned,
    ]);
    const csvFile = path.join(tmp, "demo.scanned.csv");
    if (!fs.existsSync(csvFile)) fail("LibreOffice wrote no CSV");
    const rows = parseCsv(fs.readFileSync(csvFile, "utf8"));
    const headerIndex = rows.findIndex((row) => row.includes("Name") && row.includes("Status"));
    if (headerIndex < 0)
      fail("the CSV of the first sheet has no header row with Name and Status (is Members first?)");
    const header = rows[headerIndex];
    const seen = new Map();
    for (const row of rows.slice(headerIndex + 1)) {
      const name = (row[header.indexOf("Name")] || "").trim();
      if (name !== "") seen.set(name, (row[header.indexOf("Status")] || "").trim());
    }

    const written = await statusesWritten(scanned);
    const problems = [];
    for (const [name, status] of written) {
      if (status === "") problems.push(`${name}: the scan wrote no Status`);
      else if (seen.get(name) !== status)
        problems.push(`${name}: scan wrote "${status}", LibreOffice read "${seen.get(name)}"`);
    }
    for (const name of seen.keys()) {
      if (!written.has(name))
        problems.push(`${name}: in LibreOffice's CSV but not in the scanned Members sheet`);
    }
    if (written.size === 0) problems.push("no members in the scanned workbook");
    if (problems.length > 0) fail(`Members' Status column:\n  ${problems.join("\n  ")}`);
    const counts = {};
    for (const status of seen.values()) counts[status] = (counts[status] || 0) + 1;
    const summary = Object.entries(counts)
      .map(([status, n]) => `${n} ${status}`)
      .join(", ");
    console.log(
      `Members' Status as LibreOffice reads it, same as written: ${seen.size} members (${summary})`
    );
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\ncheck:libreoffice passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => fail(error instanceof Error ? error.stack : String(error)));
