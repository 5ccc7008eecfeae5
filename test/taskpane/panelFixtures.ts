import { deserialize, serialize } from "node:v8";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { PanelActionError } from "../../src/engine/actions/errors";
import { meetingPreview } from "../../src/engine/actions/meetingPreview";
import { recordedMeetings } from "../../src/engine/actions/recordedMeetings";
import { scan } from "../../src/engine/scan";
import {
  MeetingMode,
  MeetingPreview,
  MeetingToRecord,
  PanelSession,
  ScanOutcome,
  SetUpOutcome,
} from "../../src/engine/session";

/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to decide its layout. */
export function standInForResizeObserver(): void {
  class ResizeObserverStandIn {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver ??= ResizeObserverStandIn as unknown as typeof ResizeObserver;
}

/**
 * jest's jsdom environment leaves out Node's structuredClone (browsers have it), which the settings
 * reader uses: Node's own structured clone stands in for it.
 */
export function standInForStructuredClone(): void {
  globalThis.structuredClone ??= (<T>(value: T): T =>
    deserialize(serialize(value)) as T) as typeof structuredClone;
}

/** A real scan of the sample workbook (or of `sheets`) at its date: what a session would answer. */
export function demoOutcome(sheets: MemorySheet[] = demoWorkbook()): ScanOutcome {
  standInForStructuredClone();
  const snapshot = new MemoryWorkbook(sheets).readSnapshot();
  const { findings, problems, settings } = scan(snapshot, { asOf: DEMO_AS_OF });
  return {
    findings,
    problems,
    cellsWritten: 12,
    sheetsCreated: [],
    recordedMeetings: recordedMeetings(snapshot, findings),
    settings,
  };
}

export type FakeSession = { [K in keyof PanelSession]-?: jest.Mock };

/** The engine's own preview over the sample workbook, refused as the session refuses. */
export async function demoPreview(
  meeting: MeetingToRecord,
  mode: MeetingMode,
  sheets = demoWorkbook()
): Promise<MeetingPreview> {
  standInForStructuredClone();
  const snapshot = new MemoryWorkbook(sheets).readSnapshot();
  const previewed = meetingPreview(snapshot, meeting, mode, DEMO_AS_OF);
  if ("error" in previewed) throw new PanelActionError(previewed.error);
  return previewed.preview;
}

/**
 * A PanelSession whose every call answers with `outcome`, and whose meeting previews are the engine's
 * over the sample workbook (override any call with a jest.fn).
 */
export function fakeSession(
  outcome: ScanOutcome = demoOutcome(),
  overrides: Partial<FakeSession> = {}
): PanelSession & FakeSession {
  const setUpOutcome: SetUpOutcome = {
    ...outcome,
    sheetsCreated: ["Settings"],
    sheetsKept: ["Members"],
  };
  return {
    scan: jest.fn(async () => outcome),
    acceptTrigger: jest.fn(async () => outcome),
    previewMeeting: jest.fn((meeting: MeetingToRecord, mode: MeetingMode) =>
      demoPreview(meeting, mode)
    ),
    recordMeeting: jest.fn(async () => outcome),
    correctMeeting: jest.fn(async () => outcome),
    setUp: jest.fn(async () => setUpOutcome),
    writeSummary: jest.fn(async () => outcome),
    showProblem: jest.fn(async () => undefined),
    watch: jest.fn(async () => async () => undefined),
    ...overrides,
  };
}

export { DEMO_AS_OF };
