import { Day } from "../calendar/days";
import { panelYearBounds, PanelYearStart, SEPTEMBER_FIRST } from "../calendar/panelYear";

export type MeetingType = "Main" | "Interim" | "Sub-panel" | "Cancelled";

export interface PanelMeeting {
  date: Day;
  type: MeetingType;
}

export interface MeetingsInYear {
  panelYear: number;
  /** Main and interim meetings held on or before asOf. */
  held: number;
  /** Main and interim meetings after asOf, still in the panel year. */
  scheduled: number;
  cancelled: number;
  required: number;
  /** Held plus scheduled reach the number required. */
  canReachRequired: boolean;
}

/**
 * §7.1: the panel meets no less than 10 times a year. Decision: count the panel's own meetings (main
 * and interim) that are not cancelled, in the panel year from 1 September (*setting*); sub-panel
 * meetings are a sub-panel's (§5), not the panel's, so they do not count. Warn when the meetings held
 * plus those still scheduled cannot reach the number required.
 */
export function meetingsInPanelYear(
  meetings: readonly PanelMeeting[],
  panelYear: number,
  asOf: Day,
  required = 10,
  start: PanelYearStart = SEPTEMBER_FIRST
): MeetingsInYear {
  const { first, last } = panelYearBounds(panelYear, start);
  let held = 0;
  let scheduled = 0;
  let cancelled = 0;
  for (const meeting of meetings) {
    if (meeting.date < first || meeting.date > last) continue;
    if (meeting.type === "Cancelled") cancelled++;
    else if (meeting.type === "Sub-panel") continue;
    else if (meeting.date <= asOf) held++;
    else scheduled++;
  }
  return {
    panelYear,
    held,
    scheduled,
    cancelled,
    required,
    canReachRequired: held + scheduled >= required,
  };
}
