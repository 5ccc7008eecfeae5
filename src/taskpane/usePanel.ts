import * as React from "react";
import { HostProgress } from "../engine/host";
import {
  MeetingMode,
  MeetingPreview,
  MeetingToRecord,
  PanelSession,
  ScanOutcome,
  SetUpOutcome,
} from "../engine/session";
import { cellPlace } from "../wording/cells";
import { Problem } from "../workbook/problems";
import { finishedWords, NOT_FINISHED, plainMessage, statusLine } from "./statusLine";

/** What the pane asked the workbook to do, for the status line and the error title. */
export type PanelAction =
  "scan" | "acceptTrigger" | "recordMeeting" | "correctMeeting" | "setUp" | "writeSummary";

/**
 * Where recording (or correcting) a meeting is. Nothing is written until the officer has seen the
 * engine's preview and confirmed it: editing → checking → confirming → saving → saved, or back to
 * editing. A refusal (at the check or the write) keeps the meeting, so the form can show it again.
 */
export type MeetingStep =
  | { kind: "editing" }
  | { kind: "checking"; meeting: MeetingToRecord; mode: MeetingMode }
  | { kind: "refused"; meeting: MeetingToRecord; mode: MeetingMode; title: string; message: string }
  | { kind: "confirming"; preview: MeetingPreview }
  | { kind: "saving"; preview: MeetingPreview }
  /** `savedAt` counts the saves, so the form knows a new one happened (to reset and take focus). */
  | { kind: "saved"; preview: MeetingPreview; savedAt: number };

/**
 * Where the pane is. Working and failed keep the last outcome, so the views go on showing what the
 * workbook held rather than a blank pane.
 */
export type PanelState =
  | { kind: "idle" }
  | { kind: "working"; action: PanelAction; progress?: HostProgress; outcome?: ScanOutcome }
  | { kind: "ready"; action: PanelAction; outcome: ScanOutcome; status: string }
  | { kind: "failed"; title: string; message: string; outcome?: ScanOutcome };

/**
 * What an action came to, in words, for the place on the pane where it was started: the
 * Scan button's, a trigger's, Set up's, the Summary's. Kept per action until that action runs again,
 * so a later action elsewhere never moves it.
 */
export interface ActionFeedback {
  /** Counts every feedback, so its view knows a new one came (to take the focus once). */
  id: number;
  action: PanelAction | "showCell";
  /** What it was about: the trigger's key for acceptTrigger, the address for showCell. */
  target?: string;
  intent: "success" | "error";
  title: string;
  message: string;
  /** Started by the person: the message takes the focus. Not after an automatic rescan. */
  takesFocus: boolean;
}

export type PanelFeedback = Partial<Record<ActionFeedback["action"], ActionFeedback>>;

export interface PanelOptions {
  /** Rescan when officers change the workbook (only where the host can tell: `session.watch`). */
  autoRescan?: boolean;
}

export interface Panel {
  state: PanelState;
  /** The last Set up's answer, kept for the Set up view until the next Set up. */
  lastSetUp?: SetUpOutcome;
  /** The latest feedback of each action, shown where it was started. */
  feedback: PanelFeedback;
  /** `auto`: not asked for by the person (the sample scanning as it opens): its message keeps out of the focus. */
  scan(options?: { auto?: boolean }): Promise<void>;
  acceptTrigger(triggerKey: string): Promise<void>;
  /** Where recording a meeting is, for the Record a meeting form. */
  meeting: MeetingStep;
  /** Works out what saving the meeting would write (nothing is written) and asks for confirmation. */
  checkMeeting(meeting: MeetingToRecord, mode: MeetingMode): Promise<void>;
  /** Writes the meeting that was checked, once confirmed. */
  confirmMeeting(): Promise<void>;
  /** Back to the form from the check, to change the meeting. */
  editMeeting(): void;
  setUp(): Promise<void>;
  writeSummary(): Promise<void>;
  showProblem(problem: Problem): Promise<void>;
  /** Selects a cell named by its address ("'KPI - Rent'!J3"): the "show cells" links. */
  showCell(address: string): Promise<void>;
}

export function outcomeOf(state: PanelState): ScanOutcome | undefined {
  return state.kind === "idle" ? undefined : state.outcome;
}

/** The one hook between the views and the workbook (docs/development.md): every action goes through `session`. */
export function usePanel(session: PanelSession, options: PanelOptions = {}): Panel {
  const [state, setState] = React.useState<PanelState>({ kind: "idle" });
  const [lastSetUp, setLastSetUp] = React.useState<SetUpOutcome>();
  const [feedback, setFeedback] = React.useState<PanelFeedback>({});
  const feedbacks = React.useRef(0);
  const tell = React.useCallback((said: Omit<ActionFeedback, "id">) => {
    const id = ++feedbacks.current;
    setFeedback((previous) => ({ ...previous, [said.action]: { ...said, id } }));
  }, []);
  // Only the latest action may change the state: a rescan from `watch` must not undo a later save.
  const latestRun = React.useRef(0);

  const run = React.useCallback(
    async (
      action: PanelAction,
      call: (onProgress: (progress: HostProgress) => void) => Promise<ScanOutcome>,
      said: { target?: string; takesFocus?: boolean } = {}
    ): Promise<{ outcome: ScanOutcome } | { message: string }> => {
      const { target, takesFocus = true } = said;
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
          setState({ kind: "ready", action, outcome, status: statusLine(action, outcome, target) });
        const { title, message } = finishedWords(action, outcome, target);
        tell({ action, target, intent: "success", title, message, takesFocus });
        return { outcome };
      } catch (error) {
        const message = plainMessage(error);
        if (isLatest())
          setState((previous) => ({
            kind: "failed",
            title: NOT_FINISHED[action],
            message,
            outcome: outcomeOf(previous),
          }));
        tell({ action, target, intent: "error", title: NOT_FINISHED[action], message, takesFocus });
        return { message };
      }
    },
    [tell]
  );

  const scan = React.useCallback(
    async (options: { auto?: boolean } = {}) => {
      await run("scan", (onProgress) => session.scan(onProgress), {
        takesFocus: options.auto !== true,
      });
    },
    [run, session]
  );

  const acceptTrigger = React.useCallback(
    async (triggerKey: string) => {
      await run("acceptTrigger", (onProgress) => session.acceptTrigger(triggerKey, onProgress), {
        target: triggerKey,
      });
    },
    [run, session]
  );

  const [meeting, setMeeting] = React.useState<MeetingStep>({ kind: "editing" });
  // The step as it is now, for confirmMeeting (called from a button rendered with an older step).
  const meetingNow = React.useRef(meeting);
  const changeMeeting = React.useCallback((step: MeetingStep) => {
    meetingNow.current = step;
    setMeeting(step);
  }, []);
  const saves = React.useRef(0);

  const checkMeeting = React.useCallback(
    async (toRecord: MeetingToRecord, mode: MeetingMode) => {
      const checking: MeetingStep = { kind: "checking", meeting: toRecord, mode };
      changeMeeting(checking);
      let next: MeetingStep;
      try {
        next = { kind: "confirming", preview: await session.previewMeeting(toRecord, mode) };
      } catch (error) {
        next = {
          ...checking,
          kind: "refused",
          title: notSaved(mode),
          message: plainMessage(error),
        };
      }
      // Only if the officer has not gone back meanwhile.
      if (meetingNow.current === checking) changeMeeting(next);
    },
    [session, changeMeeting]
  );

  const confirmMeeting = React.useCallback(async () => {
    const step = meetingNow.current;
    if (step.kind !== "confirming") return;
    const { preview } = step;
    changeMeeting({ kind: "saving", preview });
    const { meeting: toRecord, mode } = preview;
    const result = await run(
      mode === "record" ? "recordMeeting" : "correctMeeting",
      (onProgress) =>
        mode === "record"
          ? session.recordMeeting(toRecord, onProgress)
          : session.correctMeeting(toRecord, onProgress)
    );
    changeMeeting(
      "outcome" in result
        ? { kind: "saved", preview, savedAt: ++saves.current }
        : {
            kind: "refused",
            meeting: toRecord,
            mode,
            title: notSaved(mode),
            message: result.message,
          }
    );
  }, [run, session, changeMeeting]);

  const editMeeting = React.useCallback(() => changeMeeting({ kind: "editing" }), [changeMeeting]);

  const setUp = React.useCallback(async () => {
    const result = await run("setUp", (onProgress) => session.setUp(onProgress));
    if ("outcome" in result) setLastSetUp(result.outcome as SetUpOutcome);
  }, [run, session]);

  const writeSummary = React.useCallback(async () => {
    await run("writeSummary", (onProgress) => session.writeSummary(onProgress));
  }, [run, session]);

  const showProblem = React.useCallback(
    async (problem: Problem) => {
      const said = { action: "showCell" as const, target: problem.address, takesFocus: false };
      try {
        await session.showProblem(problem);
        tell({ ...said, intent: "success", title: "Selected", message: selectedWords(problem) });
      } catch (error) {
        const message = plainMessage(error);
        setState((previous) => ({
          kind: "failed",
          title: CELL_NOT_SHOWN,
          message,
          outcome: outcomeOf(previous),
        }));
        tell({ ...said, intent: "error", title: CELL_NOT_SHOWN, message });
      }
    },
    [session, tell]
  );

  const showCell = React.useCallback(
    async (address: string) => {
      const place = cellPlace(address);
      if (!place) return;
      const { sheet, row, column } = place;
      await showProblem({ sheet, address, message: "", cell: { row, column } });
    },
    [showProblem]
  );

  const autoRescan = options.autoRescan === true;
  React.useEffect(() => {
    if (!autoRescan || !session.watch) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    session
      .watch(() => void scan({ auto: true }))
      .then(
        (stopWatching) => {
          stop = stopWatching;
          if (stopped) void stopWatching().catch(() => undefined);
        },
        (error: unknown) => {
          const message = plainMessage(error);
          const title = "Automatic rescan is not available";
          setState((previous) => ({
            kind: "failed",
            title,
            message,
            outcome: outcomeOf(previous),
          }));
          tell({ action: "scan", intent: "error", title, message, takesFocus: false });
        }
      );
    return () => {
      stopped = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [autoRescan, session, scan, tell]);

  return {
    state,
    lastSetUp,
    feedback,
    scan,
    acceptTrigger,
    meeting,
    checkMeeting,
    confirmMeeting,
    editMeeting,
    setUp,
    writeSummary,
    showProblem,
    showCell,
  };
}

const CELL_NOT_SHOWN = "The cell could not be shown";

const selectedWords = (problem: Problem): string =>
  problem.sheet === "" ? "Nothing to select." : `${problem.address} is selected in the workbook.`;

/** The title of a refusal, as for the write itself. */
const notSaved = (mode: MeetingMode): string =>
  NOT_FINISHED[mode === "record" ? "recordMeeting" : "correctMeeting"];
