import * as React from "react";
import { Body1, Button, ProgressBar, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { HostProgress } from "../engine/host";

export interface ScanBarProps {
  busy: boolean;
  /** The host's progress while busy, when it reports any. */
  progress?: HostProgress;
  /** The last action's result ("Scan finished: 12 cells updated, 3 problems"). */
  status?: string;
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
    rowGap: tokens.spacingVerticalS,
  },
});

function progressText(progress: HostProgress | undefined): string {
  return progress?.stage === "writing" ? "Writing to the workbook…" : "Reading the workbook…";
}

/** The Scan button, its progress and the status line (a live region, so screen readers hear it). */
export function ScanBar({
  busy,
  progress,
  status,
  onScan,
  autoRescan,
}: ScanBarProps): React.JSX.Element {
  const styles = useStyles();
  const fraction =
    progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={onScan}>
          Scan
        </Button>
        {autoRescan && (
          <Switch
            label="Rescan when the workbook changes"
            checked={autoRescan.checked}
            onChange={(_, data) => autoRescan.onChange(data.checked)}
          />
        )}
      </div>
      {busy && <ProgressBar value={fraction} aria-label={progressText(progress)} />}
      <Body1 as="p" role="status" aria-live="polite">
        {busy ? progressText(progress) : (status ?? "")}
      </Body1>
    </div>
  );
}
