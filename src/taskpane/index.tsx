import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Day, dayOf } from "../domain/calendar/days";
import { createPanelSession } from "../engine/panelSession";
import { PanelSession } from "../engine/session";
import { ExcelHost } from "../hosts/excel/excelHost";
import { isRunningInExcel, officeThemeColours } from "../hosts/excel/officeReady";
import { DARK_SCHEME, paneThemeOf, paneThemeOfScheme, PaneTheme } from "./theme";

const container = document.getElementById("container");
if (container === null) {
  throw new Error('taskpane.html has no element with id "container"');
}
const root = createRoot(container);

/** "Today" on this computer's calendar, as a Day: the date the officer sees, whatever the time zone. */
function localToday(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Office's theme (only here: components get it as a prop). */
function officeTheme(): PaneTheme {
  return paneThemeOf(officeThemeColours());
}

/** The system's light or dark setting, for the page outside Excel. */
function systemTheme(): PaneTheme {
  return paneThemeOfScheme(
    typeof window.matchMedia === "function" ? (query) => window.matchMedia(query) : undefined
  );
}

/** Fluent's theme for a pane theme: the dark one is loaded only when needed (its own chunk). */
async function fluentTheme(theme: PaneTheme): Promise<Theme | undefined> {
  if (theme !== "dark") return undefined;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
  return webDarkTheme;
}

/** Outside Excel: the sample workbook's session once loaded, and the date it is set at. */
let sample: { session: PanelSession; today: Day } | undefined;

/** Draws the page outside Excel in the system's theme, with the sample once it is loaded. */
async function renderOutsideExcel(): Promise<void> {
  const theme = await fluentTheme(systemTheme()).catch(() => undefined);
  root.render(
    sample ? (
      <App
        inExcel={false}
        session={sample.session}
        today={sample.today}
        theme={theme}
        isDemo
        scanOnOpen
      />
    ) : (
      <App inExcel={false} today={localToday()} onTryDemo={tryDemo} theme={theme} />
    )
  );
}

/** Outside Excel: the sample workbook, loaded only when asked for (its own chunk, "demo"). */
async function tryDemo(): Promise<void> {
  const { createDemoSession, DEMO_AS_OF } = await import(
    /* webpackChunkName: "demo" */ "./demoSession"
  );
  sample = { session: createDemoSession(), today: DEMO_AS_OF };
  await renderOutsideExcel();
}

// The page shows "Loading…" from taskpane.html until Office says where it is running.
void isRunningInExcel().then(async (inExcel) => {
  if (inExcel) {
    const session = createPanelSession(new ExcelHost(), localToday);
    const theme = await fluentTheme(officeTheme()).catch(() => undefined);
    root.render(<App inExcel session={session} today={localToday()} theme={theme} />);
  } else {
    await renderOutsideExcel();
    // Follows the system's setting as it changes, the sample keeping its place.
    window.matchMedia?.(DARK_SCHEME).addEventListener("change", () => void renderOutsideExcel());
  }
});
