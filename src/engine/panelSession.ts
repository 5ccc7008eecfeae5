import { Day } from "../domain/calendar/days";
import { applyPlanToSnapshot, mergePlans } from "../workbook/applyToSnapshot";
import { WritePlan } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { acceptTriggerPlan } from "./actions/acceptTrigger";
import { PanelActionError } from "./actions/errors";
import { correctMeetingPlan } from "./actions/correctMeeting";
import { meetingPreview } from "./actions/meetingPreview";
import { recordedMeetings } from "./actions/recordedMeetings";
import { recordMeetingPlan } from "./actions/recordMeeting";
import { writeSummaryPlan } from "./actions/writeSummary";
import { ProgressListener, WorkbookHost } from "./host";
import { scan } from "./scan";
import { PanelSession, ScanOutcome } from "./session";
import { setUpPlan } from "./setUp";

/** What an action plans before the scan: the cells it writes, or why it cannot be done. */
type ActionPlanner = (
  snapshot: WorkbookSnapshot,
  asOf: Day
) => { plan: WritePlan } | { error: string };

const NO_ACTION: ActionPlanner = () => ({ plan: { sheets: [] } });

/**
 * The task pane's session over any host (docs/development.md: round trips are the cost). Each call reads the
 * workbook once, plans the action (if any) and applies it to the snapshot in memory, scans the result,
 * and writes the action and the scan's plan together in one go — or nothing, when there is nothing to
 * write. An action that cannot be done is refused with a `PanelActionError` before anything is written.
 * `today` gives "today" for each call (the rules never read the clock).
 */
export function createPanelSession(host: WorkbookHost, today: () => Day): PanelSession {
  async function carryOut(
    action: ActionPlanner,
    onProgress: ProgressListener | undefined,
    summaryCharts = false
  ): Promise<ScanOutcome> {
    const asOf = today();
    const snapshot = await host.readSnapshot(onProgress);
    const planned = action(snapshot, asOf);
    if ("error" in planned) throw new PanelActionError(planned.error);
    const afterAction = applyPlanToSnapshot(snapshot, planned.plan);
    const result = scan(afterAction, { asOf, summaryCharts });
    const plan = mergePlans(planned.plan, result.plan);
    if (!nothingToWrite(plan)) await host.applyPlan(plan, onProgress);
    const existing = new Set(snapshot.sheets.map((sheet) => sheet.name));
    return {
      findings: result.findings,
      problems: result.problems,
      cellsWritten: plan.sheets.reduce((cells, sheet) => cells + sheet.writes.length, 0),
      sheetsCreated: plan.sheets
        .filter((sheet) => sheet.create && !existing.has(sheet.sheet))
        .map((sheet) => sheet.sheet),
      recordedMeetings: recordedMeetings(afterAction, result.findings),
      settings: result.settings,
    };
  }

  const session: PanelSession = {
    scan: (onProgress) => carryOut(NO_ACTION, onProgress),
    acceptTrigger: (triggerKey, onProgress) =>
      carryOut((snapshot, asOf) => acceptTriggerPlan(snapshot, triggerKey, asOf), onProgress),
    // Reads once and writes nothing: the engine works out what the write would do (meetingPreview.ts).
    async previewMeeting(meeting, mode, onProgress) {
      const asOf = today();
      const snapshot = await host.readSnapshot(onProgress);
      const previewed = meetingPreview(snapshot, meeting, mode, asOf);
      if ("error" in previewed) throw new PanelActionError(previewed.error);
      return previewed.preview;
    },
    recordMeeting: (meeting, onProgress) =>
      carryOut((snapshot, asOf) => recordMeetingPlan(snapshot, meeting, asOf), onProgress),
    correctMeeting: (meeting, onProgress) =>
      carryOut((snapshot) => correctMeetingPlan(snapshot, meeting), onProgress),
    async setUp(onProgress) {
      let kept: string[] = [];
      const outcome = await carryOut((snapshot) => {
        const setUp = setUpPlan(snapshot);
        kept = setUp.kept;
        return { plan: setUp.plan };
      }, onProgress);
      return { ...outcome, sheetsKept: kept };
    },
    writeSummary: (onProgress) =>
      carryOut((snapshot) => writeSummaryPlan(snapshot), onProgress, true),
    // A problem without a cell (a whole sheet) shows the sheet's A1; a workbook-wide one has no sheet to show.
    showProblem: async (problem: Problem) => {
      if (problem.sheet === "") return;
      await host.selectCell(problem.sheet, problem.cell?.row ?? 0, problem.cell?.column ?? 0);
    },
  };
  const onWorkbookChanged = host.onWorkbookChanged?.bind(host);
  if (onWorkbookChanged) session.watch = (onChange) => onWorkbookChanged(onChange);
  return session;
}

/** A plan with no sheet to create, no cell to write, no layout (the Summary's charts) and no name is not sent. */
function nothingToWrite(plan: WritePlan): boolean {
  return (
    plan.sheets.every(
      (sheet) => !sheet.create && sheet.writes.length === 0 && sheet.layout === undefined
    ) &&
    !plan.removeNames?.length &&
    !plan.addNames?.length
  );
}
