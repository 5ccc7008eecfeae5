/**
 * The one place the task pane asks Office where it is running. Components get the answer as a prop, so
 * they render the same in tests as in Excel.
 */

/** The part of Office.js used here, so tests can pass a stand-in. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

/** Office.js, or undefined when the page was opened without it (a plain browser with the CDN blocked). */
function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/**
 * Whether the page runs inside Excel. Outside Office, Office.onReady resolves with host null (after
 * about 300 ms); when Office.js did not load at all, Office is undefined.
 */
export async function isRunningInExcel(
  office: OfficeLike | undefined = officeGlobal()
): Promise<boolean> {
  if (office === undefined || typeof office.onReady !== "function") {
    return false;
  }
  try {
    const { host } = await office.onReady();
    return host === office.HostType.Excel;
  } catch {
    return false;
  }
}

/** Office's theme colours (the body background tells light from dark), or undefined outside Office. */
export function officeThemeColours(): { bodyBackgroundColor?: string } | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  } catch {
    return undefined;
  }
}
