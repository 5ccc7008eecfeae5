import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { Day, formatUkDate } from "../../domain/calendar/days";
import { MeetingType } from "../../domain/meetings/meetingsPerYear";
import { RollEntry } from "../../engine/findings";
import { quorumLine } from "../../wording/quorum";
import {
  AttendanceMark,
  MeetingMode,
  MeetingToRecord,
  RecordedMeeting,
} from "../../engine/session";
import type { MeetingStep } from "../usePanel";
import { DateInput, dateOfText, dateText } from "./DateInput";
import { MeetingCheck, savedMessage } from "./MeetingCheck";
import { QuorumStatus } from "./QuorumStatus";
import { useViewStyles } from "./viewStyles";

export interface RecordMeetingFormProps {
  /** The roll today, in Members order, with who counts for quorum (§7.7): a row of marks each for a new meeting. */
  roll: RollEntry[];
  /** The meetings on the register, newest first: one can be chosen to correct it. */
  recordedMeetings: RecordedMeeting[];
  today: Day;
  busy: boolean;
  /** Where recording the meeting is (usePanel): the check to confirm, the save, a refusal. */
  step: MeetingStep;
  /** Asks for the check of what would be written; nothing is written yet. */
  onCheck: (meeting: MeetingToRecord, mode: MeetingMode) => void;
  onConfirm: () => void;
  onBack: () => void;
}

const useStyles = makeStyles({
  // Labels never break inside a word ("Mai n" at 320 px): the choices wrap instead.
  choices: { flexWrap: "wrap", "& label": { overflowWrap: "normal", whiteSpace: "nowrap" } },
});

const RECORDABLE_TYPES: readonly MeetingType[] = ["Main", "Interim", "Sub-panel"];

const MARKS: { mark: AttendanceMark; name: string }[] = [
  { mark: "P", name: "P: present" },
  { mark: "A", name: "A: absent" },
  { mark: "R", name: "R: absent with a reason" },
];

/** The form as the officer fills it in. `correcting` is the date of the recorded meeting chosen. */
interface Draft {
  correcting?: Day;
  dateText: string;
  type: MeetingType;
  noticeText: string;
  marks: Record<string, AttendanceMark>;
}

const blankDraft = (today: Day): Draft => ({
  dateText: dateText(today),
  type: "Main",
  noticeText: "",
  marks: {},
});

function draftOf(meeting: MeetingToRecord, mode: MeetingMode): Draft {
  return {
    ...(mode === "correct" ? { correcting: meeting.date } : {}),
    dateText: dateText(meeting.date),
    type: meeting.type,
    noticeText: meeting.noticeSent !== undefined ? dateText(meeting.noticeSent) : "",
    marks: { ...meeting.marks },
  };
}

/** A recorded meeting as it stands, loaded into the form to be corrected. */
function loadedDraft(recorded: RecordedMeeting): Draft {
  return {
    correcting: recorded.date,
    dateText: dateText(recorded.date),
    type: recorded.type,
    noticeText: recorded.noticeSent !== undefined ? dateText(recorded.noticeSent) : "",
    marks: Object.fromEntries(
      recorded.register.flatMap((entry) => (entry.mark ? [[entry.name, entry.mark]] : []))
    ),
  };
}

/** The meeting the step holds, so the form shows it again after a refusal or a change of tab. */
function pendingMeeting(
  step: MeetingStep
): { meeting: MeetingToRecord; mode: MeetingMode } | undefined {
  switch (step.kind) {
    case "checking":
    case "refused":
      return step;
    case "confirming":
    case "saving":
      return step.preview;
    default:
      return undefined;
  }
}

/**
 * Enter in a field never saves: browsers submit a form when Enter is pressed in a date box
 * or on a radio, which saved a meeting with one member marked. Buttons keep Enter: it is how a keyboard
 * presses them.
 */
function keepEnterInFields(event: React.KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key === "Enter" && (target.tagName === "INPUT" || target.tagName === "SELECT"))
    event.preventDefault();
}

/** Moves focus to `ref` when `key` changes after the form is shown (not on showing it again). */
function useFocusWhenChanged(key: unknown, ref: React.RefObject<HTMLElement | null>): void {
  const shown = React.useRef(key);
  React.useEffect(() => {
    if (key === shown.current) return;
    shown.current = key;
    if (key !== undefined) ref.current?.focus();
  }, [key, ref]);
}

/**
 * Record a meeting, or correct one already recorded: its date and type, and a mark for each member;
 * quorum is worked out as you go. Saving first shows what will be written (MeetingCheck) and writes only
 * once the officer confirms; the confirmation then shows here, and the form starts again.
 */
export function RecordMeetingForm({
  roll,
  recordedMeetings,
  today,
  busy,
  step,
  onCheck,
  onConfirm,
  onBack,
}: RecordMeetingFormProps): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => {
    const pending = pendingMeeting(step);
    return pending ? draftOf(pending.meeting, pending.mode) : blankDraft(today);
  });

  // A new save: the form starts again, and the confirmation takes the focus.
  const savedAt = step.kind === "saved" ? step.savedAt : undefined;
  const seenSave = React.useRef(savedAt);
  React.useEffect(() => {
    if (savedAt === undefined || savedAt === seenSave.current) return;
    seenSave.current = savedAt;
    setDraft(blankDraft(today));
  }, [savedAt, today]);
  const savedRef = React.useRef<HTMLDivElement>(null);
  useFocusWhenChanged(savedAt, savedRef);
  const refusedRef = React.useRef<HTMLDivElement>(null);
  useFocusWhenChanged(step.kind === "refused" ? step : undefined, refusedRef);
  const checkRef = React.useRef<HTMLElement>(null);
  useFocusWhenChanged(step.kind === "confirming" ? step.preview : undefined, checkRef);

  const recorded = recordedMeetings.find((m) => m.date === draft.correcting);
  const correcting = draft.correcting !== undefined && recorded !== undefined;
  // A correction lists the meeting's own register (the roll on its date), a new meeting today's roll.
  const entries = correcting ? recorded.register : roll;
  const rowsFor = entries.map((entry) => entry.name);
  const countedFor = entries.filter((entry) => entry.countsForQuorum).map((entry) => entry.name);
  const types =
    draft.type === "Cancelled" ? [...RECORDABLE_TYPES, "Cancelled" as const] : RECORDABLE_TYPES;

  const date = correcting ? recorded.date : dateOfText(draft.dateText);
  const alreadyRecorded =
    !correcting && date !== undefined && recordedMeetings.some((m) => m.date === date);
  const noticeSent = draft.type === "Interim" ? dateOfText(draft.noticeText) : undefined;
  const noticeInvalid =
    draft.type === "Interim" && draft.noticeText !== "" && noticeSent === undefined;
  const present = countedFor.filter((name) => draft.marks[name] === "P").length;
  const othersPresent = rowsFor.filter(
    (name) => draft.marks[name] === "P" && !countedFor.includes(name)
  ).length;
  // While the check is worked out, shown or written, the form shows what is being saved, unchanged.
  const locked = step.kind === "checking" || step.kind === "confirming" || step.kind === "saving";
  const canCheck = !busy && !locked && date !== undefined && !noticeInvalid;

  const change = (part: Partial<Draft>): void => setDraft((previous) => ({ ...previous, ...part }));
  const chooseMeeting = (value: string): void => {
    const chosen = recordedMeetings.find((m) => String(m.date) === value);
    setDraft(chosen ? loadedDraft(chosen) : blankDraft(today));
  };
  const check = (): void => {
    if (!canCheck || date === undefined) return;
    onCheck(
      {
        date,
        type: draft.type,
        ...(noticeSent !== undefined ? { noticeSent } : {}),
        marks: { ...draft.marks },
      },
      correcting ? "correct" : "record"
    );
  };

  return (
    <section className={styles.section} aria-labelledby="record-meeting-heading">
      <Subtitle2 as="h2" id="record-meeting-heading">
        Record a meeting
      </Subtitle2>
      {step.kind === "saved" && (
        <MessageBar intent="success" ref={savedRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>
              {step.preview.mode === "record" ? "Meeting recorded" : "Meeting corrected"}
            </MessageBarTitle>
            {savedMessage(step.preview)}
          </MessageBarBody>
        </MessageBar>
      )}
      {step.kind === "refused" && (
        <MessageBar intent="error" ref={refusedRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{step.title}</MessageBarTitle>
            {step.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* No submit button and no submit: Enter in a field does nothing; the button below checks first. */}
      <form
        className={styles.section}
        aria-labelledby="record-meeting-heading"
        onSubmit={(event) => event.preventDefault()}
        onKeyDown={keepEnterInFields}
        noValidate
      >
        {recordedMeetings.length > 0 && (
          <Field
            label="Which meeting"
            hint="Choose a recorded meeting to correct its marks or its type."
          >
            <Select
              value={correcting ? String(recorded.date) : ""}
              disabled={locked}
              onChange={(_, data) => chooseMeeting(data.value)}
            >
              <option value="">A new meeting</option>
              {recordedMeetings.map((m) => (
                <option key={m.date} value={String(m.date)}>
                  {`Correct ${formatUkDate(m.date)} (${m.type})`}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {correcting ? (
          <Body1 as="p">
            Correcting the meeting of {formatUkDate(recorded.date)}: its marks and type are loaded
            from the workbook. Change them, then save the correction.
          </Body1>
        ) : (
          <Field
            label="Meeting date"
            required
            validationState={date === undefined ? "error" : alreadyRecorded ? "warning" : "none"}
            validationMessage={
              date === undefined
                ? "Type the date of the meeting as dd/mm/yyyy, for example 23/11/2026."
                : alreadyRecorded
                  ? `A meeting on ${formatUkDate(date)} is already recorded: choose it under Which meeting to correct it.`
                  : undefined
            }
            hint={date !== undefined ? `Meeting on ${formatUkDate(date)}` : undefined}
          >
            {(control) => (
              <DateInput
                {...control}
                value={draft.dateText}
                disabled={locked}
                onChange={(dateText) => change({ dateText })}
              />
            )}
          </Field>
        )}
        <Field label="Meeting type">
          <RadioGroup
            layout="horizontal"
            className={own.choices}
            value={draft.type}
            disabled={locked}
            onChange={(_, data) => change({ type: data.value as MeetingType })}
          >
            {types.map((t) => (
              <Radio key={t} value={t} label={t} />
            ))}
          </RadioGroup>
        </Field>
        {draft.type === "Interim" && (
          <Field
            label="Notice sent"
            validationMessage={
              noticeInvalid
                ? "Type the date the notice was sent as dd/mm/yyyy, for example 16/11/2026."
                : undefined
            }
            hint={
              noticeSent !== undefined
                ? `Notice sent ${formatUkDate(noticeSent)}; an interim meeting needs 5 clear working days' notice`
                : "An interim meeting needs 5 clear working days' notice"
            }
          >
            {(control) => (
              <DateInput
                {...control}
                value={draft.noticeText}
                disabled={locked}
                onChange={(noticeText) => change({ noticeText })}
              />
            )}
          </Field>
        )}
        <fieldset className={styles.section}>
          <legend>Attendance: P present, A absent, R absent with a reason</legend>
          <QuorumStatus line={quorumLine(present, countedFor.length, othersPresent)} />
          {rowsFor.length === 0 && <Body1 as="p">No members on the roll.</Body1>}
          {rowsFor.map((name) => (
            <Field key={name} label={name}>
              <RadioGroup
                layout="horizontal"
                className={own.choices}
                value={draft.marks[name] ?? ""}
                disabled={locked}
                onChange={(_, data) =>
                  setDraft((previous) => ({
                    ...previous,
                    marks: { ...previous.marks, [name]: data.value as AttendanceMark },
                  }))
                }
              >
                {MARKS.map(({ mark, name: markName }) => (
                  <Radio key={mark} value={mark} label={mark} aria-label={markName} />
                ))}
              </RadioGroup>
            </Field>
          ))}
        </fieldset>
        <Button
          type="button"
          appearance="primary"
          className={mergeClasses(styles.button, styles.focusRing)}
          disabled={!canCheck}
          onClick={check}
        >
          {correcting ? "Save the correction" : "Save the meeting"}
        </Button>
      </form>
      {(step.kind === "confirming" || step.kind === "saving") && (
        <MeetingCheck
          preview={step.preview}
          saving={step.kind === "saving" || busy}
          onConfirm={onConfirm}
          onBack={onBack}
          panelRef={checkRef}
        />
      )}
      {step.kind === "checking" && (
        <Body1 as="p" aria-live="polite">
          Checking what will be written…
        </Body1>
      )}
    </section>
  );
}
