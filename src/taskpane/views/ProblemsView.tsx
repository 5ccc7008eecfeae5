import * as React from "react";
import { Body1, Button, Subtitle2, Text } from "@fluentui/react-components";
import { Problem } from "../../workbook/problems";
import { plural } from "./format";
import { useViewStyles } from "./viewStyles";

export interface ProblemsViewProps {
  problems: Problem[];
  /** Selects the problem's cell in the workbook. */
  onShowProblem: (problem: Problem) => void;
}

/** Cells the scan could not read (DESIGN.md: problems, not exceptions), each a button to its cell. */
export function ProblemsView({ problems, onShowProblem }: ProblemsViewProps): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <>
      <Subtitle2 as="h2">Problems</Subtitle2>
      <Body1 as="p">
        {problems.length === 0
          ? "No problems: every cell the add-in reads could be read."
          : `${plural(problems.length, "problem", "problems")}. Choose one to go to its cell; the rest of each sheet was still read.`}
      </Body1>
      <ul className={styles.list}>
        {problems.map((problem, index) => (
          <li key={`${problem.address}|${index}`}>
            <Button
              appearance="subtle"
              className={styles.button}
              onClick={() => onShowProblem(problem)}
            >
              <span className={styles.item}>
                <Text weight="semibold">{problem.address || "Workbook"}</Text>
                <Text>{problem.message}</Text>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
