/** Light or dark, as Office shows itself; the pane follows it (Fluent's web light and dark themes). */
export type PaneTheme = "light" | "dark";

/** The part of Office.context.officeTheme used here, so the choice is tested without Office. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of a `#rrggbb` or `#rgb` colour, or undefined when it is not one. */
function luminance(colour: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark (Black and Dark Grey Office themes); light otherwise. */
export function paneThemeOf(officeTheme: OfficeThemeColours | undefined): PaneTheme {
  const background = officeTheme?.bodyBackgroundColor;
  if (background === undefined) return "light";
  const value = luminance(background);
  return value !== undefined && value < 0.2 ? "dark" : "light";
}

/** The system's own setting, which the pane follows outside Excel. */
export const DARK_SCHEME = "(prefers-color-scheme: dark)";

/**
 * Outside Excel there is no Office theme to follow: the pane follows the system's light or dark
 * setting, as the browser reports it (`prefers-color-scheme`); light where the browser cannot say.
 */
export function paneThemeOfScheme(
  matchMedia: ((query: string) => { matches: boolean }) | undefined
): PaneTheme {
  return matchMedia?.(DARK_SCHEME).matches ? "dark" : "light";
}
