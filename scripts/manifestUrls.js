/**
 * Where the add-in is served from, and the rewrite of manifest.xml for a production build.
 *
 * manifest.xml is written for the dev server (https://localhost:3000/). A production build copies it to
 * dist/ with every dev URL swapped for the production base URL. CommonJS so that webpack.config.js can
 * require it and jest can test it.
 */

const DEV_BASE_URL = "https://localhost:3000/";

/** The sample host used by CI and the README's examples; a real deployment names its own. */
const SAMPLE_BASE_URL = "https://tosp.example.org/";

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The production base URL from the environment (ADDIN_BASE_URL): required, since a production manifest
 * must point at the council's own host. Office only loads add-ins over https, so anything else is
 * refused; a missing final "/" is added.
 */
function productionBaseUrl(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || "").trim();
  if (!raw) {
    throw new Error(
      "ADDIN_BASE_URL is missing. A production build needs the https address the add-in's files will " +
        `be served from, for example: ADDIN_BASE_URL=${SAMPLE_BASE_URL} npm run build ` +
        "(use `npm run build:dev` for a development build on https://localhost:3000/)"
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL is not a URL: "${raw}". Give the full address, e.g. https://tosp.example.org/`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins only over https): "${raw}"`
    );
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`ADDIN_BASE_URL must be the production host, not ${url.hostname}: "${raw}"`);
  }
  return raw.endsWith("/") ? raw : `${raw}/`;
}

/**
 * Replaces EVERY occurrence of the dev base URL (a global RegExp: String.replace with a string pattern
 * would change only the first one).
 */
function rewriteDevUrls(text, baseUrl) {
  const pattern = new RegExp(escapeRegExp(DEV_BASE_URL), "g");
  // A replacer function, so that "$" in the URL is never read as a replacement pattern.
  return text.replace(pattern, () => baseUrl);
}

/** Any localhost address left in a production manifest would make Excel load the add-in from the user's own PC. */
function findLocalhost(text) {
  const match = /(https?:\/\/)?(localhost|127\.0\.0\.1)[^\s"'<]*/i.exec(text);
  return match ? match[0] : undefined;
}

/** The production manifest: every dev URL rewritten, and a build error if any localhost address is left. */
function productionManifest(text, baseUrl) {
  const rewritten = rewriteDevUrls(text, baseUrl);
  const left = findLocalhost(rewritten);
  if (left) {
    throw new Error(`manifest.xml still has a localhost address after the rewrite: ${left}`);
  }
  return rewritten;
}

/**
 * The manifest's <Version> follows package.json (Office wants four parts: 0.2.0 → 0.2.0.0), so a
 * release number bump reaches users' Excel through the manifest (docs/deploy.md, "Updates").
 */
function withVersion(text, packageVersion) {
  const parts = String(packageVersion).split("-")[0].split(".");
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) {
    throw new Error(
      `package.json version must be three numbers such as 1.2.3: "${packageVersion}"`
    );
  }
  const version = `${parts.join(".")}.0`;
  if (!/<Version>[^<]*<\/Version>/.test(text)) throw new Error("manifest.xml has no <Version>");
  return text.replace(/<Version>[^<]*<\/Version>/, () => `<Version>${version}</Version>`);
}

module.exports = {
  DEV_BASE_URL,
  SAMPLE_BASE_URL,
  withVersion,
  productionBaseUrl,
  rewriteDevUrls,
  findLocalhost,
  productionManifest,
};
