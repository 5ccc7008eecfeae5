import * as React from "react";
import { Body1, Link, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { Findings } from "../../engine/findings";
import { overdueSentence, publishedChecksWords } from "../../wording/clocks";
import { CellLink, OverdueItem } from "./ClockItems";
import { ComplaintsSection, HazardsSection, MeasuresSection } from "./ClocksSections";
import { PanelView } from "./panelViews";
import { useViewStyles } from "./viewStyles";

export interface ClocksViewProps extends CellLink {
  findings: Findings;
  /** Opens another view: Set up (to add a log), Problems (the publication check). */
  onOpen: (view: PanelView) => void;
}

/**
 * The statutory clocks since 2024, complaints under the Housing Ombudsman's Complaint Handling
 * Code and hazards under Awaab's Law. What is overdue comes first, the earliest due first (the engine's
 * order), each with its row in the log; then the rest of each log, and the measures worked out from the
 * complaints log. A hazard Awaab's Law does not cover is shown, never counted.
 */
export function ClocksView({ findings, onOpen, ...link }: ClocksViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const { overdueClocks } = findings;
  const complaintAt = new Map((findings.complaints ?? []).map((c) => [c.where, c]));
  const hazardAt = new Map((findings.hazards ?? []).map((h) => [h.where, h]));
  const checks = publishedChecksWords(findings);
  return (
    <>
      <Subtitle2 as="h2">Complaints and hazards</Subtitle2>
      <Body1 as="p" className={overdueClocks.length > 0 ? styles.overdue : undefined}>
        {overdueSentence(findings)}
      </Body1>
      {overdueClocks.length > 0 && (
        <section className={styles.section} aria-labelledby="clocks-overdue">
          <Subtitle2 as="h3" id="clocks-overdue">
            Overdue
          </Subtitle2>
          <ul className={styles.list}>
            {overdueClocks.map((clock) => (
              <OverdueItem
                key={`${clock.kind}|${clock.where}`}
                clock={clock}
                complaint={clock.kind === "complaint" ? complaintAt.get(clock.where) : undefined}
                hazard={clock.kind === "hazard" ? hazardAt.get(clock.where) : undefined}
                {...link}
              />
            ))}
          </ul>
        </section>
      )}
      <ComplaintsSection findings={findings} onOpen={onOpen} {...link} />
      <HazardsSection findings={findings} onOpen={onOpen} {...link} />
      <MeasuresSection findings={findings} />
      {checks && (
        <section className={styles.section} aria-labelledby="clocks-checks">
          <Subtitle2 as="h3" id="clocks-checks">
            Checks on the published figures
          </Subtitle2>
          <Body1 as="p">{checks}</Body1>
          <Link
            as="button"
            className={mergeClasses(styles.linkButton, styles.focusRing)}
            onClick={() => onOpen("problems")}
          >
            See them under Problems
          </Link>
        </section>
      )}
    </>
  );
}
