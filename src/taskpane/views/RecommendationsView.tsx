import * as React from "react";
import { Body1, Subtitle2, Text } from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { Findings, RecommendationFinding, RecommendationStage } from "../../engine/findings";
import { RECOMMENDATION_STAGE_WORDS } from "../../wording/recommendations";
import { BadgeColour } from "./format";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

export interface RecommendationsViewProps {
  findings: Findings;
}

/** Each stage's colour beside its words (§11.4); the words are the report's too. */
const STAGE_COLOURS: Record<RecommendationStage, BadgeColour> = {
  "Not accepted": "subtle",
  "Impact assessment overdue": "danger",
  Implemented: "success",
  Accepted: "warning",
  "Not decided": "informative",
};

function byReview(recommendations: RecommendationFinding[]): [string, RecommendationFinding[]][] {
  const reviews = new Map<string, RecommendationFinding[]>();
  for (const r of recommendations) reviews.set(r.review, [...(reviews.get(r.review) ?? []), r]);
  return [...reviews];
}

/**
 * The panel's recommendations, review by review, through to the impact assessment (§11.4), and "You
 * said, we did" for the tenants' newsletter (§2.6).
 */
export function RecommendationsView({ findings }: RecommendationsViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const youSaidWeDid = findings.youSaidWeDid ?? [];
  return (
    <>
      <Subtitle2 as="h2">Recommendations</Subtitle2>
      {findings.recommendations.length === 0 && (
        <Body1 as="p">No recommendations on the Recommendations sheet yet.</Body1>
      )}
      {byReview(findings.recommendations).map(([review, recommendations]) => (
        <section key={review} className={styles.section} aria-label={review}>
          <Subtitle2 as="h3">{review}</Subtitle2>
          <ul className={styles.list}>
            {recommendations.map((r) => (
              <li key={r.recommendation} className={styles.item}>
                <Text>{r.recommendation}</Text>
                <span className={styles.line}>
                  <StatusBadge colour={STAGE_COLOURS[r.stage]}>
                    {RECOMMENDATION_STAGE_WORDS[r.stage]}
                  </StatusBadge>
                </span>
                {r.implemented !== undefined && (
                  <Text className={styles.muted}>Implemented on {formatUkDate(r.implemented)}</Text>
                )}
                {r.impactAssessmentDue !== undefined && (
                  <Body1 className={r.impactAssessmentOverdue ? styles.overdue : undefined}>
                    {r.impactAssessmentOverdue
                      ? `Impact assessment overdue: it was due on ${formatUkDate(r.impactAssessmentDue)}`
                      : `Impact assessment due on ${formatUkDate(r.impactAssessmentDue)}`}
                  </Body1>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className={styles.section} aria-labelledby="you-said-we-did">
        <Subtitle2 as="h2" id="you-said-we-did">
          You said, we did
        </Subtitle2>
        {youSaidWeDid.length === 0 ? (
          <Body1 as="p">
            Nothing yet: when a recommendation has an Implemented date and a What changed entry, it
            appears here and on the &quot;You said, we did&quot; sheet, ready for the newsletter.
          </Body1>
        ) : (
          <ul className={styles.list}>
            {youSaidWeDid.map((row) => (
              <li key={`${row.review}|${row.recommendation}`} className={styles.item}>
                <Text weight="semibold">You said: {row.recommendation}</Text>
                <Text>We did: {row.whatChanged}</Text>
                <Text className={styles.muted}>
                  {row.review}
                  {row.when !== undefined ? `, ${formatUkDate(row.when)}` : ""}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
