import { spawn } from "child_process";
import { constants, promises as fs } from "fs";
import { tmpdir } from "os";
import { delimiter, join, resolve } from "path";
import { pathToFileURL } from "url";
import { CliError } from "../cliError";
import { writeThroughTemporary } from "./writeText";

/** Where Chromium usually is on Linux, looked at before the PATH. */
export const FIXED_PLACES = ["/usr/bin/chromium"];
/** Names Chromium and Chrome go by on the PATH. */
export const BROWSER_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
];

/** Long enough for a slow machine's first start; a browser that hangs must not hang tosp. */
const PRINT_TIMEOUT_MS = 120_000;

async function isProgram(path: string): Promise<boolean> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return false;
    await fs.access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `CHROMIUM_PATH` when set (and it must be a program), else Chromium in its
 * usual place, else the first of Chromium's or Chrome's names on the PATH; undefined when none is found.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  fixedPlaces: readonly string[] = FIXED_PLACES
): Promise<string | undefined> {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== "") {
    if (await isProgram(chosen)) return chosen;
    throw new CliError(
      `CHROMIUM_PATH is ${chosen}, which is not a program: correct it or unset it`
    );
  }
  for (const place of fixedPlaces) if (await isProgram(place)) return place;
  const folders = (env.PATH ?? "").split(delimiter).filter((folder) => folder !== "");
  for (const name of BROWSER_NAMES)
    for (const folder of folders)
      if (await isProgram(join(folder, name))) return join(folder, name);
  return undefined;
}

/** The one line said when there is no browser: what to install, and how to get a PDF without one. */
export function noBrowserMessage(htmlFile: string): string {
  return `Cannot make the PDF: no Chromium found. Install Chromium (or set CHROMIUM_PATH to it), or open ${htmlFile} in a browser and print it to PDF`;
}

/**
 * Prints the HTML page to `pdfFile` with headless Chromium (no npm package: the browser's own
 * --print-to-pdf), through a temporary file renamed over `pdfFile` once Chromium has written a PDF.
 * Chromium gets a throwaway profile and no background networking: the page needs nothing from outside.
 */
export async function printToPdf(
  browser: string | undefined,
  htmlFile: string,
  pdfFile: string
): Promise<void> {
  if (browser === undefined) throw new CliError(noBrowserMessage(htmlFile));
  const profile = await fs.mkdtemp(join(tmpdir(), "tosp-chromium-"));
  try {
    await writeThroughTemporary(
      pdfFile,
      async (temporary) => {
        const { code, stderr } = await run(browser, [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-pdf-header-footer",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-extensions",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          `--user-data-dir=${profile}`,
          `--print-to-pdf=${resolve(temporary)}`,
          pathToFileURL(resolve(htmlFile)).href,
        ]);
        const start = await fs
          .readFile(temporary)
          .then((bytes) => bytes.subarray(0, 5).toString("latin1"))
          .catch(() => "");
        if (start !== "%PDF-")
          throw new CliError(
            `Chromium (${browser}) did not print the report (${code}${lastLine(stderr)}): open ${htmlFile} in a browser and print it to PDF`
          );
      },
      "pdf"
    );
  } finally {
    await fs.rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Chromium writes much on stderr even when all is well (D-Bus, GPU); only a failure's last line helps. */
function lastLine(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/dbus|bus\.cc|object_proxy/i.test(line));
  const last = lines[lines.length - 1];
  return last === undefined ? "" : `: ${last.slice(0, 200)}`;
}

function run(program: string, args: string[]): Promise<{ code: string; stderr: string }> {
  return new Promise((done) => {
    let stderr = "";
    // Its own process group, so that a hung browser is stopped with every process it started.
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, PRINT_TIMEOUT_MS);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      done({ code: `could not start: ${error.message}`, stderr });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code: signal ? `stopped by ${signal}` : `exit code ${code}`, stderr });
    });
  });
}
