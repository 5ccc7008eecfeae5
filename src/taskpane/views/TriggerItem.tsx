import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TriggerFinding } from "../../engine/findings";
import { InvolvementSuggestion } from "../../engine/involvement";
import { cellPlaces, cellsInWords } from "../../wording/cells";
import { EvidenceWords } from "../../wording/evidence";
import type { ActionFeedback } from "../usePanel";
import { ActionMessage } from "./ActionMessage";
import { ShowCell } from "./ShowCell";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

export interface TriggerItemProps {
  trigger: TriggerFinding;
  /** The evidence in a sentence, with its periods and cells (wording/evidence.ts). */
  evidence: EvidenceWords;
  busy: boolean;
  onAccept: (triggerKey: string) => void;
  /** The latest "add to review programme" feedback: shown here when it was this trigger's. */
  accepted?: ActionFeedback;
  selected?: ActionFeedback;
  onShowCell: (address: string) => void;
  /** For a trigger in the programme: people from the involvement pool interested in its service area. */
  suggestions?: InvolvementSuggestion[];
}

const ACCEPTED = "Accepted into programme";

const useStyles = makeStyles({
  periods: {
    "& summary": {
      cursor: "pointer",
      color: tokens.colorBrandForegroundLink,
      ":focus-visible": {
        outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
        outlineOffset: "2px",
      },
    },
  },
});

/**
 * A review trigger (§11.2): its evidence in a sentence, the periods and cells behind it on request,
 * the panel's decision, and the way into the programme. Once accepted it stays here, marked
 * accepted, with the confirmation where the button was and the people for a task team.
 */
export function TriggerItem({
  trigger,
  evidence,
  busy,
  onAccept,
  accepted,
  selected,
  onShowCell,
  suggestions,
}: TriggerItemProps): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const headingId = `trigger-${trigger.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const decision = trigger.panelDecision || "New";
  const cells = cellPlaces(evidence.cells);
  const latestCell = cells[cells.length - 1];
  const feedback = accepted?.target === trigger.key ? accepted : undefined;
  return (
    <li className={styles.item} data-trigger-key={trigger.key}>
      <Text weight="semibold" id={headingId}>
        {trigger.subject}
      </Text>
      <span className={styles.line}>
        <StatusBadge colour="informative">{`${trigger.type} trigger`}</StatusBadge>
        {trigger.isNew && <StatusBadge colour="informative">New this scan</StatusBadge>}
      </span>
      <Body1>{evidence.sentence}.</Body1>
      {(evidence.periods.length > 0 || latestCell) && (
        <details className={own.periods}>
          <summary>
            {evidence.periods.length === 0
              ? "Where it comes from"
              : evidence.periods.length === 1
                ? "The figure behind it"
                : `The ${evidence.periods.length} figures behind it`}
          </summary>
          <ul className={styles.reasons}>
            {evidence.periods.map((period) => (
              <li key={period}>{period}</li>
            ))}
          </ul>
          {latestCell && (
            <Caption1 className={styles.secondary}>
              <span>Cells {cellsInWords(cells)}</span>
              <ShowCell address={latestCell.address} selected={selected} onShowCell={onShowCell}>
                Show the latest cell
              </ShowCell>
            </Caption1>
          )}
        </details>
      )}
      <span className={styles.line}>
        <Text>Panel decision:</Text>
        {trigger.acceptedIntoProgramme ? (
          <StatusBadge colour="success">{ACCEPTED}</StatusBadge>
        ) : (
          <Text weight="semibold">{decision}</Text>
        )}
      </span>
      {trigger.canAccept && (
        <Button
          className={mergeClasses(styles.button, styles.focusRing)}
          disabled={busy}
          aria-describedby={headingId}
          onClick={() => onAccept(trigger.key)}
        >
          Add to review programme
        </Button>
      )}
      <ActionMessage feedback={feedback} />
      {suggestions && suggestions.length > 0 && (
        <div aria-label={`People for a task team on ${trigger.subject}`} role="group">
          <Text weight="semibold">People for a task team (from the Involvement sheet):</Text>
          <ul className={styles.reasons}>
            {suggestions.map(({ person, underRepresented }) => (
              <li key={person.name}>
                {person.name}
                {person.waysToTakePart ? `, ${person.waysToTakePart}` : ""}
                {underRepresented.length > 0 &&
                  ` (a group the panel needs to reach: ${underRepresented.join("; ")})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
