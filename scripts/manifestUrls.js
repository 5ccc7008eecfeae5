/**
 * Where the add-in is served from, and the rewrite of manifest.xml for a production build.
 *
 * manifest.xml is written for the dev server (https://localhost:3000/). A production build copies it to
 * dist/ with every dev URL swapped for the production base URL. CommonJS so that webpack.config.js can
 * require it and jest can test it.
 */

const DEV_BASE_URL = "https://localhost:3000/";

/** Used while no production host is chosen; a later issue makes ADDIN_BASE_URL mandatory. */
const DEFAULT_PRODUCTION_BASE_URL = "https://tosp.example.org/";

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The production base URL from the environment (ADDIN_BASE_URL), or the placeholder.
 * Office only loads add-ins over https, so anything else is refused; a missing final "/" is added.
 */
function productionBaseUrl(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || "").trim() || DEFAULT_PRODUCTION_BASE_URL;
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

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PRODUCTION_BASE_URL,
  productionBaseUrl,
  rewriteDevUrls,
  findLocalhost,
  productionManifest,
};
