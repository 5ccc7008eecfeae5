import { existsSync } from "fs";

/**
 * Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), for the tests of what Chromium makes of
 * the report: its layout and its PDF. They run in `npm run test:chromium`, which CI runs once it has
 * installed Chromium (.ci/run), rather than in `npm test`, where a browser would be most of the minute.
 * No browser is ever downloaded: without Chromium these tests fail, saying how to install it.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH, then run npm run test:chromium again`
    );
  return path;
}
