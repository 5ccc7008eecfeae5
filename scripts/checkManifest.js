#!/usr/bin/env node
/**
 * manifest.xml and the production dist/manifest.xml, validated against Microsoft's add-in manifest
 * schemas (schemas/office/, see its PROVENANCE.md) with xmllint, offline. `npm run validate` (Office's
 * own validator) needs the internet; this does not, so CI runs it after the build (.ci/run).
 *
 *   node scripts/checkManifest.js [manifest.xml …]     (default: manifest.xml dist/manifest.xml)
 *
 * xmllint comes with Debian's libxml2-utils (`apt-get install libxml2-utils`; .ci/run installs it).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "schemas", "office", "OfficeAppManifestV1_1.xsd");
const DEFAULT_FILES = ["manifest.xml", path.join("dist", "manifest.xml")];

/** The xmllint on PATH, or undefined when it is not installed. */
function findXmllint() {
  const found = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return found.error ? undefined : "xmllint";
}

const MISSING_XMLLINT =
  "xmllint is not installed: install Debian's libxml2-utils (apt-get install libxml2-utils), which .ci/run does";

/**
 * Validates one manifest against the schemas: { valid, output } with xmllint's own words, which name
 * the line and element at fault. Throws if xmllint is missing or the file does not exist.
 */
function validateManifest(file) {
  const xmllint = findXmllint();
  if (!xmllint) throw new Error(MISSING_XMLLINT);
  const absolute = path.resolve(ROOT, file);
  if (!fs.existsSync(absolute))
    throw new Error(
      `${file} does not exist${file.startsWith("dist") ? ": run npm run build first" : ""}`
    );
  // --nonet: the schemas import one another by relative path; nothing is fetched.
  const result = spawnSync(xmllint, ["--noout", "--nonet", "--schema", SCHEMA, absolute], {
    encoding: "utf8",
  });
  const output = `${result.stdout}${result.stderr}`.trim();
  return { valid: result.status === 0, output };
}

function main(files) {
  let failed = false;
  for (const file of files.length > 0 ? files : DEFAULT_FILES) {
    try {
      const { valid, output } = validateManifest(file);
      if (valid) console.log(`${file}: valid against Microsoft's manifest schemas`);
      else {
        failed = true;
        console.error(`${file} does not validate against Microsoft's manifest schemas:\n${output}`);
      }
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? error.message : String(error));
    }
  }
  process.exitCode = failed ? 1 : 0;
}

module.exports = { validateManifest, findXmllint, MISSING_XMLLINT, SCHEMA };

if (require.main === module) main(process.argv.slice(2));
