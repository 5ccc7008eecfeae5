import { dayFromIso } from "../../src/domain";
import { PanelActionError } from "../../src/engine/actions/errors";
import { createPanelSession } from "../../src/engine/panelSession";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemoryHost } from "../../src/hosts/memory/memoryHost";
import { RawCell } from "../../src/workbook/snapshot";

const DECEMBER = dayFromIso("2026-12-08");
const RENT = "Responsive: RENT-COLLECTED";

function demoSession(today = DEMO_AS_OF) {
  const host = new MemoryHost(demoWorkbook());
  return { host, session: createPanelSession(host, () => today) };
}

const cellsOf = (host: MemoryHost): RawCell[][][] =>
  JSON.parse(JSON.stringify(host.workbook.sheets.map((s) => s.cells))) as RawCell[][][];

describe("a scan through the session", () => {
  it("reads once and writes once, then a rescan reads once and writes nothing", async () => {
    const { host, session } = demoSession();
    const first = await session.scan();
    expect(host.calls).toMatchObject({ readSnapshot: 1, applyPlan: 1 });
    expect(first.cellsWritten).toBeGreaterThan(0);
    expect(first.sheetsCreated).toEqual([
      "KPI status",
      "Triggers",
      "Summary",
      "You said, we did",
      "Settings",
    ]);
    const again = await session.scan();
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 1 });
    expect(again).toMatchObject({ cellsWritten: 0, sheetsCreated: [] });
  });

  it("lists the members sitting today in Members order: not the two whose places lapsed (§4.3)", async () => {
    const { findings } = await demoSession().session.scan();
    expect(findings.roll.map((entry) => entry.name)).toEqual([
      "Pat Jones",
      "Amir Khan",
      "Bernadette O'Leary",
      "Chen Wei",
      "Doris Smith",
      "George Evans",
      "Hannah Wright",
      "Ian Patel",
    ]);
  });

  it("reports progress from the host", async () => {
    const stages: string[] = [];
    await demoSession().session.scan((progress) => stages.push(progress.stage));
    expect(stages).toEqual(["reading", "writing"]);
  });
});

describe("recording a meeting through the session", () => {
  const marks = {
    "Pat Jones": "P",
    "Amir Khan": "P",
    "Doris Smith": "P",
    "Chen Wei": "A",
  } as const;

  it("writes the register and the scan after it in one go, showing the meeting's quorum", async () => {
    const { host, session } = demoSession(dayFromIso("2026-12-09"));
    await session.scan();
    const applyPlan = jest.spyOn(host, "applyPlan");
    const outcome = await session.recordMeeting({ date: DECEMBER, type: "Main", marks });
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 2 });
    // §7.2: 3 of the 6 tenant members on the roll, 2 × 3 ≥ 6.
    expect(outcome.findings.meetings.find((m) => m.date === DECEMBER)).toMatchObject({
      present: 3,
      membership: 6,
      quorate: true,
    });
    const meetings = host.workbook.sheet("Meetings");
    const row = meetings?.cells.find((cells) => cells[0] === DECEMBER);
    expect(row?.slice(4, 7)).toEqual([3, 6, "Yes"]); // the scan's columns, in the same write
    // One plan: the date header and 4 marks, Present and Quorate on Meetings, the Summary's lines.
    const written = applyPlan.mock.calls[0]?.[0].sheets;
    expect(written?.map((s) => [s.sheet, s.writes.length])).toEqual([
      ["Attendance", 5],
      ["Meetings", 2],
      ["Summary", expect.any(Number)],
    ]);
    expect(outcome.cellsWritten).toBe(written?.reduce((n, s) => n + s.writes.length, 0));
    const rescan = await session.scan();
    expect(rescan.cellsWritten).toBe(0);
    expect(host.calls.applyPlan).toBe(2);
  });

  it("refuses a date already recorded with a PanelActionError, writing nothing", async () => {
    const { host, session } = demoSession();
    await session.scan();
    const before = cellsOf(host);
    const attempt = session.recordMeeting({ date: dayFromIso("2026-11-10"), type: "Main", marks });
    await expect(attempt).rejects.toThrow(PanelActionError);
    await expect(attempt).rejects.toThrow(
      "A meeting on 10/11/2026 is already recorded in Attendance!N1: choose it in the list of recorded meetings to correct it."
    );
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 1 });
    expect(cellsOf(host)).toEqual(before);
  });
});

describe("checking and correcting a meeting through the session", () => {
  const NOVEMBER = dayFromIso("2026-11-10");
  const width = (host: MemoryHost, sheet: string): number =>
    Math.max(...(host.workbook.sheet(sheet)?.cells.map((row) => row.length) ?? [0]));

  it("previews a meeting by reading once and writing nothing", async () => {
    const { host, session } = demoSession();
    await session.scan();
    const before = cellsOf(host);
    const preview = await session.previewMeeting(
      { date: DEMO_AS_OF, type: "Main", marks: { "Bernadette O'Leary": "A" } },
      "record"
    );
    expect(preview.lapses.map((l) => l.name)).toEqual(["Bernadette O'Leary"]);
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 1 });
    expect(cellsOf(host)).toEqual(before);
    await expect(
      session.previewMeeting({ date: NOVEMBER, type: "Main", marks: {} }, "record")
    ).rejects.toThrow(PanelActionError);
  });

  it("lists the recorded meetings in every outcome, newest first", async () => {
    const { recordedMeetings } = await demoSession().session.scan();
    expect(recordedMeetings[0]).toMatchObject({ date: NOVEMBER, type: "Main" });
    expect(recordedMeetings).toHaveLength(13);
  });

  it("corrects a meeting in one write: the same column and Meetings row, figures recomputed", async () => {
    const { host, session } = demoSession();
    await session.scan();
    const columns = width(host, "Attendance");
    const meetingRows = host.workbook.sheet("Meetings")?.cells.length;
    const row = host.workbook.sheet("Meetings")?.cells.find((cells) => cells[0] === NOVEMBER);
    expect(row?.slice(1, 7)).toEqual(["Main", null, null, 5, 6, "Yes"]);
    const outcome = await session.correctMeeting({
      date: NOVEMBER,
      type: "Interim",
      marks: { "Pat Jones": "A", "Amir Khan": "A", "Doris Smith": "A", "Chen Wei": "R" },
    });
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 2 });
    expect(width(host, "Attendance")).toBe(columns);
    expect(host.workbook.sheet("Meetings")?.cells.length).toBe(meetingRows);
    const attendance = host.workbook.sheet("Attendance")?.cells ?? [];
    expect(attendance.slice(1, 6).map((cells) => [cells[0], cells[13]])).toEqual([
      ["Pat Jones", "A"],
      ["Amir Khan", "A"],
      ["Bernadette O'Leary", "A"],
      ["Chen Wei", "R"],
      ["Doris Smith", "A"],
    ]);
    // Type changed by the officer; Present and Quorate recomputed by the scan in the same write.
    expect(row?.slice(1, 7)).toEqual(["Interim", null, null, 1, 6, "No"]);
    expect(outcome.findings.meetings.find((m) => m.date === NOVEMBER)).toMatchObject({
      type: "Interim",
      present: 1,
      quorate: false,
    });
    expect(outcome.recordedMeetings.filter((m) => m.date === NOVEMBER)).toHaveLength(1);
    expect((await session.scan()).cellsWritten).toBe(0);
  });

  it("writes nothing for a correction that changes nothing", async () => {
    const { host, session } = demoSession();
    const { recordedMeetings } = await session.scan();
    const november = recordedMeetings[0]!;
    const marks = Object.fromEntries(
      november.register.flatMap((e) => (e.mark ? [[e.name, e.mark]] : []))
    );
    const outcome = await session.correctMeeting({ date: NOVEMBER, type: november.type, marks });
    expect(outcome.cellsWritten).toBe(0);
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 1 });
  });
});

describe("accepting a trigger through the session", () => {
  it("adds the review and the panel's decision in one write; a second accept is refused", async () => {
    const { host, session } = demoSession();
    await session.scan();
    const outcome = await session.acceptTrigger(RENT);
    expect(host.calls).toMatchObject({ readSnapshot: 2, applyPlan: 2 });
    expect(outcome.findings.reviews.at(-1)).toMatchObject({
      review: "Rent collected as % of rent due (responsive review)",
      origin: "Responsive",
    });
    expect(outcome.findings.triggers.find((t) => t.key === RENT)?.panelDecision).toBe(
      "Accepted into programme"
    );
    await expect(session.acceptTrigger(RENT)).rejects.toThrow("is already accepted");
    expect(host.calls.applyPlan).toBe(2);
    expect((await session.scan()).cellsWritten).toBe(0);
  });
});

describe("setting up, the summary, problems and watching", () => {
  it("sets up an empty workbook with every sheet, and keeps the demo's own sheets", async () => {
    const empty = new MemoryHost([]);
    const created = await createPanelSession(empty, () => DEMO_AS_OF).setUp();
    expect(created.sheetsKept).toEqual([]);
    expect(created.sheetsCreated).toEqual(
      expect.arrayContaining(["Members", "Attendance", "Meetings", "Reviews", "Settings"])
    );
    expect(empty.calls).toMatchObject({ readSnapshot: 1, applyPlan: 1 });
    const demo = await demoSession().session.setUp();
    expect(demo.sheetsKept).toEqual(
      expect.arrayContaining(["Members", "Attendance", "KPI - Rent"])
    );
    expect(demo.sheetsCreated).not.toContain("Members");
  });

  it("writes the Summary with its charts", async () => {
    const { host, session } = demoSession();
    await session.writeSummary();
    expect(host.charts.length).toBeGreaterThan(0);
    expect(host.charts.every((c) => c.sheet === "Summary")).toBe(true);
  });

  it("refuses to write the Summary over the officers' own Summary sheet, writing nothing", async () => {
    const sheets = demoWorkbook();
    sheets.push({ name: "Summary", cells: [["Budget summary"], ["Repairs", 120_000]] });
    const host = new MemoryHost(sheets);
    const session = createPanelSession(host, () => DEMO_AS_OF);
    const attempt = session.writeSummary();
    await expect(attempt).rejects.toThrow(PanelActionError);
    await expect(attempt).rejects.toThrow(
      "Your workbook already has a sheet called Summary that the add-in did not write, so it is left as it is. Rename that sheet, or delete it, then write the Summary again."
    );
    expect(host.calls.applyPlan ?? 0).toBe(0);
    expect(host.charts).toEqual([]);
  });

  it("shows a problem's cell, or A1 of its sheet", async () => {
    const { host, session } = demoSession();
    await session.showProblem({
      sheet: "Members",
      address: "Members!C4",
      message: "x",
      cell: { row: 3, column: 2 },
    });
    expect(host.selected).toEqual({ sheet: "Members", row: 3, column: 2 });
    await session.showProblem({ sheet: "Attendance", address: "Attendance", message: "x" });
    expect(host.selected).toEqual({ sheet: "Attendance", row: 0, column: 0 });
  });

  it("watches the workbook through the host until stopped", async () => {
    const { host, session } = demoSession();
    let changes = 0;
    const stop = await session.watch?.(() => changes++);
    host.simulateChange();
    await stop?.();
    host.simulateChange();
    expect(changes).toBe(1);
  });
});
