import { Day } from "../domain/calendar/days";
import { isSittingOn } from "../domain/meetings/quorum";
import { applyPlanToSnapshot, mergePlans } from "../workbook/applyToSnapshot";
import { findsSheet } from "../workbook/definition";
import { Grid, locateTable } from "../workbook/grid";
import { WritePlan } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { readMembers } from "../workbook/readers/members";
import { MEMBERS } from "../workbook/sheets";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { acceptTriggerPlan } from "./actions/acceptTrigger";
import { PanelActionError } from "./actions/errors";
import { recordMeetingPlan } from "./actions/recordMeeting";
import { Findings } from "./findings";
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
 * The task pane's session over any host (DESIGN.md: round trips are the cost). Each call reads the
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
      membersOnRoll: membersOnRoll(afterAction, result.findings),
      settings: result.settings,
    };
  }

  const session: PanelSession = {
    scan: (onProgress) => carryOut(NO_ACTION, onProgress),
    acceptTrigger: (triggerKey, onProgress) =>
      carryOut((snapshot, asOf) => acceptTriggerPlan(snapshot, triggerKey, asOf), onProgress),
    recordMeeting: (meeting, onProgress) =>
      carryOut((snapshot, asOf) => recordMeetingPlan(snapshot, meeting, asOf), onProgress),
    async setUp(onProgress) {
      let kept: string[] = [];
      const outcome = await carryOut((snapshot) => {
        const setUp = setUpPlan(snapshot);
        kept = setUp.kept;
        return { plan: setUp.plan };
      }, onProgress);
      return { ...outcome, sheetsKept: kept };
    },
    writeSummary: (onProgress) => carryOut(NO_ACTION, onProgress, true),
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

/** A plan with no sheet to create, no cell to write and no layout (the Summary's charts) is not sent. */
function nothingToWrite(plan: WritePlan): boolean {
  return plan.sheets.every(
    (sheet) => !sheet.create && sheet.writes.length === 0 && sheet.layout === undefined
  );
}

/**
 * The members sitting on `asOf`, in Members order, for the record-a-meeting list (§7.2 membership's
 * rule without the tenant-only count: deputies and co-optees attend too): started, term not ended,
 * place not lapsed at an earlier meeting (§4.3, §15.1).
 */
function membersOnRoll(snapshot: WorkbookSnapshot, findings: Findings): string[] {
  const sheet = snapshot.sheets.find((s) => findsSheet(MEMBERS, s.name));
  const layout = sheet && locateTable(new Grid(sheet), MEMBERS);
  if (!layout) return [];
  // The same reader the scan used, so records and findings come in the same order.
  const records = readMembers(layout, []);
  return findings.members.flatMap((member, index) => {
    const record = records[index];
    if (record?.name !== member.name) return [];
    const lapsedOn = member.lapse.kind === "Lapsed" ? member.lapse.on : undefined;
    const sitting = isSittingOn(
      { startDate: record.startDate, termEnd: member.termEnd, lapsedOn },
      findings.asOf
    );
    return sitting ? [member.name] : [];
  });
}
