import * as React from "react";
import { Body1, Subtitle2, Text } from "@fluentui/react-components";
import { describeLapseWatch } from "../../domain/attendance/lapse";
import { Day } from "../../domain/calendar/days";
import { Findings, RenewalFinding } from "../../engine/findings";
import { MeetingMode, MeetingToRecord, RecordedMeeting } from "../../engine/session";
import { clausesOf, withoutClauses } from "../../wording/clauses";
import type { MeetingStep } from "../usePanel";
import { MEMBER_STATUS_COLOURS, plural } from "./format";
import { RenewalSection, RepresentationSection } from "./MembershipSections";
import { RecordMeetingForm } from "./RecordMeetingForm";
import { RuleNote } from "./RuleNote";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

export interface MembersViewProps {
  findings: Findings;
  /** The meetings on the register, newest first, to correct one. */
  recordedMeetings: RecordedMeeting[];
  today: Day;
  busy: boolean;
  meeting: MeetingStep;
  onCheckMeeting: (meeting: MeetingToRecord, mode: MeetingMode) => void;
  onConfirmMeeting: () => void;
  onEditMeeting: () => void;
  /** Renewal in another panel year (§15.2), worked out from the same scan. */
  renewalIn?: (panelYear: number) => RenewalFinding;
}

/** Members (§4), the make-up of the panel (§4.1), lapse risk (§4.3, §10.4), and recording a meeting. */
export function MembersView({
  findings,
  recordedMeetings,
  today,
  busy,
  meeting,
  onCheckMeeting,
  onConfirmMeeting,
  onEditMeeting,
  renewalIn,
}: MembersViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const { members, composition } = findings;
  const lapseWatch = members.flatMap(({ name, lapseWatch }) =>
    lapseWatch ? [{ name, words: describeLapseWatch(lapseWatch) }] : []
  );

  return (
    <>
      <section className={styles.section} aria-labelledby="members-heading">
        <Subtitle2 as="h2" id="members-heading">
          Members
        </Subtitle2>
        {members.length === 0 && <Body1 as="p">No members found on the Members sheet.</Body1>}
        <ul className={styles.list}>
          {members.map((member) => (
            <li key={member.name} className={styles.item}>
              <span className={styles.line}>
                <Text weight="semibold">{member.name}</Text>
                <Text className={styles.muted}>{member.group}</Text>
                <StatusBadge colour={MEMBER_STATUS_COLOURS[member.status]}>
                  {member.status}
                </StatusBadge>
              </span>
              {member.reasons.length > 0 && (
                <ul className={styles.reasons}>
                  {member.reasons.map((reason) => (
                    <li key={reason}>{withoutClauses(reason).words}</li>
                  ))}
                </ul>
              )}
              <RuleNote clauses={clausesOf(member.reasons)} />
            </li>
          ))}
        </ul>
      </section>
      {composition && (
        <section className={styles.section} aria-labelledby="composition-heading">
          <Subtitle2 as="h2" id="composition-heading">
            Make-up of the panel
          </Subtitle2>
          <Body1 as="p">
            {plural(composition.counts.tenantMembers, "tenant member")}: Tenants&apos; Forum{" "}
            {composition.counts.tenantsForum}, Silver Service Forum{" "}
            {composition.counts.silverServiceForum}, general {composition.counts.general}. Deputies{" "}
            {composition.counts.deputies}, co-optees {composition.counts.coOptees}.
          </Body1>
          {composition.breaches.length === 0 && (
            <Body1 as="p">Within the limits on each group.</Body1>
          )}
          <ul className={styles.reasons}>
            {composition.breaches.map((breach) => (
              <li key={breach} className={styles.overdue}>
                Over the limit: {withoutClauses(breach).words}
              </li>
            ))}
            {composition.notes.map((note) => (
              <li key={note}>{withoutClauses(note).words}</li>
            ))}
          </ul>
          <RuleNote
            clauses={clausesOf(["(§4.1)", ...composition.breaches, ...composition.notes])}
          />
        </section>
      )}
      <section className={styles.section} aria-labelledby="lapse-heading">
        <Subtitle2 as="h2" id="lapse-heading">
          Lapse risk
        </Subtitle2>
        {lapseWatch.length === 0 ? (
          <Body1 as="p">No member is at risk of lapse.</Body1>
        ) : (
          <ul className={styles.reasons}>
            {lapseWatch.map(({ name, words }) => (
              <li key={name}>
                {name}: {words}
              </li>
            ))}
          </ul>
        )}
        <RuleNote clauses={["§4.3", "§10.4"]} />
      </section>
      <RecordMeetingForm
        roll={findings.roll}
        recordedMeetings={recordedMeetings}
        today={today}
        busy={busy}
        step={meeting}
        onCheck={onCheckMeeting}
        onConfirm={onConfirmMeeting}
        onBack={onEditMeeting}
      />
      {findings.renewal && <RenewalSection renewal={findings.renewal} renewalIn={renewalIn} />}
      {findings.representation && (
        <RepresentationSection representation={findings.representation} />
      )}
    </>
  );
}
