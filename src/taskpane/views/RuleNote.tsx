import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { clauseNote } from "../../wording/clauses";
import { useViewStyles } from "./viewStyles";

/**
 * The clauses of the terms of reference behind what is shown, on a secondary line (the
 * sentences name the rule in words; the numbers are for whoever wants to look them up).
 */
export function RuleNote({ clauses }: { clauses: readonly string[] }): React.JSX.Element | null {
  const styles = useViewStyles();
  if (clauses.length === 0) return null;
  return <Caption1 className={styles.secondary}>{clauseNote(clauses)}</Caption1>;
}
