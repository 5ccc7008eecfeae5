import * as React from "react";
import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { Findings } from "../../engine/findings";
import {
  complaintTally,
  hazardTally,
  loggedMeasures,
  loggedMeasureWords,
  NO_COMPLAINTS_LOG,
  NO_HAZARDS_LOG,
  receivedWords,
} from "../../wording/clocks";
import { CellLink, ComplaintItem, HazardItem } from "./ClockItems";
import { PanelView } from "./panelViews";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  answered: {
    "& summary": {
      cursor: "pointer",
      color: tokens.colorBrandForegroundLink,
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      ":focus-visible": {
        outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
        outlineOffset: "2px",
      },
    },
  },
});

/** Without its log: what to do, and the way to Set up. */
function NoLog({ words, onOpen }: { words: string; onOpen: (view: PanelView) => void }) {
  const styles = useViewStyles();
  return (
    <>
      <Body1 as="p">{words}</Body1>
      <Link
        as="button"
        className={mergeClasses(styles.linkButton, styles.focusRing)}
        onClick={() => onOpen("setUp")}
      >
        Open Set up
      </Link>
    </>
  );
}

export interface ClocksSectionProps extends CellLink {
  findings: Findings;
  onOpen: (view: PanelView) => void;
}

/**
 * The complaints the Overdue list does not have: those still open, then those answered (behind a
 * disclosure: most of a log is answered), each with its stages' due dates and its result under the Code.
 */
export function ComplaintsSection({
  findings,
  onOpen,
  ...link
}: ClocksSectionProps): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const { complaints } = findings;
  const open = (complaints ?? []).filter((c) => c.status.kind === "open");
  const answered = (complaints ?? []).filter(
    (c) => c.status.kind === "within" || c.status.kind === "late"
  );
  return (
    <section className={styles.section} aria-labelledby="clocks-complaints">
      <Subtitle2 as="h3" id="clocks-complaints">
        Complaints under the Complaint Handling Code
      </Subtitle2>
      {!complaints ? (
        <NoLog words={NO_COMPLAINTS_LOG} onOpen={onOpen} />
      ) : (
        <>
          <Body1 as="p">{complaintTally(complaints)}.</Body1>
          {open.length > 0 && (
            <>
              <Text weight="semibold" id="clocks-open">
                Still open, not due yet
              </Text>
              <ul className={styles.list} aria-labelledby="clocks-open">
                {open.map((complaint) => (
                  <ComplaintItem key={complaint.where} complaint={complaint} {...link} />
                ))}
              </ul>
            </>
          )}
          {answered.length > 0 && (
            <details className={own.answered}>
              <summary>Answered complaints ({answered.length})</summary>
              <ul className={styles.list} aria-label="Answered complaints">
                {answered.map((complaint) => (
                  <ComplaintItem key={complaint.where} complaint={complaint} {...link} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** The hazards the Overdue list does not have, in the log's order; those Awaab's Law does not cover too. */
export function HazardsSection({
  findings,
  onOpen,
  ...link
}: ClocksSectionProps): React.JSX.Element {
  const styles = useViewStyles();
  const { hazards } = findings;
  const rest = (hazards ?? []).filter((h) => !h.overdue);
  return (
    <section className={styles.section} aria-labelledby="clocks-hazards">
      <Subtitle2 as="h3" id="clocks-hazards">
        Hazards under Awaab&apos;s Law
      </Subtitle2>
      {!hazards ? (
        <NoLog words={NO_HAZARDS_LOG} onOpen={onOpen} />
      ) : (
        <>
          <Body1 as="p">{hazardTally(hazards)}.</Body1>
          <Caption1 as="p" className={styles.muted}>
            Each step is judged as at the end of {formatUkDate(findings.asOf)}.
          </Caption1>
          {rest.length > 0 && (
            <ul className={styles.list} aria-label="Hazards not overdue">
              {rest.map((hazard) => (
                <HazardItem key={hazard.where} hazard={hazard} {...link} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** CH02 (and CH01, with homes owned set) worked out from the Complaints log, for the TSM year and the recent months. */
export function MeasuresSection({ findings }: { findings: Findings }): React.JSX.Element | null {
  const styles = useViewStyles();
  const measures = loggedMeasures(findings.kpis);
  const received = receivedWords(findings);
  if (measures.length === 0 && received.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="clocks-measures">
      <Subtitle2 as="h3" id="clocks-measures">
        Worked out from the complaints log
      </Subtitle2>
      <ul className={styles.list}>
        {measures.map((kpi) => {
          const words = loggedMeasureWords(kpi);
          return (
            <li key={kpi.fromLog.code} className={styles.item} data-code={kpi.fromLog.code}>
              <Text weight="semibold">{words.title}</Text>
              {words.periods.map((period) => (
                <Body1 key={period}>{period}</Body1>
              ))}
              {words.benchmark && <Body1>{words.benchmark}</Body1>}
              <Caption1 className={styles.secondary}>{words.code}</Caption1>
            </li>
          );
        })}
        {received.length > 0 && (
          <li className={styles.item}>
            {received.map((line) => (
              <Body1 key={line}>{line}</Body1>
            ))}
          </li>
        )}
      </ul>
    </section>
  );
}
