import { dayFromIso, formatUkDate } from "../../../src/domain";
import { recordMeetingPlan } from "../../../src/engine/actions/recordMeeting";
import { scan } from "../../../src/engine/scan";
import { AttendanceMark, MeetingToRecord } from "../../../src/engine/session";
import { demoWorkbook, DEMO_AS_OF } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlanToSnapshot } from "../../../src/workbook/applyToSnapshot";
import { WritePlan } from "../../../src/workbook/plan";
import { RawCell, WorkbookSnapshot } from "../../../src/workbook/snapshot";

const DAY_AFTER = dayFromIso("2026-12-09");
const DECEMBER = dayFromIso("2026-12-08");

/**
 * The demo workbook as officers have it after a first scan (computed columns, Triggers…), with the
 * newest member, Ian Patel, not yet given a row on the register: recording a meeting adds it.
 */
function scannedDemo(): WorkbookSnapshot {
  const sheets = demoWorkbook().map((sheet) =>
    sheet.name === "Attendance"
      ? { ...sheet, cells: sheet.cells.filter((row) => row[0] !== "Ian Patel") }
      : sheet
  );
  const snapshot = new MemoryWorkbook(sheets).readSnapshot();
  return applyPlanToSnapshot(snapshot, scan(snapshot, { asOf: DEMO_AS_OF }).plan);
}

const MARKS: Record<string, AttendanceMark> = {
  "Pat Jones": "P",
  "Amir Khan": "P",
  "Bernadette O'Leary": "R",
  "chen  wei": "A", // matched as the scan matches names: case and spacing ignored
  "Doris Smith": "P",
  "George Evans": "P",
  "Hannah Wright": "P",
  "Ian Patel": "P", // on Members, not yet on the attendance register
};

function planned(
  snapshot: WorkbookSnapshot,
  meeting: Partial<MeetingToRecord> = {},
  asOf = DAY_AFTER
): WritePlan {
  const result = recordMeetingPlan(
    snapshot,
    { date: DECEMBER, type: "Main", marks: MARKS, ...meeting },
    asOf
  );
  if ("error" in result) throw new Error(result.error);
  return result.plan;
}

const cellOf = (snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): RawCell =>
  snapshot.sheets.find((s) => s.name === sheet)?.values[row]?.[column] ?? null;

function meetingOn(snapshot: WorkbookSnapshot, day: number) {
  return scan(snapshot, { asOf: DAY_AFTER }).findings.meetings.find((m) => m.date === day);
}

describe("recording the meeting of 08/12/2026 on the demo workbook", () => {
  const before = scannedDemo();
  const plan = planned(before);
  const after = applyPlanToSnapshot(before, plan);

  it("adds an Attendance column after the last, headed by the date, with each member's mark", () => {
    const attendance = after.sheets.find((s) => s.name === "Attendance");
    expect(attendance?.values[0]?.[14]).toBe(DECEMBER);
    expect(attendance?.numberFormats?.[0]?.[14]).toBe("dd/mm/yyyy");
    const marks = attendance?.values.slice(1).map((row) => [row[0], row[14]]);
    expect(marks).toEqual([
      ["Pat Jones", "P"],
      ["Amir Khan", "P"],
      ["Bernadette O'Leary", "R"],
      ["Chen Wei", "A"],
      ["Doris Smith", "P"],
      ["Emeka Obi", null], // left out: lapsed on 14/07/2026, not recorded
      ["Fatima Begum", null],
      ["George Evans", "P"],
      ["Hannah Wright", "P"],
      ["Ian Patel", "P"], // a new row at the bottom, named as on Members
    ]);
    const nameWrite = plan.sheets[0]?.writes.find((w) => w.row === 10 && w.column === 0);
    expect(nameWrite?.value).toEqual({ kind: "text", text: "Ian Patel", untrusted: true });
  });

  it("keeps the Meetings row the officers listed ahead for that date rather than adding another", () => {
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["Attendance"]);
    const listed = scan(after, { asOf: DAY_AFTER }).findings.meetings.filter(
      (m) => m.date === DECEMBER
    );
    expect(listed).toHaveLength(1);
  });

  it("gives the meeting its quorum: 4 of 6 tenant members present, 2 × 4 ≥ 6 (§7.2, §7.7)", () => {
    expect(meetingOn(after, DECEMBER)).toMatchObject({ present: 4, membership: 6, quorate: true });
  });

  it("never changes an officer's cell: every cell there before is the same after", () => {
    for (const sheet of before.sheets) {
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) =>
          expect([sheet.name, r, c, cellOf(after, sheet.name, r, c)]).toEqual([
            sheet.name,
            r,
            c,
            value,
          ])
        )
      );
    }
    for (const { sheet, writes } of plan.sheets)
      for (const { row, column } of writes) expect(cellOf(before, sheet, row, column)).toBeNull();
  });
});

describe("quorum of a recorded meeting (§7.2: quorate iff 2 × present ≥ membership)", () => {
  const withPresent = (present: string[]) =>
    applyPlanToSnapshot(
      scannedDemo(),
      planned(scannedDemo(), {
        marks: Object.fromEntries(
          ["Pat Jones", "Amir Khan", "Doris Smith", "George Evans"].map((name) => [
            name,
            present.includes(name) ? "P" : "A",
          ])
        ),
      })
    );
  it("is quorate with 3 of 6 and not with 2 of 6", () => {
    const three = withPresent(["Pat Jones", "Amir Khan", "Doris Smith"]);
    const two = withPresent(["Pat Jones", "Amir Khan"]);
    expect(meetingOn(three, DECEMBER)).toMatchObject({ present: 3, membership: 6, quorate: true });
    expect(meetingOn(two, DECEMBER)).toMatchObject({ present: 2, membership: 6, quorate: false });
  });
});

describe("a meeting not listed on Meetings", () => {
  it("gets a row under the others with its date, type and notice date", () => {
    const interim = dayFromIso("2026-12-01");
    const notice = dayFromIso("2026-11-24");
    const before = scannedDemo();
    const plan = planned(before, { date: interim, type: "Interim", noticeSent: notice });
    const meetings = before.sheets.find((s) => s.name === "Meetings");
    const last = meetings?.values.length ?? 0;
    const after = applyPlanToSnapshot(before, plan);
    expect(after.sheets.find((s) => s.name === "Meetings")?.values[last]?.slice(0, 4)).toEqual([
      interim,
      "Interim",
      notice,
      null,
    ]);
    // §7.1: 25, 26, 27 and 30 November are the clear working days between notice and meeting.
    expect(meetingOn(after, interim)).toMatchObject({ notice: "Short: 4 clear working days" });
  });
});

describe("what cannot be recorded, in plain words", () => {
  const errorOf = (
    snapshot: WorkbookSnapshot,
    meeting: Partial<MeetingToRecord>,
    asOf = DAY_AFTER
  ): string | undefined => {
    const result = recordMeetingPlan(
      snapshot,
      { date: DECEMBER, type: "Main", marks: {}, ...meeting },
      asOf
    );
    return "error" in result ? result.error : undefined;
  };

  it("a meeting already on the register names its column and how to correct it", () => {
    expect(errorOf(scannedDemo(), { date: dayFromIso("2026-11-10") })).toBe(
      "A meeting on 10/11/2026 is already recorded in Attendance!N1: choose it in the list of recorded meetings to correct it."
    );
  });

  it("a mark for someone who is not a member", () => {
    expect(errorOf(scannedDemo(), { marks: { "Pat Jones": "P", "Jo Bloggs": "A" } })).toBe(
      "Jo Bloggs is not on the Members sheet: add them there (with their group) or check the spelling."
    );
  });

  it("a mark that is not P, A or R", () => {
    const marks = { "Pat Jones": "X" } as unknown as Record<string, AttendanceMark>;
    expect(errorOf(scannedDemo(), { marks })).toBe(
      '"X" is not an attendance mark for Pat Jones: use P, A or R.'
    );
  });

  it("a meeting after today", () => {
    expect(errorOf(scannedDemo(), {}, DEMO_AS_OF)).toBe(
      `The meeting on 08/12/2026 is after today (${formatUkDate(DEMO_AS_OF)}): record it once it has been held.`
    );
  });

  it("a type other than the one the officers listed, naming their cell", () => {
    expect(errorOf(scannedDemo(), { type: "Interim" })).toBe(
      "Meetings!B16 lists the meeting on 08/12/2026 as Main, not Interim: correct one of them first."
    );
  });

  it("a workbook without Attendance or Meetings", () => {
    const without = (name: string): WorkbookSnapshot => ({
      sheets: scannedDemo().sheets.filter((s) => s.name !== name),
    });
    expect(errorOf(without("Attendance"), {})).toMatch(
      /^Set up the workbook first: there is no Attendance sheet/
    );
    expect(errorOf(without("Meetings"), {})).toMatch(
      /^Set up the workbook first: there is no Meetings sheet/
    );
  });
});
