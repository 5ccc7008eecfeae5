import * as React from "react";
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Day } from "../domain/calendar/days";
import { PanelSession } from "../engine/session";
import { ScanBar } from "./ScanBar";
import { outcomeOf, usePanel } from "./usePanel";
import { useViewRegion, ViewPicker } from "./ViewPicker";
import { CurrentView } from "./views/CurrentView";
import { PanelView } from "./views/panelViews";

export interface PanelPaneProps {
  session: PanelSession;
  today: Day;
  isDemo: boolean;
  scanOnOpen: boolean;
}

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalXS,
  },
});

/** The pane over a workbook: Scan and its message, the views (tabs, or a drop-down when narrow). */
export function PanelPane({
  session,
  today,
  isDemo,
  scanOnOpen,
}: PanelPaneProps): React.JSX.Element {
  const styles = useStyles();
  const [autoRescan, setAutoRescan] = React.useState(false);
  const [view, setView] = React.useState<PanelView>("overview");
  const panel = usePanel(session, { autoRescan });
  const { state } = panel;
  const outcome = outcomeOf(state);
  const busy = state.kind === "working";
  const region = useViewRegion(view);

  const { scan } = panel;
  React.useEffect(() => {
    if (scanOnOpen) void scan({ auto: true });
  }, [scanOnOpen, scan]);

  return (
    <div className={styles.pane}>
      {isDemo && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Sample workbook</MessageBarTitle>
            Made-up figures, held in this page only.
          </MessageBarBody>
        </MessageBar>
      )}
      <ScanBar
        busy={busy}
        progress={state.kind === "working" ? state.progress : undefined}
        feedback={panel.feedback.scan}
        onScan={() => void scan()}
        autoRescan={session.watch ? { checked: autoRescan, onChange: setAutoRescan } : undefined}
      />
      <ViewPicker view={view} onChange={setView} problemCount={outcome?.problems.length} />
      <section {...region} className={styles.view}>
        {outcome || view === "setUp" ? (
          <CurrentView
            view={view}
            outcome={outcome}
            lastSetUp={panel.lastSetUp}
            today={today}
            busy={busy}
            meeting={panel.meeting}
            feedback={panel.feedback}
            actions={panel}
            onOpen={setView}
          />
        ) : (
          <Body1 as="p">
            Choose Scan to read this workbook and see what the panel needs to know.
          </Body1>
        )}
      </section>
    </div>
  );
}
