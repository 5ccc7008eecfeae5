/**
 * End-to-end run of the production build in headless Chromium: `npm run test:e2e` (not part of `npm test`,
 * which needs no browser). The browser, server and routing are in browser.js.
 *
 *  1. Opens taskpane.html at 320 px wide (the narrowest task pane) in an American (en-US) browser outside
 *     Excel: the add-in's name, the "Not in Excel" message, no horizontal scrolling, and the page
 *     following the system's light and dark setting.
 *  2. Clicks "Try it with a sample workbook": the task pane over the memory host with the demo workbook
 *     (docs/development.md). Every view, chosen from the View drop-down, starts above y = 400; Scan, Add
 *     to review programme, Confirm and save, Confirm the correction, Set up and Write the Summary sheet
 *     each confirm beside their control, in view and with the keyboard focus; the accepted trigger stays,
 *     marked accepted, its area open; the date box shows dd/mm/yyyy; Enter in the Record a meeting form
 *     saves nothing; the quorum line stays in view while the last member is marked; meeting types never
 *     break inside a word; links and buttons reached by Tab show a focus ring; in forced colours the
 *     charts take the system's colours. Complaints and hazards lists the overdue hazard first,
 *     and its "Show in the log" selects its row.
 *  3. Saves the first screen of each view (and the form, the check and an accepted trigger) to
 *     docs/images/ (the officer's guide shows them; this run keeps them current) and to
 *     test/e2e/artifacts/.
 *     Each view is scanned with axe-core (WCAG 2.1 A and AA): no violation but Fluent's hidden focus
 *     helpers (tabster's "dummy" inputs, aria-hidden yet focusable on purpose so Tab wraps; a known false
 *     positive, axe-core/fluentui issues), which are counted and listed apart.
 *  4. Fails on a console error, an uncaught error, a failed request, or any request to an origin other than
 *     the add-in's own and Office.js's CDN (answered from the npm copy). Prints the time to first render.
 *
 * Exits 0 when every check passes, 1 otherwise (listing every failed check).
 */

/* global document, window, getComputedStyle */

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

/** The views of src/taskpane/views/panelViews.ts, with the file name of each screenshot. */
const VIEWS = [
  ["Overview", "overview"],
  ["KPIs and triggers", "kpis"],
  ["Complaints and hazards", "complaints-and-hazards"],
  ["Members", "members"],
  ["Reviews", "reviews"],
  ["Recommendations", "recommendations"],
  ["Problems", "problems"],
  ["Set up", "set-up"],
  ["Summary", "summary"],
];

/** Each view's content starts on the first screen at 320 px. */
const FIRST_SCREEN = 400;

/** A screenshot for the guide: the first screen (what a person sees), or the whole page. */
async function screenshot(page, name, { fullPage = false, element } = {}) {
  const file = `${name}.png`;
  const target = path.join(artifactsDir, file);
  if (element) await element.screenshot({ path: target });
  else await page.screenshot({ path: target, fullPage });
  fs.copyFileSync(target, path.join(guideImagesDir, file));
}

async function noSidewaysScroll(page, where, fail) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > WIDTH + 1)
    fail(`${where}: the page is ${width} px wide at ${WIDTH} px (sideways scrolling)`);
}

/** Opens a view: at 320 px the views are a drop-down named View, not tabs. */
async function openView(page, label, fail) {
  const picker = page.getByRole("combobox", { name: "View" });
  if ((await picker.count()) === 0) {
    fail(`at ${WIDTH} px there is no View drop-down`);
    await page.getByRole("tab", { name: new RegExp(`^${label}`) }).click();
    return;
  }
  const options = await picker.locator("option").allInnerTexts();
  await picker.selectOption({ label: options.find((o) => o.startsWith(label)) });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
}

/** The view shown: its own region (a tab panel under tabs, a named region under the drop-down). */
const viewRegion = (page) => page.locator("main section[id^='tosp-tabpanel-']");

/** The view's heading and the first thing under it start above y = 400, scrolled to the top. */
async function contentOnFirstScreen(page, label, fail) {
  const region = viewRegion(page);
  const tops = await region.evaluate((element) => {
    const heading = element.querySelector("h2");
    const next = heading && heading.nextElementSibling;
    return [heading, next].map((e) => (e ? e.getBoundingClientRect().top : Infinity));
  });
  if (!(Math.max(...tops) < FIRST_SCREEN))
    fail(
      `${label}: the view's content starts at y = ${Math.round(Math.max(...tops))}, not above ${FIRST_SCREEN}`
    );
}

/** The action's confirmation (its title) is in the viewport and has the keyboard focus. */
async function confirmedHere(page, within, title, what, fail) {
  try {
    await within
      .getByText(title, { exact: true })
      .first()
      .waitFor({ state: "visible", timeout: 10_000 });
  } catch {
    fail(`${what}: no "${title}" beside the control`);
    return;
  }
  await page.waitForTimeout(200);
  const seen = await page.evaluate((text) => {
    const active = document.activeElement;
    const focused = Boolean(active && active.textContent && active.textContent.startsWith(text));
    const box = active ? active.getBoundingClientRect() : undefined;
    const inView =
      box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    return { focused, inView, top: box && Math.round(box.top) };
  }, title);
  if (!seen.focused) fail(`${what}: "${title}" is shown, but the keyboard focus is not on it`);
  else if (!seen.inView)
    fail(`${what}: "${title}" has the focus but is not in view (top ${seen.top})`);
}

/** A control reached by the keyboard shows a focus ring of at least 2 px (weak on links and Add). */
async function focusRingShows(page, locator, what, fail) {
  // The element itself: a locator would find the stand-in button put before it.
  const control = await locator.elementHandle();
  await control.evaluate((element) => {
    const before = document.createElement("button");
    before.textContent = "before";
    before.setAttribute("data-e2e", "before");
    element.parentElement.insertBefore(before, element);
    before.focus();
  });
  await page.keyboard.press("Tab");
  const ring = await control.evaluate((element) => {
    const style = getComputedStyle(element);
    document.querySelector("[data-e2e=before]").remove();
    return {
      focused: document.activeElement === element,
      outline: style.outlineStyle !== "none" ? parseFloat(style.outlineWidth) : 0,
    };
  });
  if (!ring.focused) fail(`${what}: Tab did not reach it`);
  else if (ring.outline < 2) fail(`${what}: no visible focus ring (outline ${ring.outline} px)`);
}

async function walkThroughSample(page, fail) {
  await page.getByRole("button", { name: "Try it with a sample workbook" }).click();
  // The sample scans as it opens: its message says so, beside Scan.
  await page.getByText("Scan finished", { exact: true }).waitFor({ state: "visible" });

  for (const [label, file] of VIEWS) {
    await openView(page, label, fail);
    await noSidewaysScroll(page, label, fail);
    await contentOnFirstScreen(page, label, fail);
    await accessible(page, label, fail);
    await screenshot(page, file);
  }

  await overdueFirst(page, fail);

  // Scan, asked for: its confirmation beside the button, with the focus.
  await openView(page, "Overview", fail);
  await page.getByRole("button", { name: "Scan", exact: true }).click();
  await confirmedHere(page, page.locator("main"), "Scan finished", "Scan", fail);
  await focusRingShows(
    page,
    viewRegion(page).getByRole("button").first(),
    "an Overview link",
    fail
  );

  await acceptATrigger(page, fail);
  await recordAMeeting(page, fail);

  // Set up and the Summary sheet: each confirms under its own button.
  for (const [view, button, title] of [
    ["Set up", "Set up the workbook", "Set up finished"],
    ["Summary", "Write the Summary sheet with charts", "Summary sheet written"],
  ]) {
    await openView(page, view, fail);
    const region = viewRegion(page);
    await region.getByRole("button", { name: button }).click();
    await confirmedHere(page, region, title, button, fail);
  }
}

/**
 * Complaints and hazards: the sample's overdue hazard, due first, leads the list, with its due
 * date in words; its "Show in the log" link shows a focus ring and selects its row.
 */
async function overdueFirst(page, fail) {
  await openView(page, "Complaints and hazards", fail);
  const first = viewRegion(page).locator("li[data-kind]").first();
  const reference = await first.getAttribute("data-reference");
  if (reference !== "H-26-051")
    fail(`Complaints and hazards: the first overdue is ${reference}, not H-26-051`);
  const said = await first.innerText();
  if (!said.includes("Due to start the safety work by 06/11/2026"))
    fail(`Complaints and hazards: the overdue hazard says "${said.replace(/\s+/g, " ")}"`);
  const link = first.getByRole("button", { name: "Show in the log" });
  await focusRingShows(page, link, "Show in the log", fail);
  await link.click();
  try {
    await first
      .getByText("Hazards!A5 is selected in the workbook.")
      .waitFor({ state: "visible", timeout: 5_000 });
  } catch {
    fail("Complaints and hazards: Show in the log did not say the row was selected");
  }
}

const AXE = require.resolve("axe-core/axe.min.js");
/** Fluent's focus helpers (tabster): hidden, focusable on purpose; axe reports them, wrongly. */
const FOCUS_HELPER = "[data-tabster-dummy]";
const helperFindings = new Set();

/** axe-core on the page as it stands: every WCAG 2.1 A/AA violation fails, but the focus helpers'. */
async function accessible(page, where, fail) {
  if (!(await page.evaluate(() => "axe" in window))) {
    // The page's Content-Security-Policy allows scripts from its own origin only: axe is served there.
    await page.route("**/__axe-core.min.js", (route) =>
      route.fulfill({ path: AXE, contentType: "text/javascript" })
    );
    await page.addScriptTag({ url: "/__axe-core.min.js" });
  }
  const violations = await page.evaluate(async (helper) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "),
        helper: document.querySelector(n.target.join(" "))?.matches(helper) ?? false,
      })),
    }));
  }, FOCUS_HELPER);
  for (const { id, help, nodes } of violations) {
    const real = nodes.filter((n) => !n.helper);
    for (const n of nodes) if (n.helper) helperFindings.add(id);
    if (real.length > 0)
      fail(`${where}: axe ${id} (${help}) at ${real.map((n) => n.target).join(", ")}`);
  }
}

/** KPIs and triggers: add the first waiting trigger; it stays, marked accepted, with the confirmation. */
async function acceptATrigger(page, fail) {
  await openView(page, "KPIs and triggers", fail);
  const add = page.getByRole("button", { name: "Add to review programme" }).first();
  await focusRingShows(page, add, "Add to review programme", fail);
  const key = await add.evaluate((button) =>
    button.closest("li[data-trigger-key]").getAttribute("data-trigger-key")
  );
  await add.click();
  const trigger = page.locator(`li[data-trigger-key="${key}"]`);
  await confirmedHere(
    page,
    trigger,
    "Added to the review programme",
    "Add to review programme",
    fail
  );
  if ((await trigger.count()) !== 1 || !(await trigger.isVisible()))
    fail("the accepted trigger is no longer shown");
  else {
    if ((await trigger.getByText("Accepted into programme", { exact: true }).count()) !== 1)
      fail("the accepted trigger is not marked accepted");
    const open = await trigger.evaluate((li) => li.closest("details").open);
    if (!open) fail("the accepted trigger's service area closed");
    await screenshot(page, "trigger-accepted", { element: trigger });
  }
}

/** Members: Enter never saves; the quorum line stays in view; the check, then the save and a correction. */
async function recordAMeeting(page, fail) {
  await openView(page, "Members", fail);
  const form = page.getByRole("region", { name: "Record a meeting" });
  const checkPanel = page.getByRole("region", { name: /^Check/ });
  // An American browser: the date box still shows and takes dd/mm/yyyy.
  const date = form.getByLabel(/Meeting date/);
  const shown = await date.inputValue();
  if (shown !== "23/11/2026")
    fail(`in an en-US browser the date box shows "${shown}", not 23/11/2026`);
  // A stray Enter in the date box or on a mark must neither save nor even check the meeting.
  await date.press("Enter");
  await form.getByRole("radio", { name: "P: present" }).first().press("Enter");
  await page.waitForTimeout(500);
  if ((await checkPanel.count()) > 0 || (await page.getByText(/Meeting recorded/).count()) > 0)
    fail("Enter in the Record a meeting form saved or checked the meeting");

  // Meeting types read whole at 320 px, and with the text zoomed to 150%: each label on one line
  // ("Mai n"); when they do not fit, they wrap as whole words.
  for (const zoom of ["1", "1.5"]) {
    const broken = await form
      .getByRole("radiogroup", { name: "Meeting type" })
      .evaluate((group, scale) => {
        group.closest("form").style.zoom = scale;
        const split = [...group.querySelectorAll("label")]
          .filter((label) => {
            // One line of words: a Range over the label's text gives one box per line.
            const words = document.createRange();
            words.selectNodeContents(label);
            return words.getClientRects().length > 1;
          })
          .map((label) => label.textContent);
        group.closest("form").style.zoom = "";
        return split;
      }, zoom);
    if (broken.length > 0)
      fail(`meeting types broken over lines at zoom ${zoom}: ${broken.join(", ")}`);
  }

  const radios = form.getByRole("radio", { name: "P: present" });
  const count = await radios.count();
  for (let i = 0; i < count; i++) await radios.nth(i).check();
  // The quorum line is in view while the last member is marked (sticky), and says who counts.
  const line = form.locator("[data-quorate]");
  const quorum = await line.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      quorate: element.getAttribute("data-quorate"),
      text: element.textContent,
    };
  });
  if (!quorum.inView) fail("the quorum line is out of view while the last member is marked");
  if (
    quorum.quorate !== "true" ||
    !/deputies and co-optees don't count towards quorum/.test(quorum.text)
  )
    fail(`the quorum line says: ${quorum.text}`);
  // The guide's picture: the form from its heading, the date, the type, the quorum line, the marks.
  await form.evaluate((element) => element.scrollIntoView());
  await screenshot(page, "record-meeting");
  await form.getByRole("button", { name: "Save the meeting" }).click();
  try {
    await checkPanel.waitFor({ state: "visible", timeout: 10_000 });
    const checked = await checkPanel.innerText();
    if (!/Quorum: \d+ of \d+ tenant members present, \d+ needed: quorate\./.test(checked))
      fail(`the check before saving gives no quorum: ${checked}`);
    await noSidewaysScroll(page, "the check before saving", fail);
    await screenshot(page, "record-meeting-check", { element: checkPanel });
    await checkPanel.getByRole("button", { name: "Confirm and save" }).click();
    await confirmedHere(page, form, "Meeting recorded", "Confirm and save", fail);
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
    await confirmedHere(page, form, "Meeting corrected", "Confirm the correction", fail);
    const after = await options();
    if (after.length !== before.length)
      fail(`correcting a meeting changed the list of recorded meetings: ${before} → ${after}`);
  } catch (error) {
    fail(`correcting a meeting did not finish: ${error.message.split("\n")[0]}`);
  }
}

/** Outside Excel the page follows the system's light or dark setting, as it changes. */
async function followsTheSystemTheme(page, fail) {
  const background = () =>
    page.evaluate(() => {
      const rgb = getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor;
      const [r, g, b] = rgb.match(/\d+/g).map(Number);
      return (r + g + b) / 3;
    });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(500);
  const dark = await background();
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForTimeout(300);
  const light = await background();
  if (!(dark < 80 && light > 200))
    fail(
      `outside Excel the page does not follow the system's theme (dark ${dark}, light ${light})`
    );
}

/** In forced colours (Windows contrast themes) the charts' lines take the system's text colour. */
async function chartsInForcedColours(page, fail) {
  await openView(page, "KPIs and triggers", fail);
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForTimeout(300);
  const colours = await page.evaluate(() => {
    const line = document.querySelector("svg[role=img] polyline:last-of-type");
    const probe = document.createElement("span");
    probe.style.color = "CanvasText";
    document.body.appendChild(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    return { stroke: getComputedStyle(line).stroke, canvasText };
  });
  await page.emulateMedia({ forcedColors: "none" });
  if (colours.stroke !== colours.canvasText)
    fail(
      `in forced colours the chart line is ${colours.stroke}, not the system's ${colours.canvasText}`
    );
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
    // An American browser: the date boxes must still show and take dd/mm/yyyy.
    locale: "en-US",
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
    await screenshot(page, "outside-excel", { fullPage: true });
    await followsTheSystemTheme(page, fail);

    await walkThroughSample(page, fail);
    await chartsInForcedColours(page, fail);
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
    console.log(`screenshots: ${path.relative(root, guideImagesDir)}/ (${VIEWS.length + 4})`);
    console.log(
      `axe-core ${require("axe-core/package.json").version}: no violation in ${VIEWS.length} views` +
        (helperFindings.size > 0
          ? ` but Fluent's focus helpers (${[...helperFindings].join(", ")}), a known false positive`
          : "")
    );
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
