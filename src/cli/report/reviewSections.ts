import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { Findings, RecommendationFinding, ReviewFinding } from "../../engine/findings";
import { triggerEvidenceWords } from "../../wording/evidence";
import { RECOMMENDATION_STAGE_WORDS } from "../../wording/recommendations";
import { html, Html, plural, section, statusLabel, table, Tone } from "./html";

/** Review triggers (§11.2) with the evidence and the panel's decision as it stands on the sheet. */
export function triggerSection({ triggers, summary, kpis }: Findings): Html {
  const body =
    triggers.length === 0
      ? html`<p class="none">
          No review triggers: no indicator and no complaints theme has triggered a review.
        </p>`
      : html`<p>
            ${plural(triggers.length, "trigger")}: ${summary.triggers.waiting} waiting for the panel
            to discuss, ${summary.triggers.acceptedIntoProgramme} accepted into the review
            programme.
          </p>
          ${table(
            { labelledBy: "triggers-heading" },
            ["Trigger", "Evidence", "Panel decision"],
            triggers.map((t) => [
              html`<strong>${t.subject}</strong><br /><span class="kind"
                  >${t.type} trigger, ${t.serviceArea}</span
                >`,
              evidenceCell(triggerEvidenceWords(t, kpis)),
              decisionLabel(t.panelDecision),
            ]),
            "triggers"
          )}`;
  return section("triggers", "Review triggers and what the panel decided", body);
}

/** The evidence in a sentence, then its figures one to a line (evidence readable). */
function evidenceCell({ sentence, periods }: { sentence: string; periods: string[] }): Html {
  return html`<p class="evidence">${sentence}.</p>
    ${
      periods.length > 0 &&
      html`<ul class="periods">
        ${periods.map((p) => html`<li>${p}</li>`)}
      </ul>`
    }`;
}

const DECISION_TONES: Record<string, Tone> = {
  New: "warn",
  Discussed: "plain",
  "Accepted into programme": "good",
  Declined: "plain",
};

function decisionLabel(decision: string): Html {
  if (decision === "" || decision === "New") return statusLabel("New: not discussed yet", "warn");
  return statusLabel(decision, DECISION_TONES[decision] ?? "plain");
}

/** The review programme (§11.1) and each review's stage and deadlines (docs/rules.md, Reviews). */
export function reviewSection({ reviews, programme }: Findings): Html {
  const overdue = reviews.filter((r) => r.overdue);
  return section(
    "reviews",
    "Review programme and deadlines",
    html`<p>
        ${programme.message}${programme.overLimit ? `: more than the ${programme.limit} allowed` : ""}.${
          programme.fromTriggers.length > 0
            ? ` From triggers, not counted against the limit: ${programme.fromTriggers.join(", ")}.`
            : ""
        }
      </p>
      <p>
        ${overdue.length === 0 ? "No review stage is overdue." : `${plural(overdue.length, "review has", "reviews have")} a stage overdue: ${overdue.map((r) => r.review).join(", ")}.`}
      </p>
      ${
        reviews.length === 0
          ? html`<p class="none">No reviews on the Reviews sheet.</p>`
          : table(
              { labelledBy: "reviews-heading" },
              ["Review", "Panel year", "Origin", "Stage", "Next deadline", "Overdue"],
              reviews.map((r) => [
                r.review,
                panelYearLabel(r.panelYear),
                r.origin,
                r.stage ?? "Not started",
                deadlineText(r),
                r.overdue ? statusLabel("Overdue", "bad") : statusLabel("In time", "good"),
              ]),
              "reviews"
            )
      }`
  );
}

function deadlineText(review: ReviewFinding): string {
  if (review.waiting.length === 0) return "None waiting";
  return review.waiting
    .map((w) => `${w.stage}: ${formatUkDate(w.deadline)}${w.overdue ? " (overdue)" : ""}`)
    .join("; ");
}

/** Recommendations, their impact assessments (§11.4), and "You said, we did" (§2.6). */
export function recommendationSection({ recommendations, youSaidWeDid }: Findings): Html {
  return section(
    "recommendations",
    "Recommendations and impact",
    html`${
        recommendations.length === 0
          ? html`<p class="none">No recommendations on the Recommendations sheet yet.</p>`
          : table(
              { labelledBy: "recommendations-heading" },
              ["Recommendation", "Review", "Stage", "Implemented", "Impact assessment"],
              recommendations.map((r) => [
                r.recommendation,
                r.review,
                RECOMMENDATION_STAGE_WORDS[r.stage],
                r.implemented === undefined ? "Not yet" : formatUkDate(r.implemented),
                impactLabel(r),
              ]),
              "recommendations"
            )
      }
      <h3 id="you-said-heading">You said, we did</h3>
      ${
        youSaidWeDid && youSaidWeDid.length > 0
          ? table(
              { labelledBy: "you-said-heading" },
              ["You said", "We did", "When", "Review"],
              youSaidWeDid.map((y) => [
                y.recommendation,
                y.whatChanged,
                y.when === undefined ? "" : formatUkDate(y.when),
                y.review,
              ]),
              "you-said"
            )
          : html`<p class="none">
              None yet: no recommendation has been implemented with what changed recorded.
            </p>`
      }`
  );
}

function impactLabel(r: RecommendationFinding): Html | string {
  if (r.impactAssessmentDue === undefined) return "Not due";
  const due = formatUkDate(r.impactAssessmentDue);
  return r.impactAssessmentOverdue
    ? statusLabel(`Overdue: was due ${due}`, "bad")
    : statusLabel(`Due ${due}`, "plain");
}
