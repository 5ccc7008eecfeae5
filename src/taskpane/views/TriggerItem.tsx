import * as React from "react";
import { Body1, Button, Caption1, Text } from "@fluentui/react-components";
import { TriggerFinding } from "../../engine/findings";
import { InvolvementSuggestion } from "../../engine/involvement";
import { canAcceptTrigger } from "./format";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

export interface TriggerItemProps {
  trigger: TriggerFinding;
  busy: boolean;
  onAccept: (triggerKey: string) => void;
  /** For a trigger in the programme: people from the involvement pool interested in its service area. */
  suggestions?: InvolvementSuggestion[];
}

/** A review trigger (§11.2) with its evidence, the panel's decision, and the way into the programme. */
export function TriggerItem({
  trigger,
  busy,
  onAccept,
  suggestions,
}: TriggerItemProps): React.JSX.Element {
  const styles = useViewStyles();
  const headingId = `trigger-${trigger.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <li className={styles.item} data-trigger-key={trigger.key}>
      <span className={styles.line}>
        <Text weight="semibold" id={headingId}>
          {trigger.subject}
        </Text>
        <StatusBadge colour="danger">{trigger.type}</StatusBadge>
        {trigger.isNew && <StatusBadge colour="informative">New this scan</StatusBadge>}
      </span>
      <Body1>{trigger.evidence}</Body1>
      <Body1>Panel decision: {trigger.panelDecision || "New"}</Body1>
      <Caption1 className={styles.muted}>Evidence: {trigger.source}</Caption1>
      {canAcceptTrigger(trigger.panelDecision) && (
        <Button
          className={styles.button}
          disabled={busy}
          aria-describedby={headingId}
          onClick={() => onAccept(trigger.key)}
        >
          Add to review programme
        </Button>
      )}
      {suggestions && suggestions.length > 0 && (
        <div aria-label={`People for a task team on ${trigger.subject}`}>
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
