import { AttendanceMark } from "../../src/engine/session";
import { createPanelSession } from "../../src/engine/panelSession";
import { WorkbookHost } from "../../src/engine/host";
import {
  asRead,
  DAMP_THEME,
  DEMO_AS_OF,
  FORMULA_LIKE,
  INDICATOR_NAMES,
  INJECTED_AS_OF,
  MEETING_DAY,
  MEMBER_NAMES,
  RENT_CODE,
  REPAIRS_AREA,
} from "./injectedWorkbook";

export const COMPLAINTS_TRIGGER = `Customer complaints: ${DAMP_THEME}`;
export const RELET_TRIGGER = `Responsive: ${FORMULA_LIKE.hyperlink}`;
/** What the panel types in Panel notes (as text: the cell is formatted Text, or the file says so). */
export const PANEL_NOTE = "=ask for the damp survey";

/**
 * The task pane's day with the injected workbook, on any host: a scan; the panel types a note; two
 * triggers accepted into the programme (titles from a complaints theme and an indicator); a meeting
 * recorded a fortnight later (a member new to the register gets a row); the Summary with its charts
 * (member names in the chart data).
 */
export async function panelDay(
  host: WorkbookHost,
  panelTypesNote: () => Promise<void>
): Promise<{ membersOnRoll: string[] }> {
  let today = DEMO_AS_OF;
  const session = createPanelSession(host, () => today);
  await session.scan();
  await panelTypesNote();
  await session.acceptTrigger(COMPLAINTS_TRIGGER);
  await session.acceptTrigger(RELET_TRIGGER);
  today = INJECTED_AS_OF;
  const membersOnRoll = (await session.scan()).findings.roll.map((entry) => entry.name);
  const marks: Record<string, AttendanceMark> = Object.fromEntries(
    membersOnRoll.map((name) => [name, "P"])
  );
  await session.recordMeeting({ date: MEETING_DAY, type: "Main", marks });
  await session.writeSummary();
  return { membersOnRoll };
}

/** A text the add-in must have written, literally, somewhere on a sheet (under a header, if given). */
export interface Expected {
  sheet: string;
  header?: string;
  text: string;
}

/** Where each injected text lands (as the readers see it: trimmed). */
export function expectedTexts(options: { summaryCharts: boolean }): Expected[] {
  const indicators = Object.values(INDICATOR_NAMES).map(asRead);
  const members = Object.values(MEMBER_NAMES).map(asRead);
  return [
    ...indicators.map((text) => ({ sheet: "KPI status", header: "Indicator", text })),
    { sheet: "KPI status", header: "Code", text: RENT_CODE },
    { sheet: "Triggers", header: "Indicator", text: FORMULA_LIKE.hyperlink },
    { sheet: "Triggers", header: "Indicator", text: DAMP_THEME },
    { sheet: "Triggers", header: "Service area", text: REPAIRS_AREA },
    { sheet: "Triggers", header: "Panel notes", text: PANEL_NOTE },
    { sheet: "Reviews", header: "Review", text: `${DAMP_THEME} (customer complaints review)` },
    {
      sheet: "Reviews",
      header: "Review",
      text: `${FORMULA_LIKE.hyperlink} (responsive review)`,
    },
    { sheet: "Reviews", header: "Service area", text: REPAIRS_AREA },
    { sheet: "Attendance", header: "Member", text: FORMULA_LIKE.hyperlink },
    ...(options.summaryCharts ? members.map((text) => ({ sheet: "Summary", text })) : []),
  ];
}

/** "=1" on KPI status (Indicator), for test names. */
export function placeOf({ sheet, header, text }: Expected): string {
  return `${JSON.stringify(text)} on ${sheet}${header === undefined ? "" : ` (${header})`}`;
}

/** The complaints trigger's evidence names the theme, wherever it ends up in the text. */
export const EVIDENCE_MENTION = `complaints about ${DAMP_THEME} received`;
