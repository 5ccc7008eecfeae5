import * as React from "react";
import { Day } from "../../domain/calendar/days";
import { renewalForYear } from "../../engine/renewal";
import { ScanOutcome, SetUpOutcome } from "../../engine/session";
import type { MeetingStep, Panel, PanelFeedback } from "../usePanel";
import { ClocksView } from "./ClocksView";
import { KpisView } from "./KpisView";
import { MembersView } from "./MembersView";
import { OverviewView } from "./OverviewView";
import { PanelView } from "./panelViews";
import { ProblemsView } from "./ProblemsView";
import { RecommendationsView } from "./RecommendationsView";
import { ReviewsView } from "./ReviewsView";
import { SetUpView } from "./SetUpView";
import { SummaryView } from "./SummaryView";

export type PanelActions = Pick<
  Panel,
  | "acceptTrigger"
  | "checkMeeting"
  | "confirmMeeting"
  | "editMeeting"
  | "setUp"
  | "writeSummary"
  | "showProblem"
  | "showCell"
>;

export interface CurrentViewProps {
  view: PanelView;
  /** The latest outcome; only Set up can be shown without one. */
  outcome?: ScanOutcome;
  lastSetUp?: SetUpOutcome;
  today: Day;
  busy: boolean;
  /** Where recording a meeting is (usePanel). */
  meeting: MeetingStep;
  /** Each action's latest message, shown beside the control that started it. */
  feedback: PanelFeedback;
  actions: PanelActions;
  onOpen: (view: PanelView) => void;
}

/** The selected tab's view, given its data and callbacks. */
export function CurrentView({
  view,
  outcome,
  lastSetUp,
  today,
  busy,
  meeting,
  feedback,
  actions,
  onOpen,
}: CurrentViewProps): React.JSX.Element | null {
  if (view === "setUp")
    return (
      <SetUpView
        busy={busy}
        lastSetUp={lastSetUp}
        feedback={feedback.setUp}
        onSetUp={() => void actions.setUp()}
      />
    );
  if (!outcome) return null;
  const { findings, problems } = outcome;
  switch (view) {
    case "overview":
      return <OverviewView findings={findings} problemCount={problems.length} onOpen={onOpen} />;
    case "kpis":
      return (
        <KpisView
          findings={findings}
          busy={busy}
          accepted={feedback.acceptTrigger}
          selected={feedback.showCell}
          onAcceptTrigger={(key) => void actions.acceptTrigger(key)}
          onShowCell={(address) => void actions.showCell(address)}
        />
      );
    case "clocks":
      return (
        <ClocksView
          findings={findings}
          selected={feedback.showCell}
          onShowCell={(address) => void actions.showCell(address)}
          onOpen={onOpen}
        />
      );
    case "members":
      return (
        <MembersView
          findings={findings}
          recordedMeetings={outcome.recordedMeetings}
          today={today}
          busy={busy}
          meeting={meeting}
          onCheckMeeting={(toRecord, mode) => void actions.checkMeeting(toRecord, mode)}
          onConfirmMeeting={() => void actions.confirmMeeting()}
          onEditMeeting={actions.editMeeting}
          renewalIn={(year) => renewalForYear(findings, year, outcome.settings)}
        />
      );
    case "reviews":
      return <ReviewsView findings={findings} />;
    case "recommendations":
      return <RecommendationsView findings={findings} />;
    case "problems":
      return (
        <ProblemsView
          problems={problems}
          selected={feedback.showCell}
          onShowProblem={(p) => void actions.showProblem(p)}
        />
      );
    case "summary":
      return (
        <SummaryView
          findings={findings}
          busy={busy}
          feedback={feedback.writeSummary}
          onWriteSummary={() => void actions.writeSummary()}
        />
      );
  }
}
