#!/usr/bin/env node
/**
 * After `ADDIN_BASE_URL=… npm run build`: no development address is left anywhere in dist/ (every page,
 * script, manifest and metadata file), and the manifest points at ADDIN_BASE_URL. The pages and scripts
 * name no origin but the add-in's own and Office.js's CDN (confidentiality), and call no network
 * API themselves. A localhost address in
 * a deployed add-in would make Excel load files from the user's own PC (docs/deploy.md).
 *
 *   node scripts/checkDist.js [dist]
 */
const fs = require("fs");
const path = require("path");
const { productionBaseUrl } = require("./manifestUrls");

const TEXT_FILES = /\.(js|html|xml|json|css|txt|map)$/;
const DEV_ADDRESS = /(https?:\/\/)?(localhost|127\.0\.0\.1)(:\d+)?[^\s"'<)]*/i;

/**
 * URLs that may appear in the bundles because they are never requested: XML namespace names (React and
 * Fluent create SVG and MathML elements with them) and links inside libraries' own warning and error
 * messages (moment, React, date-fns). Anything else is a possible request to another origin.
 */
const NEVER_REQUESTED = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML)$/,
  /^https?:\/\/momentjs\.com\/(guides|timezone\/docs)\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
  /^https:\/\/github\.com\/date-fns\/date-fns\/blob\/master\/docs\//,
];
/** Office.js from Microsoft's CDN: the one origin besides the add-in's own that the pages load from. */
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?;?$/;
const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9._~:/?#@!$&*+,;=%-]+/g;
const NETWORK_CALLS = /\b(fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource)/;

/** Every URL in the pages and scripts that is neither the add-in's own, nor Office's, nor a known name. */
function foreignUrls(file, text, baseUrl) {
  const own = new URL(baseUrl).origin;
  return [...text.matchAll(URL_IN_TEXT)]
    .map((match) => match[0])
    .filter(
      (url) =>
        !url.startsWith(own) && !OFFICE_CDN.test(url) && !NEVER_REQUESTED.some((p) => p.test(url))
    )
    .map((url) => `${file}: ${url}`);
}

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
    const name = path.relative(dist, file);
    const match = DEV_ADDRESS.exec(text);
    if (match) found.push(`${name}: ${match[0]}`);
    // Nothing leaves the workbook (README, "Your data"): the pages name no other origin and make no call
    // of their own to the network (source maps excluded: they hold the sources' comments).
    if (/\.(js|html)$/.test(file)) {
      found.push(...foreignUrls(name, text, baseUrl));
      const call = NETWORK_CALLS.exec(text);
      if (call) found.push(`${name}: a network call (${call[1]})`);
    }
  }
  const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  if (!manifest.includes(`<SourceLocation DefaultValue="${baseUrl}`)) {
    found.push(`manifest.xml: SourceLocation is not under ${baseUrl}`);
  }
  if (found.length > 0) {
    console.error(
      `dist/ has development addresses, other origins or a wrong host:\n  ${found.join("\n  ")}`
    );
    process.exit(1);
  }
  console.log(
    `dist/: ${checked} files checked: no development address, no URL of another origin than Office.js's` +
      ` CDN, no network call of their own; manifest points at ${baseUrl}`
  );
}

main();
