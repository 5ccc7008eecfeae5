/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { HostProgress } from "../../src/engine/host";
import { ScanOutcome } from "../../src/engine/session";
import { usePanel } from "../../src/taskpane/usePanel";
import { demoOutcome, fakeSession } from "./panelFixtures";

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
      pending.resolve({ ...outcome, cellsWritten: 1 });
      await done;
    });
    expect(result.current.state).toMatchObject({
      kind: "ready",
      status: `Scan finished: 1 cell updated, ${outcome.problems.length} problems`,
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
});
