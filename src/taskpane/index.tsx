import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Day, dayOf } from "../domain/calendar/days";
import { createPanelSession } from "../engine/panelSession";
import { ExcelHost } from "../hosts/excel/excelHost";
import { isRunningInExcel, officeThemeColours } from "../hosts/excel/officeReady";
import { paneThemeOf, PaneTheme } from "./theme";

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

/** Outside Excel: the sample workbook, loaded only when asked for (its own chunk, "demo"). */
async function tryDemo(): Promise<void> {
  const { createDemoSession, DEMO_AS_OF } = await import(
    /* webpackChunkName: "demo" */ "./demoSession"
  );
  root.render(
    <App inExcel={false} session={createDemoSession()} today={DEMO_AS_OF} isDemo scanOnOpen />
  );
}

/** Fluent's theme for Office's: the dark one is loaded only when needed (its own chunk). */
async function fluentTheme(): Promise<Theme | undefined> {
  if (officeTheme() !== "dark") return undefined;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
  return webDarkTheme;
}

// The page shows "Loading…" from taskpane.html until Office says where it is running.
void isRunningInExcel().then(async (inExcel) => {
  if (inExcel) {
    const session = createPanelSession(new ExcelHost(), localToday);
    const theme = await fluentTheme().catch(() => undefined);
    root.render(<App inExcel session={session} today={localToday()} theme={theme} />);
  } else {
    root.render(<App inExcel={false} today={localToday()} onTryDemo={tryDemo} />);
  }
});
