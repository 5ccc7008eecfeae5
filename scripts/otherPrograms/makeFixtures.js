/**
 * Writes the workbooks of test/fixtures/other-programs/, made by programs other than this one and Excel:
 *
 *   node scripts/otherPrograms/makeFixtures.js [--out DIR]
 *
 * - openpyxl-panel.xlsx: makeOpenpyxlWorkbook.py run by Debian's python3 (python3-openpyxl, python3-pil).
 * - libreoffice-panel.xlsx: the same workbook opened and saved again by LibreOffice Calc
 *   (`soffice --headless --convert-to xlsx`), so every part of it is LibreOffice's own writing.
 * - openpyxl-sparse.xlsx: makeSparseWorkbook.py: a value in XFD1048576, a drop-down and a colour over
 *   whole columns.
 *
 * Not byte-for-byte reproducible (both programs stamp the time); regenerate and commit the two files
 * together. scripts/checkOtherReaders.js makes them afresh in CI, from the versions installed there.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const DEFAULT_OUT = path.join(__dirname, "..", "..", "test", "fixtures", "other-programs");

/** Debian's Python, which has python3-openpyxl (a pyenv or venv python on PATH may not). */
function python() {
  return fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

function makeOtherProgramsWorkbooks(out) {
  fs.mkdirSync(out, { recursive: true });
  const openpyxl = path.join(out, "openpyxl-panel.xlsx");
  execFileSync(python(), [path.join(__dirname, "makeOpenpyxlWorkbook.py"), openpyxl], {
    stdio: "inherit",
  });
  const sparse = path.join(out, "openpyxl-sparse.xlsx");
  execFileSync(python(), [path.join(__dirname, "makeSparseWorkbook.py"), sparse], {
    stdio: "inherit",
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-lo-"));
  try {
    const copy = path.join(work, "libreoffice-panel.xlsx");
    fs.copyFileSync(openpyxl, copy);
    const converted = path.join(work, "out");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        converted,
        copy,
      ],
      { stdio: "ignore", timeout: 180_000 }
    );
    fs.copyFileSync(
      path.join(converted, "libreoffice-panel.xlsx"),
      path.join(out, "libreoffice-panel.xlsx")
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return [openpyxl, path.join(out, "libreoffice-panel.xlsx"), sparse];
}

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  const out = at > 0 ? process.argv[at + 1] : DEFAULT_OUT;
  for (const file of makeOtherProgramsWorkbooks(out)) console.log(`Wrote ${file}`);
}

module.exports = { makeOtherProgramsWorkbooks };
