import * as React from "react";
import { Body1, Button, ProgressBar, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { HostProgress } from "../engine/host";
import type { ActionFeedback } from "./usePanel";
import { ActionMessage } from "./views/ActionMessage";

export interface ScanBarProps {
  busy: boolean;
  /** The host's progress while busy, when it reports any. */
  progress?: HostProgress;
  /** The last scan's confirmation or refusal, shown under the button. */
  feedback?: ActionFeedback;
  onScan: () => void;
  /** The auto-rescan switch, when the host can tell the pane about changes. */
  autoRescan?: { checked: boolean; onChange: (checked: boolean) => void };
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  // Narrower than Fluent's 96 px, so the switch fits beside it at 320 px.
  scan: { minWidth: "72px" },
});

function progressText(progress: HostProgress | undefined): string {
  return progress?.stage === "writing" ? "Writing to the workbook…" : "Reading the workbook…";
}

/** The Scan button, its progress (a live region, so screen readers hear it) and the scan's message. */
export function ScanBar({
  busy,
  progress,
  feedback,
  onScan,
  autoRescan,
}: ScanBarProps): React.JSX.Element {
  const styles = useStyles();
  const fraction =
    progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <Button appearance="primary" className={styles.scan} disabled={busy} onClick={onScan}>
          Scan
        </Button>
        {autoRescan && (
          <Switch
            label="Rescan on changes"
            checked={autoRescan.checked}
            onChange={(_, data) => autoRescan.onChange(data.checked)}
          />
        )}
        {/* In the button's row: empty, it takes no line of its own on a narrow pane. */}
        <Body1 as="p" role="status" aria-live="polite">
          {busy ? progressText(progress) : ""}
        </Body1>
      </div>
      {busy && <ProgressBar value={fraction} aria-label={progressText(progress)} />}
      <ActionMessage feedback={feedback} />
    </div>
  );
}
