/**
 * The production build in headless Chromium, for the end-to-end test (run.js) and the benchmark's time to
 * first render: builds dist/ when stale, serves it on 127.0.0.1, opens Debian's Chromium through
 * playwright-core (never a downloaded browser) with Office.js's CDN answered from the npm copy and every
 * other origin refused and recorded.
 */

// The functions passed to page.evaluate and page.addInitScript run in the page, with the browser's globals.
/* global window, document, MutationObserver */

const { spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..", "..");
const distDir = path.join(root, "dist");
const officeJsDir = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TIMEOUT_MS = 30_000;

// --- Build -----------------------------------------------------------------------------------------------

/** The newest modification time (ms) of a file or of any file under a folder. */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Whether dist/ is older than anything the webpack build reads (or missing). */
function distIsStale() {
  const outputs = ["taskpane.html", "taskpane.js", "functions.js"].map((f) =>
    path.join(distDir, f)
  );
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const inputs = [
    "src",
    "assets",
    "manifest.xml",
    "webpack.config.js",
    "tsconfig.json",
    "package-lock.json",
    "scripts/manifestUrls.js",
  ];
  return inputs.some((input) => newestMtime(path.join(root, input)) > built);
}

function buildIfNeeded() {
  const force = process.argv.includes("--build");
  if (!force && !distIsStale()) {
    console.log(
      "dist/ is newer than src/ and the build configuration: not rebuilding (--build forces it)"
    );
    return;
  }
  console.log(force ? "building dist/ (--build)" : "dist/ is missing or stale: npm run build");
  const started = performance.now();
  // The pages are served from this machine, but a production build still needs a host's address for its
  // manifest: the sample one unless one is given.
  const env = {
    ...process.env,
    ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || "https://tosp.example.org/",
  };
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// --- Static server ---------------------------------------------------------------------------------------

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** A file's path under `dir` for a URL path, or undefined when it is outside `dir` or not a file. */
function fileUnder(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(dir, "." + path.posix.normalize("/" + decoded));
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** Serves dist/ on 127.0.0.1 at a free port; records every path asked for. */
function startServer(served) {
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url || "/", "http://127.0.0.1").pathname;
    const file = fileUnder(distDir, urlPath === "/" ? "/taskpane.html" : urlPath);
    served.push(`${req.method} ${urlPath} ${file ? 200 : 404}`);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
    } else if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    } else {
      const type = CONTENT_TYPES[path.extname(file)] || "application/octet-stream";
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : fs.readFileSync(file));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

// --- Browser ---------------------------------------------------------------------------------------------

/**
 * Records, in the page, when the add-in's heading first appears (ms since navigation start), so the time
 * to first render does not include Playwright's polling.
 */
function recordFirstRender() {
  const record = () => {
    if (window.__firstRenderMs === undefined && document.querySelector("h1")) {
      window.__firstRenderMs = performance.now();
    }
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
}

/**
 * Opens taskpane.html of dist/ in a fresh headless Chromium profile. Returns the page, what was requested
 * (served: local paths; cdnServed, cdnMissing: Office.js files; foreign: refused other origins;
 * consoleMessages, pageErrors, failedRequests) and close().
 */
async function openTaskpane({
  viewport = { width: 420, height: 640 },
  build = true,
  locale = "en-GB",
} = {}) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's (apt-get install -y --no-install-recommends chromium)` +
        " or set CHROMIUM_PATH; this never downloads a browser"
    );
  }
  if (!fs.existsSync(path.join(officeJsDir, "office.js"))) {
    throw new Error(`no ${path.relative(root, officeJsDir)}/office.js: run npm install first`);
  }
  if (build) buildIfNeeded();

  const record = {
    served: [],
    cdnServed: [],
    cdnMissing: [],
    foreign: new Set(),
    consoleMessages: [],
    pageErrors: [],
    failedRequests: [],
  };
  const server = await startServer(record.served);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-e2e-profile-"));
  const close = async () => {
    if (context) await context.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  let context;
  try {
    // A persistent context on a new, empty profile directory.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport,
      // UK officers' settings unless told otherwise: the end-to-end run uses an American browser to show
      // that the date boxes show and take dd/mm/yyyy whatever the browser's language.
      locale,
      timezoneId: "Europe/London",
      timeout: TIMEOUT_MS,
    });
    context.setDefaultTimeout(TIMEOUT_MS);

    // Every request of every page, frame and worker goes through here: the local server passes, the CDN is
    // answered from the npm copy of Office.js, anything else is refused and reported.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) {
        await route.continue();
      } else if (url.startsWith(CDN_PREFIX)) {
        const file = fileUnder(
          officeJsDir,
          new URL(url).pathname.slice(new URL(CDN_PREFIX).pathname.length)
        );
        if (file) {
          record.cdnServed.push(url);
          const type = CONTENT_TYPES[path.extname(file)] || "application/octet-stream";
          await route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
        } else {
          record.cdnMissing.push(url);
          await route.fulfill({
            status: 404,
            contentType: "text/plain",
            body: "not in @microsoft/office-js",
          });
        }
      } else {
        record.foreign.add(url);
        await route.abort("blockedbyclient");
      }
    });
    // Requests that bypass routing (none expected) are still seen here.
    context.on("request", (request) => {
      const url = request.url();
      if (
        !url.startsWith(origin + "/") &&
        !url.startsWith(CDN_PREFIX) &&
        !url.startsWith("data:")
      ) {
        record.foreign.add(url);
      }
    });
    context.on("weberror", (error) => record.pageErrors.push(String(error.error())));

    const page = context.pages()[0] || (await context.newPage());
    page.on("console", (message) =>
      record.consoleMessages.push({
        type: message.type(),
        text: message.text(),
        location: message.location(),
      })
    );
    page.on("pageerror", (error) => record.pageErrors.push(String(error)));
    page.on("requestfailed", (request) => {
      if (!record.foreign.has(request.url())) {
        record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
      }
    });
    await page.addInitScript(recordFirstRender);
    const started = performance.now();
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    return { page, origin, record, started, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Time to first render as the page measured it (ms from navigation start to the first h1). */
async function firstRenderMs(page) {
  await page.waitForFunction(() => window.__firstRenderMs !== undefined);
  return page.evaluate(() => window.__firstRenderMs);
}

module.exports = { openTaskpane, firstRenderMs, buildIfNeeded, CDN_PREFIX, root };
