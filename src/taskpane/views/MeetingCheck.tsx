import * as React from "react";
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { describeRiskCounts } from "../../domain/attendance/lapse";
import { formatUkDate } from "../../domain/calendar/days";
import { AttendanceMark, MeetingChange, MeetingPreview } from "../../engine/session";
import { plural } from "./format";
import { useViewStyles } from "./viewStyles";

export interface MeetingCheckProps {
  /** What the engine worked out the save would write and mean. */
  preview: MeetingPreview;
  /** The write is under way (or the pane is busy): the buttons wait. */
  saving: boolean;
  onConfirm: () => void;
  onBack: () => void;
  /** The check as a whole, which takes the focus when it is shown (its heading names it). */
  panelRef?: React.Ref<HTMLElement>;
}

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // The panel's own gap spaces its lines; paragraphs' default margins would double it.
    "& p, & ul": { marginTop: 0, marginBottom: 0 },
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const MARK_WORDS: Record<AttendanceMark, string> = {
  P: "P (present)",
  A: "A (absent)",
  R: "R (absent with a reason)",
};

const markWords = (mark: AttendanceMark | undefined): string =>
  mark === undefined ? "no mark" : MARK_WORDS[mark];

/** One change of a correction in words: "Chen Wei: P (present) to A (absent)". */
export function changeWords(change: MeetingChange): string {
  switch (change.kind) {
    case "mark":
      return `${change.name}: ${markWords(change.from)} to ${markWords(change.to)}`;
    case "type":
      return `Type: ${change.from ?? "not given"} to ${change.to}`;
    case "noticeSent":
      return `Notice sent: ${change.from !== undefined ? formatUkDate(change.from) : "none"} to ${
        change.to !== undefined ? formatUkDate(change.to) : "none"
      }`;
  }
}

/** What the save writes, in a sentence. */
function whatIsWritten(preview: MeetingPreview): string {
  const when = formatUkDate(preview.meeting.date);
  if (preview.mode === "correct")
    return preview.nothingToChange
      ? "Nothing to change: the marks, the type and the notice date are as recorded."
      : `The meeting of ${when} is changed in its own column and row (no new one is added):`;
  const marks = preview.changes.filter((change) => change.kind === "mark").length;
  return `A new column on the Attendance sheet headed ${when} with ${plural(marks, "mark", "marks")}, and the meeting on the Meetings sheet as ${preview.meeting.type}.`;
}

/** §7.2 over tenant members only (§7.7), as the engine counted it. */
function quorumWords(preview: MeetingPreview): string {
  const { quorum } = preview;
  if (!quorum)
    return preview.meeting.type === "Cancelled"
      ? "A cancelled meeting has no quorum."
      : `No tenant members on the roll on ${formatUkDate(preview.meeting.date)}: quorum cannot be worked out.`;
  const counted = `${quorum.present} of ${plural(quorum.membership, "tenant member", "tenant members")} present, ${quorum.needed} needed`;
  return quorum.quorate
    ? `Quorum: ${counted}: quorate.`
    : `Quorum: ${counted}: not quorate. An inquorate meeting can make no decision; its recommendations must be ratified at the next full meeting.`;
}

/** The confirmation after the write, next to the form. */
export function savedMessage(preview: MeetingPreview): string {
  const when = formatUkDate(preview.meeting.date);
  const done =
    preview.mode === "record"
      ? `The meeting of ${when} is on the Attendance and Meetings sheets.`
      : `The meeting of ${when} is corrected in place.`;
  const { quorum } = preview;
  const quorate = quorum
    ? ` ${quorum.quorate ? "Quorate" : "Not quorate"}: ${quorum.present} of ${plural(
        quorum.membership,
        "tenant member",
        "tenant members"
      )} present.`
    : "";
  const lapsed =
    preview.lapses.length > 0
      ? ` Lapsed: ${preview.lapses.map((lapse) => lapse.name).join(", ")}.`
      : "";
  return `${done}${quorate}${lapsed}`;
}

/**
 * What saving the meeting will write, before anything is written: members left unmarked,
 * the quorum, and whose place it lapses or puts at risk, as the engine worked them out. The officer
 * confirms, or goes back to the form.
 */
export function MeetingCheck({
  preview,
  saving,
  onConfirm,
  onBack,
  panelRef,
}: MeetingCheckProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const correction = preview.mode === "correct";
  const { lapses, atRisk, noLongerLapsed, noLongerAtRisk, unmarked } = preview;
  const noLapseChange =
    lapses.length + atRisk.length + noLongerLapsed.length + noLongerAtRisk.length === 0;
  return (
    <section
      className={styles.panel}
      aria-labelledby="meeting-check-heading"
      tabIndex={-1}
      ref={panelRef}
    >
      <Subtitle2 as="h3" id="meeting-check-heading">
        {correction ? "Check the correction before saving" : "Check before saving"}
      </Subtitle2>
      <Body1 as="p">{whatIsWritten(preview)}</Body1>
      {correction && !preview.nothingToChange && (
        <ul className={view.reasons} aria-label="Changes">
          {preview.changes.map((change) => (
            <li key={changeWords(change)}>{changeWords(change)}</li>
          ))}
        </ul>
      )}
      {!preview.nothingToChange && (
        <>
          <Body1 as="p">{quorumWords(preview)}</Body1>
          <Body1 as="p">
            {unmarked.length > 0
              ? `Left unmarked (read as not expected): ${unmarked.join(", ")}.`
              : "Every member on the roll has a mark."}
          </Body1>
          {lapses.length > 0 && (
            <>
              <Body1 as="p" className={view.overdue}>
                This meeting lapses {lapses.length === 1 ? "a place" : "these places"}:
              </Body1>
              <ul className={view.reasons} aria-label="Places lapsed">
                {lapses.map(({ name, reason }) => (
                  <li key={name}>
                    {name}: {reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {atRisk.length > 0 && (
            <>
              <Body1 as="p" className={view.warning}>
                It puts {atRisk.length === 1 ? "a member" : "these members"} at risk of lapse:
              </Body1>
              <ul className={view.reasons} aria-label="Put at risk of lapse">
                {atRisk.map(({ name, risk }) => (
                  // The heading already says "at risk of lapse": the counts alone.
                  <li key={name}>
                    {name}: {describeRiskCounts(risk)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {noLongerLapsed.length > 0 && (
            <Body1 as="p">No longer lapsed: {noLongerLapsed.join(", ")}.</Body1>
          )}
          {noLongerAtRisk.length > 0 && (
            <Body1 as="p">No longer at risk of lapse: {noLongerAtRisk.join(", ")}.</Body1>
          )}
          {noLapseChange && (
            <Body1 as="p">No member&apos;s place lapses or comes at risk of lapse.</Body1>
          )}
        </>
      )}
      <div className={styles.buttons}>
        {!preview.nothingToChange && (
          <Button appearance="primary" disabled={saving} onClick={onConfirm}>
            {saving ? "Saving…" : correction ? "Confirm the correction" : "Confirm and save"}
          </Button>
        )}
        <Button disabled={saving} onClick={onBack}>
          Go back and change
        </Button>
      </div>
    </section>
  );
}
