import * as React from "react";
import { Body1, Caption1, Text } from "@fluentui/react-components";
import { ComplaintFinding, HazardFinding, OverdueClock } from "../../engine/findings";
import { complaintWords, hazardWords, overdueWords } from "../../wording/clocks";
import type { ActionFeedback } from "../usePanel";
import { ShowCell } from "./ShowCell";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

/** The show-cell callback and its latest feedback, as every item of the view takes them. */
export interface CellLink {
  selected?: ActionFeedback;
  onShowCell: (address: string) => void;
}

/** The secondary line: the row's cell in the log, and the link that selects it. */
function RowLink({ where, selected, onShowCell }: CellLink & { where: string }) {
  const styles = useViewStyles();
  return (
    <Caption1 className={styles.secondary}>
      <span>{where}</span>
      <ShowCell address={where} selected={selected} onShowCell={onShowCell}>
        Show in the log
      </ShowCell>
    </Caption1>
  );
}

/**
 * Short notes under an item: acknowledgements sent late and extensions beyond the Code (each a
 * sentence), or the steps done late, under a visible label.
 */
function Notes({ label, notes, shown }: { label: string; notes: string[]; shown?: boolean }) {
  const styles = useViewStyles();
  if (notes.length === 0) return null;
  return (
    <>
      {shown && <Text>{label}:</Text>}
      <ul className={styles.reasons} aria-label={label}>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </>
  );
}

export interface OverdueItemProps extends CellLink {
  clock: OverdueClock;
  /** The clock's complaint or hazard, for its theme or type and its notes. */
  complaint?: ComplaintFinding;
  hazard?: HazardFinding;
}

/** An overdue complaint or hazard: what is overdue, by when it was due, how late, and its row. */
export function OverdueItem({
  clock,
  complaint,
  hazard,
  ...link
}: OverdueItemProps): React.JSX.Element {
  const styles = useViewStyles();
  const words = overdueWords(clock, hazard);
  const detail = complaint ? complaintWords(complaint) : undefined;
  const hazardDetail = hazard ? hazardWords(hazard) : undefined;
  return (
    <li className={styles.item} data-reference={clock.reference} data-kind={clock.kind}>
      <Text weight="semibold">{words.title}</Text>
      {detail && <Text className={styles.muted}>{detail.theme}</Text>}
      {hazardDetail && <Text className={styles.muted}>{hazardDetail.detail}</Text>}
      <span className={styles.line}>
        <StatusBadge colour="danger">Overdue</StatusBadge>
      </span>
      <Body1>{words.sentence}</Body1>
      {words.note && <Body1 className={styles.overdue}>{words.note}</Body1>}
      <Notes label="Outside the Code" notes={detail?.notes ?? []} />
      <Notes label="Steps done late" notes={hazardDetail?.breaches ?? []} shown />
      <RowLink where={clock.where} {...link} />
    </li>
  );
}

export interface ComplaintItemProps extends CellLink {
  complaint: ComplaintFinding;
}

/** A complaint of the log: its result under the Code, each stage's due date, anything done late. */
export function ComplaintItem({ complaint, ...link }: ComplaintItemProps): React.JSX.Element {
  const styles = useViewStyles();
  const words = complaintWords(complaint);
  return (
    <li className={styles.item} data-reference={complaint.reference}>
      <Text weight="semibold">{words.title}</Text>
      <Text className={styles.muted}>{words.theme}</Text>
      <span className={styles.line}>
        <StatusBadge colour={words.result.tone}>{words.result.words}</StatusBadge>
      </span>
      {words.dues.map((due) => (
        <Body1 key={due}>{due}</Body1>
      ))}
      <Notes label="Outside the Code" notes={words.notes} />
      <RowLink where={complaint.where} {...link} />
    </li>
  );
}

export interface HazardItemProps extends CellLink {
  hazard: HazardFinding;
}

/** A hazard of the log: where it stands under Awaab's Law, its next step, steps done late. */
export function HazardItem({ hazard, ...link }: HazardItemProps): React.JSX.Element {
  const styles = useViewStyles();
  const words = hazardWords(hazard);
  return (
    <li className={styles.item} data-reference={hazard.reference}>
      <Text weight="semibold">{words.title}</Text>
      <Text className={styles.muted}>{words.detail}</Text>
      <span className={styles.line}>
        <StatusBadge colour={words.state.tone}>{words.state.words}</StatusBadge>
      </span>
      {words.next && <Body1>{words.next}</Body1>}
      {words.notCovered && <Body1>{words.notCovered}</Body1>}
      <Notes label="Steps done late" notes={words.breaches} shown />
      <RowLink where={hazard.where} {...link} />
    </li>
  );
}
