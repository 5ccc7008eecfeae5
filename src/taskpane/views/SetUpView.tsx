import * as React from "react";
import { Body1, Button, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { SetUpOutcome } from "../../engine/session";
import type { ActionFeedback } from "../usePanel";
import { ActionMessage } from "./ActionMessage";
import { useViewStyles } from "./viewStyles";

export interface SetUpViewProps {
  busy: boolean;
  lastSetUp?: SetUpOutcome;
  /** Set up's confirmation or refusal, shown under its button. */
  feedback?: ActionFeedback;
  onSetUp: () => void;
}

const list = (sheets: string[]): string => (sheets.length === 0 ? "none" : sheets.join(", "));

/** Set up: every missing sheet of the panel workbook, from its definition (docs/workbook.md). */
export function SetUpView({
  busy,
  lastSetUp,
  feedback,
  onSetUp,
}: SetUpViewProps): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <>
      <Subtitle2 as="h2">Set up the workbook</Subtitle2>
      <Body1 as="p">
        Set up adds each sheet of the panel&apos;s workbook that is missing, such as Members,
        Attendance, Meetings, Reviews, Recommendations and Settings (with every setting and its
        default), each with its headers, ready for the officers to fill in.
      </Body1>
      <Body1 as="p">
        Sheets that are already there are left exactly as they are: set up never changes the
        officers&apos; data.
      </Body1>
      <Button
        appearance="primary"
        className={mergeClasses(styles.button, styles.focusRing)}
        disabled={busy}
        onClick={onSetUp}
      >
        Set up the workbook
      </Button>
      <ActionMessage feedback={feedback} />
      {lastSetUp && (
        <section className={styles.section} aria-label="What set up did">
          <Body1 as="p">Sheets created: {list(lastSetUp.sheetsCreated)}</Body1>
          <Body1 as="p">Sheets kept as they were: {list(lastSetUp.sheetsKept)}</Body1>
        </section>
      )}
    </>
  );
}
