import * as React from "react";
import { Body1, Button, Caption1, mergeClasses, Subtitle2, Text } from "@fluentui/react-components";
import { Problem } from "../../workbook/problems";
import type { ActionFeedback } from "../usePanel";
import { plural } from "./format";
import { useViewStyles } from "./viewStyles";

export interface ProblemsViewProps {
  problems: Problem[];
  /** The latest "show cell": said beside the problem whose cell it selected. */
  selected?: ActionFeedback;
  /** Selects the problem's cell in the workbook. */
  onShowProblem: (problem: Problem) => void;
}

/**
 * Cells the scan could not read (docs/development.md: problems, not exceptions), each a button to its cell: what
 * is wrong first, the cell's address on the line under it.
 */
export function ProblemsView({
  problems,
  selected,
  onShowProblem,
}: ProblemsViewProps): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <>
      <Subtitle2 as="h2">Problems</Subtitle2>
      <Body1 as="p">
        {problems.length === 0
          ? "No problems: every cell the add-in reads could be read."
          : `${plural(problems.length, "problem")}. Choose one to go to its cell; the rest of each sheet was still read.`}
      </Body1>
      <ul className={styles.list}>
        {problems.map((problem, index) => {
          const said = selected?.target === problem.address ? selected : undefined;
          return (
            <li key={`${problem.address}|${index}`} className={styles.section}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.button, styles.linkButton, styles.focusRing)}
                onClick={() => onShowProblem(problem)}
              >
                <span className={styles.item}>
                  <Text>{messageOf(problem)}</Text>
                  <Caption1 className={styles.muted}>{problem.address || "Workbook"}</Caption1>
                </span>
              </Button>
              <Caption1
                role="status"
                className={said?.intent === "error" ? styles.overdue : undefined}
              >
                {said
                  ? said.intent === "error"
                    ? `${said.title}: ${said.message}`
                    : said.message
                  : ""}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The message with a capital, as a sentence: the address is on its own line under it. */
function messageOf(problem: Problem): string {
  const { message } = problem;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
