import * as React from "react";
import { Body1, Button, Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { Day, dayFromIso, formatIsoDate, formatUkDate } from "../../domain/calendar/days";
import { isQuorate, quorumNeeded } from "../../domain/meetings/quorum";
import { AttendanceMark, MeetingToRecord } from "../../engine/session";
import { plural } from "./format";
import { DateInput } from "./DateInput";
import { useViewStyles } from "./viewStyles";

export interface RecordMeetingFormProps {
  /** Members on the roll, in Members order: one row of marks each. */
  members: string[];
  /** Those of them who count towards quorum (tenant members, §7.7). */
  tenantMembers: string[];
  today: Day;
  busy: boolean;
  onSave: (meeting: MeetingToRecord) => void;
}

const RECORDABLE_TYPES = ["Main", "Interim", "Sub-panel"] as const;
type RecordableType = (typeof RECORDABLE_TYPES)[number];

const MARKS: { mark: AttendanceMark; name: string }[] = [
  { mark: "P", name: "P: present" },
  { mark: "A", name: "A: absent" },
  { mark: "R", name: "R: absent with a reason" },
];

function dayOrUndefined(iso: string): Day | undefined {
  try {
    return dayFromIso(iso);
  } catch {
    return undefined;
  }
}

/** §7.2 as the marks stand: "6 present of 8 members: quorate (quorum 4)". */
export function liveQuorum(present: number, membership: number): string {
  if (membership === 0) return "No tenant members on the roll: quorum cannot be worked out (§7.2)";
  const quorate = isQuorate(membership, present);
  return `${present} present of ${plural(membership, "member", "members")}: ${
    quorate ? "quorate" : "not quorate"
  } (quorum ${quorumNeeded(membership)})`;
}

/** Record a meeting: its date and type, and a mark for each member; quorum is worked out as you go. */
export function RecordMeetingForm({
  members,
  tenantMembers,
  today,
  busy,
  onSave,
}: RecordMeetingFormProps): React.JSX.Element {
  const styles = useViewStyles();
  const [dateText, setDateText] = React.useState(formatIsoDate(today));
  const [type, setType] = React.useState<RecordableType>("Main");
  const [noticeText, setNoticeText] = React.useState("");
  const [marks, setMarks] = React.useState<Record<string, AttendanceMark>>({});

  const date = dayOrUndefined(dateText);
  const noticeSent = type === "Interim" ? dayOrUndefined(noticeText) : undefined;
  const noticeInvalid = type === "Interim" && noticeText !== "" && noticeSent === undefined;
  const present = tenantMembers.filter((name) => marks[name] === "P").length;
  const canSave = !busy && date !== undefined && !noticeInvalid;

  const save = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!canSave || date === undefined) return;
    onSave({
      date,
      type,
      ...(noticeSent !== undefined ? { noticeSent } : {}),
      marks: { ...marks },
    });
  };

  return (
    <section className={styles.section} aria-labelledby="record-meeting-heading">
      <Subtitle2 as="h2" id="record-meeting-heading">
        Record a meeting
      </Subtitle2>
      <form className={styles.section} onSubmit={save} noValidate>
        <Field
          label="Meeting date"
          required
          validationMessage={date === undefined ? "Give the date of the meeting." : undefined}
          hint={date !== undefined ? `Meeting on ${formatUkDate(date)}` : undefined}
        >
          {(control) => <DateInput {...control} value={dateText} onChange={setDateText} />}
        </Field>
        <Field label="Meeting type">
          <RadioGroup
            layout="horizontal"
            value={type}
            onChange={(_, data) => setType(data.value as RecordableType)}
          >
            {RECORDABLE_TYPES.map((t) => (
              <Radio key={t} value={t} label={t} />
            ))}
          </RadioGroup>
        </Field>
        {type === "Interim" && (
          <Field
            label="Notice sent"
            validationMessage={noticeInvalid ? "Give the date the notice was sent." : undefined}
            hint={
              noticeSent !== undefined
                ? `Notice sent ${formatUkDate(noticeSent)}; an interim meeting needs 5 clear working days (§7.1)`
                : "An interim meeting needs 5 clear working days' notice (§7.1)"
            }
          >
            {(control) => <DateInput {...control} value={noticeText} onChange={setNoticeText} />}
          </Field>
        )}
        <fieldset className={styles.section}>
          <legend>Attendance: P present, A absent, R absent with a reason (§4.3)</legend>
          {members.length === 0 && <Body1 as="p">No members on the roll.</Body1>}
          {members.map((name) => (
            <Field key={name} label={name}>
              <RadioGroup
                layout="horizontal"
                value={marks[name] ?? ""}
                onChange={(_, data) =>
                  setMarks((previous) => ({ ...previous, [name]: data.value as AttendanceMark }))
                }
              >
                {MARKS.map(({ mark, name: markName }) => (
                  <Radio key={mark} value={mark} label={mark} aria-label={markName} />
                ))}
              </RadioGroup>
            </Field>
          ))}
        </fieldset>
        <Body1 as="p" role="status" aria-live="polite" aria-atomic="true">
          {liveQuorum(present, tenantMembers.length)}
        </Body1>
        <Button type="submit" appearance="primary" className={styles.button} disabled={!canSave}>
          Save the meeting
        </Button>
      </form>
    </section>
  );
}
