#!/usr/bin/env node
/**
 * After `ADDIN_BASE_URL=… npm run build`: no development address is left anywhere in dist/ (every page,
 * script, manifest and metadata file), and the manifest points at ADDIN_BASE_URL. A localhost address in
 * a deployed add-in would make Excel load files from the user's own PC (docs/deploy.md).
 *
 *   node scripts/checkDist.js [dist]
 */
const fs = require("fs");
const path = require("path");
const { productionBaseUrl } = require("./manifestUrls");

const TEXT_FILES = /\.(js|html|xml|json|css|txt|map)$/;
const DEV_ADDRESS = /(https?:\/\/)?(localhost|127\.0\.0\.1)(:\d+)?[^\s"'<)]*/i;

function filesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function main() {
  const dist = path.resolve(process.argv[2] || "dist");
  const baseUrl = productionBaseUrl();
  const found = [];
  let checked = 0;
  for (const file of filesUnder(dist)) {
    // Office.js's own copy is Microsoft's and not served by us (taskpane.html loads it from the CDN).
    if (!TEXT_FILES.test(file)) continue;
    checked++;
    const text = fs.readFileSync(file, "utf8");
    const match = DEV_ADDRESS.exec(text);
    if (match) found.push(`${path.relative(dist, file)}: ${match[0]}`);
  }
  const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  if (!manifest.includes(`<SourceLocation DefaultValue="${baseUrl}`)) {
    found.push(`manifest.xml: SourceLocation is not under ${baseUrl}`);
  }
  if (found.length > 0) {
    console.error(`dist/ has development addresses or a wrong host:\n  ${found.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    `dist/: ${checked} files checked, no development address; manifest points at ${baseUrl}`
  );
}

main();
