import * as React from "react";
import { HostProgress } from "../engine/host";
import { MeetingToRecord, PanelSession, ScanOutcome, SetUpOutcome } from "../engine/session";
import { Problem } from "../workbook/problems";
import { NOT_FINISHED, plainMessage, statusLine } from "./statusLine";

/** What the pane asked the workbook to do, for the status line and the error title. */
export type PanelAction = "scan" | "acceptTrigger" | "recordMeeting" | "setUp" | "writeSummary";

/**
 * Where the pane is. Working and failed keep the last outcome, so the views go on showing what the
 * workbook held rather than a blank pane.
 */
export type PanelState =
  | { kind: "idle" }
  | { kind: "working"; action: PanelAction; progress?: HostProgress; outcome?: ScanOutcome }
  | { kind: "ready"; action: PanelAction; outcome: ScanOutcome; status: string }
  | { kind: "failed"; title: string; message: string; outcome?: ScanOutcome };

export interface PanelOptions {
  /** Rescan when officers change the workbook (only where the host can tell: `session.watch`). */
  autoRescan?: boolean;
}

export interface Panel {
  state: PanelState;
  /** The last Set up's answer, kept for the Set up view until the next Set up. */
  lastSetUp?: SetUpOutcome;
  scan(): Promise<void>;
  acceptTrigger(triggerKey: string): Promise<void>;
  recordMeeting(meeting: MeetingToRecord): Promise<void>;
  setUp(): Promise<void>;
  writeSummary(): Promise<void>;
  showProblem(problem: Problem): Promise<void>;
}

export function outcomeOf(state: PanelState): ScanOutcome | undefined {
  return state.kind === "idle" ? undefined : state.outcome;
}

/** The one hook between the views and the workbook (DESIGN.md): every action goes through `session`. */
export function usePanel(session: PanelSession, options: PanelOptions = {}): Panel {
  const [state, setState] = React.useState<PanelState>({ kind: "idle" });
  const [lastSetUp, setLastSetUp] = React.useState<SetUpOutcome>();
  // Only the latest action may change the state: a rescan from `watch` must not undo a later save.
  const latestRun = React.useRef(0);

  const run = React.useCallback(
    async (
      action: PanelAction,
      call: (onProgress: (progress: HostProgress) => void) => Promise<ScanOutcome>
    ): Promise<ScanOutcome | undefined> => {
      const id = ++latestRun.current;
      const isLatest = (): boolean => latestRun.current === id;
      setState((previous) => ({ kind: "working", action, outcome: outcomeOf(previous) }));
      const onProgress = (progress: HostProgress): void => {
        if (isLatest())
          setState((previous) =>
            previous.kind === "working" ? { ...previous, progress } : previous
          );
      };
      try {
        const outcome = await call(onProgress);
        if (isLatest())
          setState({ kind: "ready", action, outcome, status: statusLine(action, outcome) });
        return outcome;
      } catch (error) {
        if (isLatest())
          setState((previous) => ({
            kind: "failed",
            title: NOT_FINISHED[action],
            message: plainMessage(error),
            outcome: outcomeOf(previous),
          }));
        return undefined;
      }
    },
    []
  );

  const scan = React.useCallback(async () => {
    await run("scan", (onProgress) => session.scan(onProgress));
  }, [run, session]);

  const acceptTrigger = React.useCallback(
    async (triggerKey: string) => {
      await run("acceptTrigger", (onProgress) => session.acceptTrigger(triggerKey, onProgress));
    },
    [run, session]
  );

  const recordMeeting = React.useCallback(
    async (meeting: MeetingToRecord) => {
      await run("recordMeeting", (onProgress) => session.recordMeeting(meeting, onProgress));
    },
    [run, session]
  );

  const setUp = React.useCallback(async () => {
    const outcome = await run("setUp", (onProgress) => session.setUp(onProgress));
    if (outcome) setLastSetUp(outcome as SetUpOutcome);
  }, [run, session]);

  const writeSummary = React.useCallback(async () => {
    await run("writeSummary", (onProgress) => session.writeSummary(onProgress));
  }, [run, session]);

  const showProblem = React.useCallback(
    async (problem: Problem) => {
      try {
        await session.showProblem(problem);
      } catch (error) {
        setState((previous) => ({
          kind: "failed",
          title: "The cell could not be shown",
          message: plainMessage(error),
          outcome: outcomeOf(previous),
        }));
      }
    },
    [session]
  );

  const autoRescan = options.autoRescan === true;
  React.useEffect(() => {
    if (!autoRescan || !session.watch) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    session
      .watch(() => void scan())
      .then(
        (stopWatching) => {
          stop = stopWatching;
          if (stopped) void stopWatching().catch(() => undefined);
        },
        (error: unknown) =>
          setState((previous) => ({
            kind: "failed",
            title: "Automatic rescan is not available",
            message: plainMessage(error),
            outcome: outcomeOf(previous),
          }))
      );
    return () => {
      stopped = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [autoRescan, session, scan]);

  return { state, lastSetUp, scan, acceptTrigger, recordMeeting, setUp, writeSummary, showProblem };
}
