/**
 * End-to-end run of the production build in headless Chromium: `npm run test:e2e` (not part of `npm test`,
 * which needs no browser).
 *
 *  1. Builds dist/ with `npm run build` unless it is newer than everything it is built from (--build forces it).
 *  2. Serves dist/ on http://127.0.0.1:<free port> with the small static server below.
 *  3. Opens taskpane.html in Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) through playwright-core,
 *     with a fresh, empty profile. Office.js's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/*) is
 *     answered from node_modules/@microsoft/office-js/dist/; every other origin is refused and reported.
 *  4. Checks that the page renders the add-in's name and the "Not in Excel" message (a plain browser is not
 *     Excel), that the console has no errors but the expected ones, and that no request left for another
 *     origin. Saves a screenshot to test/e2e/artifacts/taskpane.png and prints the time to first render.
 *
 * Exits 0 when every check passes, 1 otherwise (listing every failed check).
 */

// The functions passed to page.evaluate and page.addInitScript run in the page, with the browser's globals.
/* global window, document, navigator, MutationObserver */

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
const artifactsDir = path.join(__dirname, "artifacts");
const screenshotPath = path.join(artifactsDir, "taskpane.png");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TIMEOUT_MS = 30_000;

// What src/taskpane/App.tsx renders outside Excel (ADDIN_NAME, then the warning MessageBar).
const ADDIN_NAME = "Tenant Scrutiny Panel";
const NOT_IN_EXCEL_TITLE = "Not in Excel";
const NOT_IN_EXCEL_MESSAGE =
  "Open this page from Excel: add the add-in with manifest.xml, then choose Home > Scrutiny panel.";

/**
 * Console errors the page may log, each with the reason it is acceptable; every error logged must match one
 * of these, and each pattern may match at most `max` errors. Empty: the page logs no errors outside Excel.
 * @type {{ pattern: RegExp, max: number, why: string }[]}
 */
const EXPECTED_CONSOLE_ERRORS = [];

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

async function run() {
  const failures = [];
  const fail = (message) => failures.push(message);

  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's (apt-get install -y --no-install-recommends chromium)` +
        " or set CHROMIUM_PATH; this test never downloads a browser"
    );
  }
  if (!fs.existsSync(path.join(officeJsDir, "office.js"))) {
    throw new Error(`no ${path.relative(root, officeJsDir)}/office.js: run npm install first`);
  }
  buildIfNeeded();

  const served = [];
  const server = await startServer(served);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-e2e-profile-"));
  fs.mkdirSync(artifactsDir, { recursive: true });

  const cdnServed = [];
  const cdnMissing = [];
  const foreign = new Set();
  const consoleMessages = [];
  const pageErrors = [];
  const failedRequests = [];
  let context;
  try {
    // A persistent context on a new, empty profile directory: the --user-data-dir of the machine's notes.
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
      viewport: { width: 420, height: 640 },
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
          cdnServed.push(url);
          const type = CONTENT_TYPES[path.extname(file)] || "application/octet-stream";
          await route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
        } else {
          cdnMissing.push(url);
          await route.fulfill({
            status: 404,
            contentType: "text/plain",
            body: "not in @microsoft/office-js",
          });
        }
      } else {
        foreign.add(url);
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
        foreign.add(url);
      }
    });
    context.on("weberror", (error) => pageErrors.push(String(error.error())));

    const page = context.pages()[0] || (await context.newPage());
    page.on("console", (message) =>
      consoleMessages.push({
        type: message.type(),
        text: message.text(),
        location: message.location(),
      })
    );
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("requestfailed", (request) => {
      if (!foreign.has(request.url())) {
        failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
      }
    });
    await page.addInitScript(recordFirstRender);

    const started = performance.now();
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    const heading = page.getByRole("heading", { level: 1, name: ADDIN_NAME });
    await heading.waitFor({ state: "visible" });
    const wallClockMs = performance.now() - started;

    const message = page.getByText(NOT_IN_EXCEL_MESSAGE, { exact: false });
    try {
      await message.waitFor({ state: "visible", timeout: 5_000 });
    } catch {
      fail(`the message shown outside Excel did not appear: "${NOT_IN_EXCEL_MESSAGE}"`);
    }
    const bodyText = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    if (!bodyText.includes(NOT_IN_EXCEL_TITLE))
      fail(`no "${NOT_IN_EXCEL_TITLE}" title on the page`);
    if (bodyText.includes("Loading the Tenant Scrutiny Panel"))
      fail("the loading text is still shown");
    if ((await page.title()) !== ADDIN_NAME) fail(`page title is "${await page.title()}"`);

    // Office.js outside Office: loaded, and Office.onReady said "no host" (else the message would not show).
    const office = await page.evaluate(() => ({
      loaded: typeof window.Office !== "undefined",
      customFunctions: typeof window.CustomFunctions,
    }));
    if (!office.loaded) fail("Office.js did not load (window.Office is undefined)");

    // Let anything Office.js does after onReady (more scripts, frames, telemetry) happen before judging.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: screenshotPath, fullPage: true });

    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType("navigation");
      return {
        firstRender: window.__firstRenderMs,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : undefined,
        load: nav ? nav.loadEventEnd : undefined,
      };
    });

    // --- Judge what was recorded ---
    const errors = consoleMessages.filter((m) => m.type === "error");
    const matches = new Map(EXPECTED_CONSOLE_ERRORS.map((e) => [e, 0]));
    for (const error of errors) {
      const expected = EXPECTED_CONSOLE_ERRORS.find((e) => e.pattern.test(error.text));
      if (expected) {
        matches.set(expected, matches.get(expected) + 1);
      } else {
        const where = error.location && error.location.url ? ` (${error.location.url})` : "";
        fail(`console error: ${error.text}${where}`);
      }
    }
    for (const [expected, count] of matches) {
      if (count > expected.max)
        fail(`${count} console errors match ${expected.pattern}, at most ${expected.max}`);
    }
    for (const error of pageErrors) fail(`uncaught error in the page: ${error}`);
    for (const request of failedRequests) fail(`request failed: ${request}`);
    for (const url of cdnMissing)
      fail(`Office.js asked for ${url}, which @microsoft/office-js does not have`);
    for (const url of foreign)
      fail(`request to an origin other than ${origin} and the Office.js CDN: ${url}`);
    const notFound = served.filter((line) => !line.endsWith(" 200"));
    for (const line of notFound) fail(`local server: ${line}`);

    // --- Report ---
    console.log(
      `\ntaskpane.html from ${origin} in ${await page.evaluate(() => navigator.userAgent)}`
    );
    console.log(`local server: ${served.join(", ")}`);
    console.log(
      `routed from @microsoft/office-js: ${cdnServed.map((u) => u.slice(CDN_PREFIX.length)).join(", ")}`
    );
    console.log(`window.CustomFunctions outside Excel: ${office.customFunctions}`);
    const others = consoleMessages.filter((m) => m.type !== "error");
    console.log(`console: ${errors.length} errors, ${others.length} other messages`);
    for (const m of consoleMessages) console.log(`  [${m.type}] ${m.text}`);
    const ms = (value) => (typeof value === "number" ? `${Math.round(value)} ms` : "n/a");
    console.log(
      `time to first render (heading in the DOM, from navigation start): ${ms(timing.firstRender)};` +
        ` DOMContentLoaded ${ms(timing.domContentLoaded)}, load ${ms(timing.load)};` +
        ` goto to heading visible (wall clock) ${ms(wallClockMs)}`
    );
    console.log(`screenshot: ${path.relative(root, screenshotPath)}`);
  } finally {
    if (context) await context.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
  return failures;
}

run().then(
  (failures) => {
    if (failures.length > 0) {
      console.error(`\nend-to-end: ${failures.length} failed checks:`);
      for (const failure of failures) console.error(`  - ${failure}`);
      process.exit(1);
    }
    console.log("\nend-to-end: all checks passed");
  },
  (error) => {
    console.error(`\nend-to-end: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
