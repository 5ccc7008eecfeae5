/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { HostProgress } from "../../src/engine/host";
import { dayFromIso } from "../../src/domain/calendar/days";
import { MeetingPreview, MeetingToRecord, ScanOutcome } from "../../src/engine/session";
import { usePanel } from "../../src/taskpane/usePanel";
import { DEMO_AS_OF, demoOutcome, demoPreview, fakeSession } from "./panelFixtures";

/** A promise to settle by hand, to look at the pane while the session is still working. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const outcome = demoOutcome();

describe("usePanel", () => {
  test("idle, then working with the host's progress, then ready with the status line", async () => {
    const pending = deferred<ScanOutcome>();
    let report: ((p: HostProgress) => void) | undefined;
    const session = fakeSession(outcome, {
      scan: jest.fn((onProgress: (p: HostProgress) => void) => {
        report = onProgress;
        return pending.promise;
      }),
    });
    const { result } = renderHook(() => usePanel(session));
    expect(result.current.state).toEqual({ kind: "idle" });
    let done!: Promise<void>;
    act(() => {
      done = result.current.scan();
    });
    expect(result.current.state).toMatchObject({ kind: "working", action: "scan" });
    act(() => report?.({ stage: "reading", done: 1, total: 3 }));
    expect(result.current.state).toMatchObject({
      kind: "working",
      progress: { stage: "reading", done: 1, total: 3 },
    });
    await act(async () => {
      pending.resolve({ ...outcome, cellsWritten: 1, problems: [] });
      await done;
    });
    expect(result.current.state).toMatchObject({
      kind: "ready",
      status:
        "Scan finished. No problems found. The add-in wrote its results into 1 cell of its own sheets and columns.",
    });
    // The confirmation is kept for the Scan button, and takes the focus: the person asked for it.
    expect(result.current.feedback.scan).toMatchObject({
      action: "scan",
      intent: "success",
      title: "Scan finished",
      takesFocus: true,
    });
  });

  test("each action's message is kept for where it was started; a later action elsewhere leaves it", async () => {
    const session = fakeSession(outcome);
    const { result } = renderHook(() => usePanel(session));
    await act(() => result.current.scan({ auto: true }));
    const scanned = result.current.feedback.scan!;
    expect(scanned.takesFocus).toBe(false);
    const trigger = outcome.findings.triggers[0]!;
    await act(() => result.current.acceptTrigger(trigger.key));
    expect(result.current.feedback.scan).toBe(scanned);
    expect(result.current.feedback.acceptTrigger).toMatchObject({
      target: trigger.key,
      intent: "success",
      title: "Added to the review programme",
      message: `“${trigger.subject}” is on the Reviews sheet for this panel year, and the panel's decision on it is now Accepted into programme.`,
      takesFocus: true,
    });
    expect(result.current.feedback.acceptTrigger!.id).toBeGreaterThan(scanned.id);
  });

  test("show cell selects the cell of an address, and says so", async () => {
    const session = fakeSession(outcome);
    const { result } = renderHook(() => usePanel(session));
    await act(() => result.current.showCell("'KPI - Rent'!P3"));
    expect(session.showProblem).toHaveBeenCalledWith({
      sheet: "KPI - Rent",
      address: "'KPI - Rent'!P3",
      message: "",
      cell: { row: 2, column: 15 },
    });
    expect(result.current.feedback.showCell).toMatchObject({
      target: "'KPI - Rent'!P3",
      message: "'KPI - Rent'!P3 is selected in the workbook.",
      takesFocus: false,
    });
  });

  test.each<[string, unknown, string]>([
    ["an Error", new Error("Set up the workbook first."), "Set up the workbook first."],
    [
      "a PanelActionError-like object",
      { name: "PanelActionError", message: "No trigger with that key: rescan first." },
      "No trigger with that key: rescan first.",
    ],
    ["a string", "The workbook is being edited.", "The workbook is being edited."],
    ["undefined", undefined, "Something went wrong and the add-in could not finish."],
    [
      "an Error with no message",
      new Error(""),
      "Something went wrong and the add-in could not finish.",
    ],
  ])(
    "a thrown %s becomes a plain message and keeps the last outcome",
    async (_, thrown, message) => {
      const session = fakeSession(outcome);
      const { result } = renderHook(() => usePanel(session));
      await act(() => result.current.scan());
      session.acceptTrigger.mockRejectedValueOnce(thrown);
      await act(() => result.current.acceptTrigger("Responsive: TP01"));
      const { state } = result.current;
      expect(state.kind).toBe("failed");
      if (state.kind !== "failed") return;
      expect(state.message.startsWith(message)).toBe(true);
      expect(state.title).toBe("The trigger was not added to the review programme");
      expect(state.outcome).toBe(outcome);
    }
  );

  test("only the latest action's answer is shown", async () => {
    const first = deferred<ScanOutcome>();
    const later = { ...outcome, cellsWritten: 5 };
    const session = fakeSession(outcome, {
      scan: jest.fn(() => first.promise),
      writeSummary: jest.fn(async () => later),
    });
    const { result } = renderHook(() => usePanel(session));
    let scanning!: Promise<void>;
    act(() => {
      scanning = result.current.scan();
    });
    await act(() => result.current.writeSummary());
    await act(async () => {
      first.resolve(outcome);
      await scanning;
    });
    expect(result.current.state).toMatchObject({ kind: "ready", action: "writeSummary" });
  });

  test("Set up's sheets are kept for its view", async () => {
    const session = fakeSession(outcome);
    const { result } = renderHook(() => usePanel(session));
    await act(() => result.current.setUp());
    expect(result.current.lastSetUp?.sheetsKept).toEqual(["Members"]);
    await act(() => result.current.scan());
    expect(result.current.lastSetUp?.sheetsCreated).toEqual(["Settings"]);
  });

  test("a cell that cannot be shown is said plainly", async () => {
    const session = fakeSession(outcome, {
      showProblem: jest.fn(async () => {
        throw new Error("The sheet Members was deleted.");
      }),
    });
    const { result } = renderHook(() => usePanel(session));
    await act(() =>
      result.current.showProblem({ sheet: "Members", address: "Members!A1", message: "x" })
    );
    expect(result.current.state).toMatchObject({
      kind: "failed",
      title: "The cell could not be shown",
      message: "The sheet Members was deleted.",
    });
  });

  test("with auto-rescan on, a change in the workbook rescans; turning it off stops watching", async () => {
    let changed: (() => void) | undefined;
    const stop = jest.fn(async () => undefined);
    const session = fakeSession(outcome, {
      watch: jest.fn(async (onChange: () => void) => {
        changed = onChange;
        return stop;
      }),
    });
    const { result, rerender, unmount } = renderHook(
      ({ autoRescan }) => usePanel(session, { autoRescan }),
      { initialProps: { autoRescan: false } }
    );
    expect(session.watch).not.toHaveBeenCalled();
    rerender({ autoRescan: true });
    await waitFor(() => expect(changed).toBeDefined());
    await act(async () => changed?.());
    await waitFor(() => expect(result.current.state.kind).toBe("ready"));
    expect(session.scan).toHaveBeenCalledTimes(1);
    rerender({ autoRescan: false });
    expect(stop).toHaveBeenCalledTimes(1);
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  test("a session that cannot watch leaves auto-rescan alone; a failing watch is said plainly", async () => {
    const { watch: _unused, ...withoutWatch } = fakeSession(outcome);
    void _unused;
    const quiet = renderHook(() => usePanel(withoutWatch, { autoRescan: true }));
    expect(quiet.result.current.state).toEqual({ kind: "idle" });

    const failing = fakeSession(outcome, {
      watch: jest.fn(async () => {
        throw new Error("This version of Excel cannot report changes.");
      }),
    });
    const { result } = renderHook(() => usePanel(failing, { autoRescan: true }));
    await waitFor(() => expect(result.current.state.kind).toBe("failed"));
    expect(result.current.state).toMatchObject({
      title: "Automatic rescan is not available",
      message: "This version of Excel cannot report changes.",
    });
  });

  describe("recording a meeting: nothing is written before the check is confirmed", () => {
    const meeting: MeetingToRecord = {
      date: DEMO_AS_OF,
      type: "Main",
      marks: { "Bernadette O'Leary": "A" },
    };

    test("check, confirm, saved: the preview is the session's, and the write happens once", async () => {
      const session = fakeSession(outcome);
      const { result } = renderHook(() => usePanel(session));
      expect(result.current.meeting).toEqual({ kind: "editing" });
      await act(() => result.current.checkMeeting(meeting, "record"));
      const step = result.current.meeting;
      expect(step.kind).toBe("confirming");
      if (step.kind !== "confirming") return;
      expect(step.preview.lapses.map((l) => l.name)).toEqual(["Bernadette O'Leary"]);
      expect(session.recordMeeting).not.toHaveBeenCalled();
      await act(() => result.current.confirmMeeting());
      expect(result.current.meeting).toMatchObject({ kind: "saved", savedAt: 1 });
      expect(result.current.state).toMatchObject({ kind: "ready", action: "recordMeeting" });
      expect(session.recordMeeting).toHaveBeenCalledTimes(1);
      // A second confirm without a new check writes nothing more.
      await act(() => result.current.confirmMeeting());
      expect(session.recordMeeting).toHaveBeenCalledTimes(1);
    });

    test("a correction is written through correctMeeting", async () => {
      const session = fakeSession(outcome);
      const { result } = renderHook(() => usePanel(session));
      const correction = { ...meeting, date: dayFromIso("2026-11-10") };
      await act(() => result.current.checkMeeting(correction, "correct"));
      await act(() => result.current.confirmMeeting());
      expect(session.correctMeeting).toHaveBeenCalledWith(correction, expect.any(Function));
      expect(session.recordMeeting).not.toHaveBeenCalled();
      expect(result.current.state).toMatchObject({ kind: "ready", action: "correctMeeting" });
      expect(result.current.state.kind === "ready" && result.current.state.status).toMatch(
        /^Meeting corrected\. /
      );
    });

    test("a refused check or write keeps the meeting and says why", async () => {
      const session = fakeSession(outcome, {
        recordMeeting: jest.fn(async () => {
          throw new Error("The workbook is being edited.");
        }),
      });
      const { result } = renderHook(() => usePanel(session));
      const recorded = { ...meeting, date: dayFromIso("2026-11-10") };
      await act(() => result.current.checkMeeting(recorded, "record"));
      expect(result.current.meeting).toMatchObject({
        kind: "refused",
        meeting: recorded,
        title: "The meeting was not recorded",
        message: expect.stringMatching(/^A meeting on 10\/11\/2026 is already recorded/),
      });
      await act(() => result.current.checkMeeting(meeting, "record"));
      await act(() => result.current.confirmMeeting());
      expect(result.current.meeting).toMatchObject({
        kind: "refused",
        meeting,
        message: "The workbook is being edited.",
      });
    });

    test("going back while the check is worked out drops it", async () => {
      const pending = deferred<MeetingPreview>();
      const session = fakeSession(outcome, { previewMeeting: jest.fn(() => pending.promise) });
      const { result } = renderHook(() => usePanel(session));
      let checking!: Promise<void>;
      act(() => {
        checking = result.current.checkMeeting(meeting, "record");
      });
      expect(result.current.meeting).toMatchObject({ kind: "checking", meeting });
      act(() => result.current.editMeeting());
      await act(async () => {
        pending.resolve(await demoPreview(meeting, "record"));
        await checking;
      });
      expect(result.current.meeting).toEqual({ kind: "editing" });
      await act(() => result.current.confirmMeeting());
      expect(session.recordMeeting).not.toHaveBeenCalled();
    });
  });
});
