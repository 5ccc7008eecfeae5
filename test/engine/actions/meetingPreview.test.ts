import { dayFromIso } from "../../../src/domain";
import { correctMeetingPlan } from "../../../src/engine/actions/correctMeeting";
import { meetingPreview } from "../../../src/engine/actions/meetingPreview";
import { recordedMeetings } from "../../../src/engine/actions/recordedMeetings";
import { recordMeetingPlan } from "../../../src/engine/actions/recordMeeting";
import { scan } from "../../../src/engine/scan";
import { MeetingMode, MeetingPreview, MeetingToRecord } from "../../../src/engine/session";
import { demoWorkbook, DEMO_AS_OF } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/hosts/memory/memoryHost";
import { applyPlanToSnapshot } from "../../../src/workbook/applyToSnapshot";
import { WorkbookSnapshot } from "../../../src/workbook/snapshot";

const TODAY = DEMO_AS_OF; // 23/11/2026
const NOVEMBER = dayFromIso("2026-11-10");

const demo = (): WorkbookSnapshot => new MemoryWorkbook(demoWorkbook()).readSnapshot();

function previewOf(
  snapshot: WorkbookSnapshot,
  meeting: MeetingToRecord,
  mode: MeetingMode
): MeetingPreview {
  const result = meetingPreview(snapshot, meeting, mode, TODAY);
  if ("error" in result) throw new Error(result.error);
  return result.preview;
}

/** The demo with Pat Jones's mark of 10/11/2026 corrected to A: one absence in a row. */
function patAbsentInNovember(): WorkbookSnapshot {
  const snapshot = demo();
  const marks = { "Pat Jones": "A" } as const;
  const planned = correctMeetingPlan(snapshot, { date: NOVEMBER, type: "Main", marks });
  if ("error" in planned) throw new Error(planned.error);
  return applyPlanToSnapshot(snapshot, planned.plan);
}

describe("the preview of a new meeting with most members left unmarked", () => {
  const snapshot = patAbsentInNovember();
  const untouched = JSON.stringify(snapshot);
  const meeting: MeetingToRecord = {
    date: TODAY,
    type: "Main",
    marks: { "Pat Jones": "A", "Bernadette O'Leary": "A", "Amir Khan": "P", "Doris Smith": "P" },
  };
  const preview = previewOf(snapshot, meeting, "record");

  it("names the members on the roll left unmarked, in Members order (deputies too)", () => {
    // Emeka Obi and Fatima Begum are not on the roll: their places lapsed at earlier meetings (§4.3).
    expect(preview.unmarked).toEqual(["Chen Wei", "George Evans", "Hannah Wright", "Ian Patel"]);
  });

  it("gives the quorum over tenant members only: 2 present of 6, 3 needed (§7.2, §7.7)", () => {
    expect(preview.quorum).toEqual({ present: 2, membership: 6, needed: 3, quorate: false });
  });

  it("names the member whose place it lapses and the one it puts at risk, with the reasons", () => {
    expect(preview.lapses).toEqual([
      {
        name: "Bernadette O'Leary",
        reason: "Lapsed on 23/11/2026: 3 consecutive absences (13/10/2026, 10/11/2026, 23/11/2026)",
      },
    ]);
    expect(preview.atRisk).toEqual([
      {
        name: "Pat Jones",
        reason:
          "At risk of lapse: 2 absences in a row — one more absence without a reason would lapse the place",
        risk: { absencesInARow: 2 },
      },
    ]);
    expect(preview).toMatchObject({ noLongerLapsed: [], noLongerAtRisk: [] });
  });

  it("lists the marks it writes and the meeting's type, and writes nothing itself", () => {
    expect(preview.changes).toEqual([
      { kind: "mark", name: "Pat Jones", to: "A" },
      { kind: "mark", name: "Amir Khan", to: "P" },
      { kind: "mark", name: "Bernadette O'Leary", to: "A" },
      { kind: "mark", name: "Doris Smith", to: "P" },
      { kind: "type", to: "Main" },
    ]);
    expect(preview.nothingToChange).toBe(false);
    expect(JSON.stringify(snapshot)).toBe(untouched);
  });
});

describe("the preview of a correction", () => {
  it("lists what changes and whom it takes out of risk of lapse", () => {
    const marks = { "Bernadette O'Leary": "P", "Chen Wei": "A" } as const;
    const preview = previewOf(demo(), { date: NOVEMBER, type: "Interim", marks }, "correct");
    expect(preview.changes).toEqual([
      { kind: "mark", name: "Bernadette O'Leary", from: "A", to: "P" },
      { kind: "mark", name: "Chen Wei", from: "P", to: "A" },
      { kind: "type", from: "Main", to: "Interim" },
    ]);
    expect(preview.noLongerAtRisk).toEqual(["Bernadette O'Leary"]);
    expect(preview.quorum).toEqual({ present: 5, membership: 6, needed: 3, quorate: true });
    expect(preview.unmarked).toEqual([]);
  });

  it("names a place the correction lapses: a third absence in a row (§4.3)", () => {
    const marks = { "George Evans": "A" } as const;
    const preview = previewOf(demo(), { date: NOVEMBER, type: "Main", marks }, "correct");
    expect(preview.lapses).toEqual([
      {
        name: "George Evans",
        reason: "Lapsed on 10/11/2026: 3 consecutive absences (08/09/2026, 13/10/2026, 10/11/2026)",
      },
    ]);
  });

  it("says when nothing would change", () => {
    const preview = previewOf(demo(), { date: NOVEMBER, type: "Main", marks: {} }, "correct");
    expect(preview).toMatchObject({ nothingToChange: true, changes: [], lapses: [], atRisk: [] });
  });
});

describe("refusals and the recorded meetings", () => {
  it("refuses in the write's own words", () => {
    const meeting: MeetingToRecord = { date: NOVEMBER, type: "Main", marks: {} };
    const refused = meetingPreview(demo(), meeting, "record", TODAY);
    expect(refused).toEqual(recordMeetingPlan(demo(), meeting, TODAY));
    expect(refused).toEqual({
      error:
        "A meeting on 10/11/2026 is already recorded in Attendance!N1: choose it in the list of recorded meetings to correct it.",
    });
  });

  it("lists the register's meetings newest first, with each member's mark and place on the roll", () => {
    const snapshot = demo();
    const meetings = recordedMeetings(snapshot, scan(snapshot, { asOf: TODAY }).findings);
    expect(meetings).toHaveLength(13);
    expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort().reverse());
    const [november] = meetings;
    expect(november).toMatchObject({ date: NOVEMBER, type: "Main" });
    expect(november?.register.find((e) => e.name === "Bernadette O'Leary")).toEqual({
      name: "Bernadette O'Leary",
      mark: "A",
      onRoll: true,
      countsForQuorum: true,
    });
    // Lapsed before 10/11/2026 but marked there: listed, so the mark is not lost, but off the roll.
    expect(november?.register.find((e) => e.name === "Emeka Obi")).toMatchObject({
      onRoll: false,
      countsForQuorum: false,
    });
    // A deputy sits but does not count towards quorum (§7.7).
    expect(november?.register.find((e) => e.name === "Hannah Wright")).toMatchObject({
      onRoll: true,
      countsForQuorum: false,
    });
    const interim = meetings.find((m) => m.date === dayFromIso("2026-09-22"));
    expect(interim).toBeUndefined(); // listed on Meetings, never on the register
  });
});
