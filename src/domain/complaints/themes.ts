import { addMonths, Day } from "../calendar/days";

export interface Complaint {
  received: Day;
  theme: string;
}

export interface ComplaintThemeTrigger {
  /** The theme as first written in the log. */
  theme: string;
  count: number;
  /** The window: complaints received after `from` and on or before `to`. */
  from: Day;
  to: Day;
  /** Dates received, oldest first. */
  received: Day[];
}

export interface ComplaintThemeRule {
  minimumComplaints: number;
  months: number;
}

/** docs/rules.md: at least 5 complaints (*setting*) in the last 3 months (*setting*). */
export const DEFAULT_COMPLAINT_THEME_RULE: ComplaintThemeRule = { minimumComplaints: 5, months: 3 };

const themeKey = (theme: string): string => theme.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * §11.2: monitoring of customer complaints that finds a common theme may trigger a review. A theme
 * (compared ignoring case and spacing) with at least the minimum number of complaints received after
 * EDATE(asOf, −months) and on or before asOf is a `Customer complaints` trigger. Largest first.
 */
export function complaintThemeTriggers(
  complaints: readonly Complaint[],
  asOf: Day,
  rule: ComplaintThemeRule = DEFAULT_COMPLAINT_THEME_RULE
): ComplaintThemeTrigger[] {
  const from = addMonths(asOf, -rule.months);
  const byTheme = new Map<string, { theme: string; received: Day[] }>();
  for (const complaint of complaints) {
    const key = themeKey(complaint.theme);
    if (key === "" || complaint.received <= from || complaint.received > asOf) continue;
    const entry = byTheme.get(key) ?? { theme: complaint.theme.trim(), received: [] };
    entry.received.push(complaint.received);
    byTheme.set(key, entry);
  }
  return [...byTheme.values()]
    .filter((entry) => entry.received.length >= rule.minimumComplaints)
    .map((entry) => ({
      theme: entry.theme,
      count: entry.received.length,
      from,
      to: asOf,
      received: entry.received.sort((a, b) => a - b),
    }))
    .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
}
