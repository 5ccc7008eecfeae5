import * as React from "react";
import { Body1, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { Findings, ReviewFinding } from "../../engine/findings";
import { withoutClauses } from "../../wording/clauses";
import { RuleNote } from "./RuleNote";
import { useViewStyles } from "./viewStyles";

export interface ReviewsViewProps {
  findings: Findings;
}

/** The review programme by panel year, newest first. */
function byPanelYear(reviews: ReviewFinding[]): [number, ReviewFinding[]][] {
  const years = new Map<number, ReviewFinding[]>();
  for (const review of reviews)
    years.set(review.panelYear, [...(years.get(review.panelYear) ?? []), review]);
  return [...years].sort(([a], [b]) => b - a);
}

/** The review programme (§11): stages, deadlines (§11.4) and the limit of scheduled reviews (§11.1). */
export function ReviewsView({ findings }: ReviewsViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const { programme, recommendations } = findings;
  const impact = recommendations.filter((r) => r.impactAssessmentDue !== undefined);
  return (
    <>
      <Subtitle2 as="h2">Review programme</Subtitle2>
      <Body1 as="p" className={programme.overLimit ? styles.overdue : undefined}>
        {withoutClauses(programme.message).words}
        {programme.fromTriggers.length > 0 &&
          `; ${programme.fromTriggers.length} from triggers, not counted against the limit`}
      </Body1>
      {findings.reviews.length === 0 && <Body1 as="p">No reviews on the Reviews sheet.</Body1>}
      {byPanelYear(findings.reviews).map(([year, reviews]) => (
        <section key={year} className={styles.section} aria-labelledby={`reviews-${year}`}>
          <Subtitle2 as="h3" id={`reviews-${year}`}>
            {panelYearLabel(year)}
          </Subtitle2>
          <ul className={styles.list}>
            {reviews.map((review) => (
              <li key={review.review} className={styles.item}>
                <span className={styles.line}>
                  <Text weight="semibold">{review.review}</Text>
                  <Text className={styles.muted}>{review.origin}</Text>
                </span>
                <Body1>Stage: {review.stage ?? "not given"}</Body1>
                {review.nextDeadline !== undefined && (
                  <Body1>
                    Next deadline: {formatUkDate(review.nextDeadline)}
                    {review.waiting[0] ? ` (${review.waiting[0].stage.toLowerCase()})` : ""}
                  </Body1>
                )}
                {review.overdue && (
                  <Text className={styles.overdue}>
                    Overdue:{" "}
                    {review.waiting
                      .filter((w) => w.overdue)
                      .map((w) => `${w.stage} due ${formatUkDate(w.deadline)}`)
                      .join("; ")}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {impact.length > 0 && (
        <section className={styles.section} aria-labelledby="impact-heading">
          <Subtitle2 as="h3" id="impact-heading">
            Impact assessments
          </Subtitle2>
          <ul className={styles.list}>
            {impact.map((r) => (
              <li key={`${r.review}|${r.recommendation}`} className={styles.item}>
                <Body1>{r.recommendation}</Body1>
                <Caption1 className={styles.muted}>{r.review}</Caption1>
                <Text className={r.impactAssessmentOverdue ? styles.overdue : undefined}>
                  {r.impactAssessmentOverdue ? "Overdue: " : ""}impact assessment due{" "}
                  {formatUkDate(r.impactAssessmentDue as number)}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RuleNote clauses={["§11.1", "§11.2", "§11.4"]} />
    </>
  );
}
