import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { Report } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

/** Builds dist/ when missing (for the sample host), so a fresh clone can run the benchmark. */
export function ensureBuild(): void {
  if (fs.existsSync(path.join(DIST, "taskpane.js"))) return;
  const env = {
    ...process.env,
    ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || "https://tosp.example.org/",
  };
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("npm run build failed");
}

/**
 * Figure 5: every page's JavaScript, raw and gzip. The task pane page (taskpane.html) loads
 * functions.js and taskpane.js (shared runtime); the demo chunk loads only outside Excel, on request.
 */
export function benchBundle(report: Report): void {
  ensureBuild();
  let taskpanePage = 0;
  for (const file of fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const bytes = fs.readFileSync(path.join(DIST, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    report.add({ name: `${file} raw`, value: Math.round(bytes.length / 1024), unit: "KB" });
    report.add({ name: `${file} gzip`, value: Math.round(gzip / 1024), unit: "KB" });
    if (file === "taskpane.js" || file === "functions.js") taskpanePage += gzip;
  }
  const kb = Math.round(taskpanePage / 1024);
  report.add({
    name: "task pane page JavaScript gzip (taskpane.js + functions.js)",
    value: kb,
    unit: "KB",
    goal: "≤ 200 KB",
    met: kb <= 200,
  });
}

interface Browser {
  openTaskpane(options: { build: boolean }): Promise<{
    page: unknown;
    close(): Promise<void>;
  }>;
  firstRenderMs(page: unknown): Promise<number>;
}

/**
 * Time to first render of the production task pane in headless Chromium (the end-to-end test's browser,
 * test/e2e/browser.js): from navigation start to the add-in's heading in the page, best of 3.
 */
export async function benchFirstRender(report: Report): Promise<void> {
  ensureBuild();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const browser = require(path.join(ROOT, "test", "e2e", "browser.js")) as Browser;
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const { page, close } = await browser.openTaskpane({ build: false });
    try {
      best = Math.min(best, await browser.firstRenderMs(page));
    } finally {
      await close();
    }
  }
  report.add({
    name: "task pane time to first render (headless Chromium)",
    value: Math.round(best),
    unit: "ms",
  });
}
