/**
 * End-to-end run of the production build in headless Chromium: `npm run test:e2e` (not part of `npm test`,
 * which needs no browser). The browser, server and routing are in browser.js.
 *
 *  1. Opens taskpane.html at 320 px wide (the narrowest task pane) outside Excel: the add-in's name, the
 *     "Not in Excel" message, no horizontal scrolling.
 *  2. Clicks "Try it with a sample workbook": the task pane over the memory host with the demo workbook
 *     (DESIGN.md). Visits every view, adds a trigger to the review programme, checks that Enter in the
 *     Record a meeting form saves nothing, records a meeting through its check, and corrects it.
 *  3. Saves a screenshot of each view to docs/images/ (the officer's guide shows them; this run keeps
 *     them current) and to test/e2e/artifacts/.
 *  4. Fails on a console error, an uncaught error, a failed request, or any request to an origin other than
 *     the add-in's own and Office.js's CDN (answered from the npm copy). Prints the time to first render.
 *
 * Exits 0 when every check passes, 1 otherwise (listing every failed check).
 */

/* global document */

const fs = require("fs");
const path = require("path");
const { CDN_PREFIX, firstRenderMs, openTaskpane, root } = require("./browser");

const artifactsDir = path.join(__dirname, "artifacts");
const guideImagesDir = path.join(root, "docs", "images");
const WIDTH = 320;

const ADDIN_NAME = "Tenant Scrutiny Panel";
const NOT_IN_EXCEL_TITLE = "Not in Excel";
const NOT_IN_EXCEL_MESSAGE =
  "Open this page from Excel: add the add-in with manifest.xml, then choose Home > Scrutiny panel.";

/**
 * Console errors the page may log, each with why it is acceptable; any other error fails the run.
 */
const EXPECTED_CONSOLE_ERRORS = [
  {
    // Office.js, opened outside Office, tries to frame Microsoft's telemetry service after a while. The
    // page's Content-Security-Policy (frame-src) refuses it before any request is made: nothing leaves.
    pattern:
      /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates .*frame-src/,
    max: 2,
  },
];

/** The tabs of src/taskpane/views/panelViews.ts, with the file name of each screenshot. */
const VIEWS = [
  ["Overview", "overview"],
  ["KPIs and triggers", "kpis"],
  ["Members", "members"],
  ["Reviews", "reviews"],
  ["Recommendations", "recommendations"],
  ["Problems", "problems"],
  ["Set up", "set-up"],
  ["Summary", "summary"],
];

async function screenshot(page, name) {
  const file = `${name}.png`;
  await page.screenshot({ path: path.join(artifactsDir, file), fullPage: true });
  fs.copyFileSync(path.join(artifactsDir, file), path.join(guideImagesDir, file));
}

async function noSidewaysScroll(page, where, fail) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > WIDTH + 1)
    fail(`${where}: the page is ${width} px wide at ${WIDTH} px (sideways scrolling)`);
}

async function walkThroughSample(page, fail) {
  await page.getByRole("button", { name: "Try it with a sample workbook" }).click();
  const overviewTab = page.getByRole("tab", { name: /Overview/ });
  await overviewTab.waitFor({ state: "visible" });
  // The sample scans as it opens: the status line says so.
  await page
    .getByText(/Scan finished/)
    .first()
    .waitFor({ state: "visible" });

  for (const [label, file] of VIEWS) {
    await page.getByRole("tab", { name: new RegExp(`^${label}`) }).click();
    await page.waitForTimeout(200);
    await noSidewaysScroll(page, label, fail);
    await screenshot(page, file);
  }

  // KPIs and triggers: add the first waiting trigger to the review programme.
  await page.getByRole("tab", { name: /^KPIs and triggers/ }).click();
  const add = page.getByRole("button", { name: "Add to review programme" }).first();
  await add.click();
  try {
    await page
      .getByText(/added to the review programme|Added to the review programme/i)
      .first()
      .waitFor({
        state: "visible",
        timeout: 10_000,
      });
  } catch {
    fail("adding a trigger to the review programme showed no confirmation");
  }

  // Members: record a meeting with everyone present, checking it before it is written (issue 13).
  await page.getByRole("tab", { name: /^Members/ }).click();
  const form = page.getByRole("region", { name: "Record a meeting" });
  const checkPanel = page.getByRole("region", { name: /^Check/ });
  // A stray Enter in the date box or on a mark must neither save nor even check the meeting.
  await form.getByLabel(/Meeting date/).press("Enter");
  await form.getByRole("radio", { name: "P: present" }).first().press("Enter");
  await page.waitForTimeout(500);
  if ((await checkPanel.count()) > 0 || (await page.getByText(/Meeting recorded/).count()) > 0)
    fail("Enter in the Record a meeting form saved or checked the meeting");

  const radios = form.getByRole("radio", { name: "P: present" });
  const count = await radios.count();
  for (let i = 0; i < count; i++) await radios.nth(i).check();
  await screenshot(page, "record-meeting");
  await form.getByRole("button", { name: "Save the meeting" }).click();
  try {
    await checkPanel.waitFor({ state: "visible", timeout: 10_000 });
    const checked = await checkPanel.innerText();
    if (!/Quorum: \d+ of \d+ tenant members present, \d+ needed: quorate\./.test(checked))
      fail(`the check before saving gives no quorum: ${checked}`);
    await noSidewaysScroll(page, "the check before saving", fail);
    await screenshot(page, "record-meeting-check");
    await checkPanel.getByRole("button", { name: "Confirm and save" }).click();
    await confirmedBesideTheForm(page, form, "Meeting recorded", fail);
  } catch (error) {
    fail(`recording a meeting did not go through its check: ${error.message.split("\n")[0]}`);
  }

  // Correct the meeting just recorded: chosen from the list, one mark changed, written in place.
  try {
    const which = form.getByRole("combobox", { name: "Which meeting" });
    const label = /^Correct \d\d\/\d\d\/\d{4} \(Main\)$/;
    const options = async () =>
      (await which.locator("option").allInnerTexts()).filter((text) => label.test(text));
    const before = await options();
    await which.selectOption({ label: before[0] });
    await form.getByRole("radio", { name: "R: absent with a reason" }).first().check();
    await form.getByRole("button", { name: "Save the correction" }).click();
    await checkPanel.getByRole("button", { name: "Confirm the correction" }).click();
    await confirmedBesideTheForm(page, form, "Meeting corrected", fail);
    const after = await options();
    if (after.length !== before.length)
      fail(`correcting a meeting changed the list of recorded meetings: ${before} → ${after}`);
  } catch (error) {
    fail(`correcting a meeting did not finish: ${error.message.split("\n")[0]}`);
  }
}

/** The confirmation shows in the form's own section and has the keyboard focus. */
async function confirmedBesideTheForm(page, form, title, fail) {
  await form.getByText(title, { exact: true }).waitFor({ state: "visible", timeout: 10_000 });
  const focused = await page.evaluate(
    (text) => document.activeElement?.textContent?.startsWith(text) ?? false,
    title
  );
  if (!focused) fail(`"${title}" is shown, but the keyboard focus is not on it`);
}

function judge(record, origin, fail) {
  const seen = new Map();
  for (const error of record.consoleMessages.filter((m) => m.type === "error")) {
    const expected = EXPECTED_CONSOLE_ERRORS.find((e) => e.pattern.test(error.text));
    if (expected && (seen.get(expected) || 0) < expected.max) {
      seen.set(expected, (seen.get(expected) || 0) + 1);
      continue;
    }
    const where = error.location && error.location.url ? ` (${error.location.url})` : "";
    fail(`console error: ${error.text}${where}`);
  }
  for (const error of record.pageErrors) fail(`uncaught error in the page: ${error}`);
  for (const request of record.failedRequests) fail(`request failed: ${request}`);
  for (const url of record.cdnMissing)
    fail(`Office.js asked for ${url}, which @microsoft/office-js does not have`);
  for (const url of record.foreign)
    fail(`request to an origin other than ${origin} and the Office.js CDN: ${url}`);
  for (const line of record.served.filter((l) => !l.endsWith(" 200")))
    fail(`local server: ${line}`);
}

async function run() {
  const failures = [];
  const fail = (message) => failures.push(message);
  fs.mkdirSync(artifactsDir, { recursive: true });
  fs.mkdirSync(guideImagesDir, { recursive: true });

  const { page, origin, record, close } = await openTaskpane({
    viewport: { width: WIDTH, height: 720 },
  });
  try {
    await page.getByRole("heading", { level: 1, name: ADDIN_NAME }).waitFor({ state: "visible" });
    const firstRender = await firstRenderMs(page);
    try {
      await page.getByText(NOT_IN_EXCEL_MESSAGE, { exact: false }).waitFor({ timeout: 5_000 });
    } catch {
      fail(`the message shown outside Excel did not appear: "${NOT_IN_EXCEL_MESSAGE}"`);
    }
    const bodyText = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    if (!bodyText.includes(NOT_IN_EXCEL_TITLE))
      fail(`no "${NOT_IN_EXCEL_TITLE}" title on the page`);
    if ((await page.title()) !== ADDIN_NAME) fail(`page title is "${await page.title()}"`);
    // Let anything Office.js does after onReady (more scripts, frames) happen before judging requests.
    await page.waitForLoadState("networkidle");
    await noSidewaysScroll(page, "outside Excel", fail);
    await screenshot(page, "outside-excel");

    await walkThroughSample(page, fail);
    // The sample makes no requests of its own (demo.js aside); give any late one a moment to show.
    await page.waitForTimeout(1_000);
    judge(record, origin, fail);

    console.log(`local server: ${record.served.join(", ")}`);
    console.log(
      `routed from @microsoft/office-js: ${record.cdnServed.map((u) => u.slice(CDN_PREFIX.length)).join(", ")}`
    );
    console.log(
      `time to first render (heading in the DOM, from navigation start): ${Math.round(firstRender)} ms`
    );
    console.log(`screenshots: ${path.relative(root, guideImagesDir)}/ (${VIEWS.length + 3} views)`);
  } finally {
    await close();
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
