#!/usr/bin/env node
/**
 * `npm run package`: the production build (ADDIN_BASE_URL required) as one zip, ready to copy to a
 * static HTTPS host: every file of dist/ at the zip's root, the manifest among them (docs/deploy.md).
 *
 *   ADDIN_BASE_URL=https://tosp.council.example/ npm run package   → tosp-addin-<version>.zip
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { version } = require("../package.json");

function filesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function main() {
  const root = path.resolve(__dirname, "..");
  const dist = path.join(root, "dist");
  if (!fs.existsSync(path.join(dist, "manifest.xml"))) {
    throw new Error("dist/ has no build: run `ADDIN_BASE_URL=https://… npm run build` first");
  }
  const zip = new JSZip();
  const files = filesUnder(dist).filter((file) => !file.endsWith(".map"));
  // A fixed date, so the same build always gives the same zip.
  const date = new Date("2026-01-01T00:00:00Z");
  for (const file of files) {
    zip.file(path.relative(dist, file).split(path.sep).join("/"), fs.readFileSync(file), { date });
  }
  const out = path.join(root, `tosp-addin-${version}.zip`);
  const content = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync(out, content);
  console.log(
    `${path.relative(root, out)}: ${files.length} files, ${Math.round(content.length / 1024)} KB`
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
