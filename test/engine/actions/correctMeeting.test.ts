import { dayFromIso } from "../../../src/domain";
import { correctMeetingPlan } from "../../../src/engine/actions/correctMeeting";
import { recordedMeetings } from "../../../src/engine/actions/recordedMeetings";
import { scan } from "../../../src/engine/scan";
import { AttendanceMark, MeetingToRecord } from "../../../src/engine/session";
import { demoWorkbook, DEMO_AS_OF } from "../../../src/demo/demoWorkbook";
import { MemorySheet } from "../../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlanToSnapshot } from "../../../src/workbook/applyToSnapshot";
import { WritePlan } from "../../../src/workbook/plan";
import { RawCell, WorkbookSnapshot } from "../../../src/workbook/snapshot";

const NOVEMBER = dayFromIso("2026-11-10");
const OCTOBER = dayFromIso("2026-10-13");
/** Attendance column N (index 13) is the meeting of 10/11/2026, the register's last. */
const NOVEMBER_COLUMN = 13;

/** The demo workbook after a first scan (computed columns written), as officers have it. */
function scannedDemo(sheets: MemorySheet[] = demoWorkbook()): WorkbookSnapshot {
  const snapshot = new MemoryWorkbook(sheets).readSnapshot();
  return applyPlanToSnapshot(snapshot, scan(snapshot, { asOf: DEMO_AS_OF }).plan);
}

/** The marks of a recorded meeting as the pane loads them (what the officer starts from). */
function recordedMarks(snapshot: WorkbookSnapshot, day: number): Record<string, AttendanceMark> {
  const { findings } = scan(snapshot, { asOf: DEMO_AS_OF });
  const meeting = recordedMeetings(snapshot, findings).find((m) => m.date === day);
  return Object.fromEntries(
    (meeting?.register ?? []).flatMap((e) => (e.mark ? [[e.name, e.mark]] : []))
  );
}

function planned(snapshot: WorkbookSnapshot, meeting: MeetingToRecord): WritePlan {
  const result = correctMeetingPlan(snapshot, meeting);
  if ("error" in result) throw new Error(result.error);
  return result.plan;
}

const sheetOf = (snapshot: WorkbookSnapshot, name: string) =>
  snapshot.sheets.find((s) => s.name === name);
const cellOf = (snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): RawCell =>
  sheetOf(snapshot, sheet)?.values[row]?.[column] ?? null;

describe("correcting the meeting of 10/11/2026 on the demo workbook", () => {
  const before = scannedDemo();
  const marks = {
    ...recordedMarks(before, NOVEMBER),
    "Bernadette O'Leary": "P", // was A
    "chen  wei": "A", // was P; names matched as the scan matches them
  } as const;
  const plan = planned(before, {
    date: NOVEMBER,
    type: "Interim",
    noticeSent: dayFromIso("2026-11-02"),
    marks,
  });
  const after = applyPlanToSnapshot(before, plan);

  it("changes the two marks in the meeting's own column, and no other cell of Attendance", () => {
    const attendance = plan.sheets.find((s) => s.sheet === "Attendance");
    expect(attendance?.writes).toEqual([
      { row: 3, column: NOVEMBER_COLUMN, value: { kind: "text", text: "P", untrusted: false } },
      { row: 4, column: NOVEMBER_COLUMN, value: { kind: "text", text: "A", untrusted: false } },
    ]);
    // No second column: the register is as wide as before, its header still the same date.
    expect(sheetOf(after, "Attendance")?.values[0]).toEqual(
      sheetOf(before, "Attendance")?.values[0]
    );
    expect(sheetOf(after, "Attendance")?.values).toHaveLength(
      sheetOf(before, "Attendance")?.values.length ?? -1
    );
  });

  it("updates the meeting's Meetings row in place: Type and Notice sent, never a second row", () => {
    const meetings = sheetOf(before, "Meetings");
    const row = meetings?.values.findIndex((cells) => cells[0] === NOVEMBER) ?? -1;
    expect(row).toBeGreaterThan(0);
    expect(plan.sheets.find((s) => s.sheet === "Meetings")?.writes).toEqual([
      { row, column: 1, value: { kind: "text", text: "Interim", untrusted: false } },
      { row, column: 2, value: { kind: "date", day: dayFromIso("2026-11-02") } },
    ]);
    expect(sheetOf(after, "Meetings")?.values).toHaveLength(meetings?.values.length ?? -1);
    const listed = scan(after, { asOf: DEMO_AS_OF }).findings.meetings.filter(
      (m) => m.date === NOVEMBER
    );
    expect(listed).toMatchObject([{ type: "Interim", present: 5, membership: 6, quorate: true }]);
  });

  it("leaves every other cell of the workbook as it was", () => {
    const allowed = new Set(
      plan.sheets.flatMap((s) => s.writes.map((w) => `${s.sheet}!${w.row},${w.column}`))
    );
    expect(allowed.size).toBe(4);
    for (const sheet of before.sheets)
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (!allowed.has(`${sheet.name}!${r},${c}`))
            expect([sheet.name, r, c, cellOf(after, sheet.name, r, c)]).toEqual([
              sheet.name,
              r,
              c,
              value,
            ]);
        })
      );
  });
});

describe("a correction that changes nothing", () => {
  it("plans no write: the recorded marks and type as they are", () => {
    const before = scannedDemo();
    expect(
      planned(before, { date: NOVEMBER, type: "Main", marks: recordedMarks(before, NOVEMBER) })
    ).toEqual({ sheets: [] });
  });

  it("reads a mark in lower case as the same mark", () => {
    const sheets = demoWorkbook();
    const attendance = sheets.find((s) => s.name === "Attendance") as MemorySheet;
    (attendance.cells[1] as RawCell[])[NOVEMBER_COLUMN] = "p"; // Pat Jones
    const before = scannedDemo(sheets);
    expect(
      planned(before, { date: NOVEMBER, type: "Main", marks: recordedMarks(before, NOVEMBER) })
    ).toEqual({ sheets: [] });
  });

  it("leaves a member who is not given a mark as they are (the pane only sends marks)", () => {
    const before = scannedDemo();
    expect(planned(before, { date: NOVEMBER, type: "Main", marks: {} })).toEqual({ sheets: [] });
  });
});

describe("corrections beyond the marks", () => {
  it("gives a member marked for the first time who has no row on the register a row at the bottom", () => {
    const sheets = demoWorkbook().map((sheet) =>
      sheet.name === "Attendance"
        ? { ...sheet, cells: sheet.cells.filter((row) => row[0] !== "Ian Patel") }
        : sheet
    );
    const before = scannedDemo(sheets);
    const writes = planned(before, { date: NOVEMBER, type: "Main", marks: { "Ian Patel": "R" } })
      .sheets[0]?.writes;
    expect(writes).toEqual([
      { row: 10, column: 0, value: { kind: "text", text: "Ian Patel", untrusted: true } },
      { row: 10, column: NOVEMBER_COLUMN, value: { kind: "text", text: "R", untrusted: false } },
    ]);
  });

  it("gives a meeting on the register with no Meetings row one only when it is not a plain main meeting", () => {
    const sheets = demoWorkbook().map((sheet) =>
      sheet.name === "Meetings"
        ? { ...sheet, cells: sheet.cells.filter((row) => row[0] !== OCTOBER) }
        : sheet
    );
    const before = scannedDemo(sheets);
    const marks = recordedMarks(before, OCTOBER);
    expect(planned(before, { date: OCTOBER, type: "Main", marks })).toEqual({ sheets: [] });
    const subPanel = planned(before, { date: OCTOBER, type: "Sub-panel", marks });
    const last = sheetOf(before, "Meetings")?.values.length ?? -1;
    expect(subPanel.sheets.map((s) => s.sheet)).toEqual(["Meetings"]);
    expect(sheetOf(applyPlanToSnapshot(before, subPanel), "Meetings")?.values[last]?.[1]).toBe(
      "Sub-panel"
    );
  });
});

describe("what cannot be corrected, in plain words", () => {
  const errorOf = (meeting: Partial<MeetingToRecord>): string | undefined => {
    const result = correctMeetingPlan(scannedDemo(), {
      date: NOVEMBER,
      type: "Main",
      marks: {},
      ...meeting,
    });
    return "error" in result ? result.error : undefined;
  };

  it("a date with no column on the register", () => {
    expect(errorOf({ date: dayFromIso("2026-11-17") })).toBe(
      "There is no meeting on 17/11/2026 on the Attendance sheet to correct: record it as a new meeting."
    );
  });

  it("a mark for someone who is not a member, or a mark that is not P, A or R", () => {
    expect(errorOf({ marks: { "Jo Bloggs": "A" } })).toBe(
      "Jo Bloggs is not on the Members sheet: add them there (with their group) or check the spelling."
    );
    const marks = { "Pat Jones": "X" } as unknown as Record<string, AttendanceMark>;
    expect(errorOf({ marks })).toBe('"X" is not an attendance mark for Pat Jones: use P, A or R.');
  });

  it("a notice date after the meeting", () => {
    expect(errorOf({ type: "Interim", noticeSent: dayFromIso("2026-11-11") })).toBe(
      "The notice date 11/11/2026 is after the meeting on 10/11/2026: check the dates."
    );
  });
});
