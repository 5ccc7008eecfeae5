import * as React from "react";
import { Body1, Link, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { KPI_STATUSES } from "../../domain/kpi/types";
import { quorumNeeded } from "../../domain/meetings/quorum";
import { Findings } from "../../engine/findings";
import { overdueCountWords } from "../../wording/clocks";
import { statusCountsByArea } from "../../wording/serviceAreas";
import { countColour, KPI_STATUS_COLOURS, plural } from "./format";
import { PanelView } from "./panelViews";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

export interface OverviewViewProps {
  findings: Findings;
  problemCount: number;
  /** Switches to the view an item is about. */
  onOpen: (view: PanelView) => void;
}

/** What the panel needs to know first, from the scan's summary; each item opens its view. */
export function OverviewView({
  findings,
  problemCount,
  onOpen,
}: OverviewViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const { summary, asOf } = findings;
  const next = summary.nextMeeting;
  const atRisk = summary.membersByStatus["At risk of lapse"];
  const lapsed = summary.membersByStatus.Lapsed;
  const areas = statusCountsByArea(findings.kpis);

  const item = (view: PanelView, text: string): React.JSX.Element => (
    <Link
      as="button"
      className={mergeClasses(styles.linkButton, styles.focusRing)}
      onClick={() => onOpen(view)}
    >
      {text}
    </Link>
  );

  return (
    <>
      <Subtitle2 as="h2">Overview at {formatUkDate(asOf)}</Subtitle2>
      <section className={styles.section} aria-labelledby="overview-kpis">
        <Subtitle2 as="h3" id="overview-kpis">
          KPI status by service area
        </Subtitle2>
        {areas.length === 0 && (
          <Body1 as="p">No indicators could be rated: add KPI sheets, or see Problems.</Body1>
        )}
        <ul className={styles.list}>
          {areas.map(({ serviceArea, counts }) => (
            <li key={serviceArea} className={styles.item} data-service-area={serviceArea}>
              {item("kpis", serviceArea)}
              <span className={styles.line}>
                {KPI_STATUSES.filter(
                  (status) => counts[status] > 0 || ["Met", "Near miss", "Missed"].includes(status)
                ).map((status) => (
                  <StatusBadge
                    key={status}
                    colour={countColour(counts[status], KPI_STATUS_COLOURS[status])}
                  >
                    {`${counts[status]} ${status}`}
                  </StatusBadge>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="overview-attention">
        <Subtitle2 as="h3" id="overview-attention">
          Needs attention
        </Subtitle2>
        <ul className={styles.list}>
          <li className={styles.item}>
            {item(
              "kpis",
              `${plural(summary.triggers.waiting, "new trigger", "new triggers")} waiting for the panel's decision (${summary.triggers.total} in all)`
            )}
          </li>
          <li className={styles.item} data-item="clocks">
            {item(
              "clocks",
              overdueCountWords(summary, {
                complaints: findings.complaints !== undefined,
                hazards: findings.hazards !== undefined,
              })
            )}
          </li>
          <li className={styles.item}>
            {item(
              "members",
              `${plural(atRisk, "member", "members")} at risk of lapse, ${lapsed} lapsed`
            )}
          </li>
          <li className={styles.item}>
            {item(
              "members",
              next
                ? `Next meeting ${formatUkDate(next.date)} (${next.type}): ${
                    next.membership > 0
                      ? `${quorumNeeded(next.membership)} of ${plural(next.membership, "tenant member")} needed for quorum`
                      : "no tenant members on the roll"
                  }`
                : `No meeting listed after ${formatUkDate(asOf)}`
            )}
          </li>
          <li className={styles.item}>
            {item(
              "reviews",
              `${plural(summary.overdueReviews, "review stage", "review stages")} overdue, ${plural(summary.impactAssessmentsOverdue, "impact assessment", "impact assessments")} overdue`
            )}
          </li>
          <li className={styles.item}>
            {item("problems", `${plural(problemCount, "problem", "problems")} in the workbook`)}
          </li>
        </ul>
      </section>
    </>
  );
}
