import * as React from "react";
import { Body1, Button, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { KPI_STATUSES } from "../../domain/kpi/types";
import { MEMBER_STATUSES } from "../../domain/members/status";
import { Findings } from "../../engine/findings";
import { statusCountsByArea } from "../../wording/serviceAreas";
import type { ActionFeedback } from "../usePanel";
import { ActionMessage } from "./ActionMessage";
import { useViewStyles } from "./viewStyles";

export interface SummaryViewProps {
  findings: Findings;
  busy: boolean;
  /** The write's confirmation or refusal, shown under its button. */
  feedback?: ActionFeedback;
  onWriteSummary: () => void;
}

/** The report for the Tenants' Forum (§2.5): the key figures, and the sheet with charts. */
export function SummaryView({
  findings,
  busy,
  feedback,
  onWriteSummary,
}: SummaryViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const { summary, meetingsInYear } = findings;
  const last = summary.lastMeeting;
  return (
    <>
      <Subtitle2 as="h2">Summary for the Tenants&apos; Forum</Subtitle2>
      <Body1 as="p">
        As at {formatUkDate(findings.asOf)}, panel year {panelYearLabel(findings.panelYear)}.
      </Body1>
      <Button
        appearance="primary"
        className={mergeClasses(styles.button, styles.focusRing)}
        disabled={busy}
        onClick={onWriteSummary}
      >
        Write the Summary sheet with charts
      </Button>
      <ActionMessage feedback={feedback} />
      <section className={styles.section} aria-labelledby="summary-kpis">
        <Subtitle2 as="h3" id="summary-kpis">
          KPI status by service area
        </Subtitle2>
        <ul className={styles.reasons}>
          {statusCountsByArea(findings.kpis).map(({ serviceArea, counts }) => (
            <li key={serviceArea}>
              {serviceArea}:{" "}
              {KPI_STATUSES.filter((s) => counts[s] > 0)
                .map((s) => `${counts[s]} ${s}`)
                .join(", ")}
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="summary-figures">
        <Subtitle2 as="h3" id="summary-figures">
          Key figures
        </Subtitle2>
        <ul className={styles.reasons}>
          <li>
            Review triggers: {summary.triggers.total} ({summary.triggers.waiting} waiting to be
            discussed, {summary.triggers.acceptedIntoProgramme} accepted into the programme)
          </li>
          <li>
            Members:{" "}
            {MEMBER_STATUSES.filter((s) => summary.membersByStatus[s] > 0)
              .map((s) => `${summary.membersByStatus[s]} ${s}`)
              .join(", ") || "none"}
          </li>
          <li>
            Meetings in {panelYearLabel(meetingsInYear.panelYear)}: {meetingsInYear.held} held,{" "}
            {meetingsInYear.scheduled} still scheduled, {meetingsInYear.required} needed
            {meetingsInYear.canReachRequired ? "" : ": the year cannot reach the number needed"}
          </li>
          {last && last.present !== undefined && (
            <li>
              Last meeting {formatUkDate(last.date)}: {last.present} of {last.membership} tenant
              members present, {last.quorate ? "quorate" : "not quorate"}
            </li>
          )}
          <li>Review stages overdue: {summary.overdueReviews}</li>
          <li>Impact assessments overdue: {summary.impactAssessmentsOverdue}</li>
        </ul>
      </section>
    </>
  );
}
