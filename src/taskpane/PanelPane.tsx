import * as React from "react";
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Day } from "../domain/calendar/days";
import { PanelSession } from "../engine/session";
import { ScanBar } from "./ScanBar";
import { outcomeOf, usePanel } from "./usePanel";
import { CurrentView } from "./views/CurrentView";
import { StatusBadge } from "./views/StatusBadge";
import { PANEL_VIEWS, PanelView, tabId, tabPanelId } from "./views/panelViews";

export interface PanelPaneProps {
  session: PanelSession;
  today: Day;
  isDemo: boolean;
  scanOnOpen: boolean;
}

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  badge: { marginLeft: tokens.spacingHorizontalXS },
  // Read by screen readers, not shown: the badge beside it shows the same count.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  tabPanel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The pane over a workbook: Scan, the status line, errors, and the views as tabs. */
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

  const { scan } = panel;
  React.useEffect(() => {
    if (scanOnOpen) void scan();
  }, [scanOnOpen, scan]);

  const problemCount = outcome?.problems.length ?? 0;
  return (
    <div className={styles.pane}>
      {isDemo && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Sample workbook</MessageBarTitle>
            Made-up members and figures, held in this page only. Open the add-in from Excel to use
            it on your panel&apos;s workbook.
          </MessageBarBody>
        </MessageBar>
      )}
      <ScanBar
        busy={busy}
        progress={state.kind === "working" ? state.progress : undefined}
        status={state.kind === "ready" ? state.status : undefined}
        onScan={() => void scan()}
        autoRescan={session.watch ? { checked: autoRescan, onChange: setAutoRescan } : undefined}
      />
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{state.title}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as PanelView)}
      >
        {PANEL_VIEWS.map(({ value, label }) => (
          <Tab key={value} value={value} id={tabId(value)} aria-controls={tabPanelId(value)}>
            {label}
            {value === "problems" && outcome && (
              <>
                <span aria-hidden className={styles.badge}>
                  <StatusBadge colour={problemCount > 0 ? "danger" : "informative"}>
                    {problemCount}
                  </StatusBadge>
                </span>
                <span className={styles.visuallyHidden}>
                  {` (${problemCount} ${problemCount === 1 ? "problem" : "problems"})`}
                </span>
              </>
            )}
          </Tab>
        ))}
      </TabList>
      <section
        role="tabpanel"
        id={tabPanelId(view)}
        aria-labelledby={tabId(view)}
        className={styles.tabPanel}
      >
        {outcome || view === "setUp" ? (
          <CurrentView
            view={view}
            outcome={outcome}
            lastSetUp={panel.lastSetUp}
            today={today}
            busy={busy}
            meeting={panel.meeting}
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
