import { BenchmarkFinding, Findings, HazardFinding, KpiFinding } from "../../engine/findings";
import { formatFigure } from "../../wording/figures";
import {
  benchmarkSources,
  latestPeriodWords,
  QuartileWords,
  quartileWords,
} from "../../wording/quartiles";
import {
  complaintsByStage,
  complaintsSentence,
  doneWords,
  dueWords,
  extensionsBeyondCodeSentences,
  hazardsSentences,
  listInWords,
  loggedComparisons,
  measureNamer,
  mismatchSentence,
  overdueStepWords,
  publicationGapWords,
  reportsTenantSatisfactionMeasures,
  tsmCode,
} from "../../wording/statutory";
import { Fragment, html, Html, plural, section, statusLabel, table, Tone } from "./html";

export const STATUTORY_ID = "statutory";
export const STATUTORY_TITLE = "Complaints, hazards and the Tenant Satisfaction Measures";

/**
 * The Complaint Handling Code's and Awaab's Law's clocks, CH02 from the complaints log
 * beside the reported figures, the Tenant Satisfaction Measures against other landlords, and the
 * publication check. Decision: the section is always there, like every other section; a workbook
 * without the logs or the Benchmarks sheet says so in each part, since that the panel does not yet
 * follow these rules is itself worth the Forum knowing. Cases by reference only: the findings carry no
 * name or address. Everything is formatted from the scan's findings: the report decides nothing.
 */
export function statutorySection(findings: Findings): Html {
  return section(
    STATUTORY_ID,
    STATUTORY_TITLE,
    html`<p>
        The law sets time limits for answering tenants' complaints (since April 2024) and for
        dealing with hazards in their homes, such as damp and mould (since October 2025). The
        figures here come from the workbook's complaints and hazards logs, which record each case by
        a reference only, never by a tenant's name or address.
      </p>
      ${complaintsPart(findings)} ${hazardsPart(findings)} ${quartilesPart(findings)}
      ${publicationPart(findings)}`
  );
}

/** A complaint's or a hazard's reference, kept on one line. */
const reference = (ref: string): Html => html`<span class="ref">${ref}</span>`;

// -------------------------------------------------------------------------------------------------
// Complaints

function complaintsPart(findings: Findings): Html {
  const { complaints, overdueClocks, kpis, measureMismatches } = findings;
  const heading = html`<h3 id="complaints-code-heading">
    Complaints and the Complaint Handling Code
  </h3>`;
  if (!complaints)
    return html`${heading}
      <p class="none">
        The workbook has no complaints log with the dates complaints were answered, so the Code's
        time limits cannot be checked.
      </p>`;
  const overdue = overdueClocks.filter((clock) => clock.kind === "complaint");
  const extensions = extensionsBeyondCodeSentences(complaints);
  return html`${heading}
    <p>
      The Housing Ombudsman's Complaint Handling Code sets how quickly a complaint must be
      acknowledged and answered: at stage 1, and again at stage 2 if the tenant asks for the
      complaint to be taken further.
    </p>
    <p>${complaintsSentence(complaints)}</p>
    <h4 id="complaint-stages-heading">Complaints by stage</h4>
    <p>Each complaint is counted once, at the stage it has reached.</p>
    ${table(
      { labelledBy: "complaint-stages-heading" },
      [
        "Stage",
        "Complaints",
        "Answered within the Code",
        "Answered late",
        "Overdue",
        "Not yet due",
      ],
      complaintsByStage(complaints).map((s) => [
        `Stage ${s.stage}`,
        s.complaints,
        s.within,
        s.late,
        s.overdue,
        s.open,
      ]),
      "complaint-stages"
    )}
    ${headedTable(
      "overdue-complaints",
      "Overdue complaints",
      "No complaint is overdue.",
      ["Complaint", "What is overdue", "Was due", "Overdue by"],
      overdue.map((clock) => [
        reference(clock.reference),
        overdueStepWords(clock),
        dueWords(clock),
        statusLabel(`Overdue: ${clock.overdueBy}`, "bad"),
      ])
    )}
    ${
      extensions.length > 0 &&
      html`<h4 id="extensions-heading">Extended beyond what the Code allows</h4>
        <ul class="extensions">
          ${extensions.map((e) => html`<li>${e}</li>`)}
        </ul>`
    }
    ${loggedPart(kpis, measureMismatches)}`;
}

/** CH02 from the log beside the reported figures, and every reported figure the log does not bear out. */
function loggedPart(kpis: KpiFinding[], mismatches: Findings["measureMismatches"]): Html {
  const rows = loggedComparisons(kpis, mismatches);
  return html`<h4 id="logged-measures-heading">
      Complaints answered within the Code: the log beside the reported figures
    </h4>
    ${
      rows.length === 0
        ? html`<p class="none">
            No complaint in the log has been answered yet, so there is nothing to work out.
          </p>`
        : html`<p>
              The share of complaints answered within the Code's time limits is one of the
              Regulator's Tenant Satisfaction Measures. Here it is worked out from the log, by the
              date of each answer, beside the figure the landlord reports for the same year. TSM
              years run from April to March.
            </p>
            ${table(
              { labelledBy: "logged-measures-heading" },
              ["Measure and period", "From the complaints log", "Reported by the landlord"],
              rows.map((row) => [
                html`<strong>${row.measure}</strong><br /><span class="kind"
                    >${row.period} (${row.code})</span
                  >`,
                row.fromLog,
                row.reported === undefined
                  ? "Not reported"
                  : row.differs
                    ? html`${row.reported} ${statusLabel("Differs from the log", "bad")}`
                    : row.reported,
              ]),
              "logged-measures"
            )}`
    }
    ${
      mismatches.length > 0 &&
      html`<ul class="mismatches">
        ${mismatches.map(
          (m) =>
            html`<li>
              ${statusLabel("Does not match the log", "bad")} ${mismatchSentence(m)} The panel may
              wish to ask the landlord why.
            </li>`
        )}
      </ul>`
    }`;
}

// -------------------------------------------------------------------------------------------------
// Hazards

function hazardsPart({ hazards }: Findings): Html {
  const heading = html`<h3 id="hazards-heading">Hazards and Awaab's Law</h3>`;
  if (!hazards)
    return html`${heading}
      <p class="none">
        The workbook has no hazards log, so Awaab's Law's time limits cannot be checked.
      </p>`;
  const covered = hazards.filter((h) => h.inScope);
  const open = covered.filter((h) => h.nextStep !== undefined);
  const overdueSteps = covered.flatMap((h) => h.overdueSteps.map((step) => ({ h, step })));
  const late = covered.flatMap((h) => h.breaches.map((step) => ({ h, step })));
  const outside = hazards.filter((h) => !h.inScope);
  return html`${heading}
    <p>
      Awaab's Law sets time limits for a landlord to deal with hazards such as damp and mould: to
      investigate, to tell the tenant in writing what it found, and to start the work needed. An
      emergency hazard must be investigated and made safe within 24 hours, counted by the clock.
    </p>
    <p>${hazardsSentences(hazards).join(" ")}</p>
    ${headedTable(
      "open-hazards",
      "Hazards with a step still to do",
      "No hazard covered by Awaab's Law has a step still to do.",
      ["Hazard", "Type", "Category", "Next step", "Due", "Status"],
      open.map((h) => [
        reference(h.reference),
        h.hazard ?? "Not given",
        h.category,
        h.nextStep?.step ?? "",
        h.nextStep ? dueWords(h.nextStep) : "",
        h.overdue ? statusLabel("Overdue", "bad") : statusLabel("Not yet due", "plain"),
      ])
    )}
    ${headedTable(
      "overdue-steps",
      "Overdue steps",
      "No step is overdue.",
      ["Hazard", "Step", "Was due", "Overdue by"],
      overdueSteps.map(({ h, step }) => [
        reference(h.reference),
        html`${step.step}${
          withoutAlternative(h, step.step)
            ? html`<br />${statusLabel("No alternative accommodation offered", "bad")}`
            : ""
        }`,
        dueWords(step),
        statusLabel(`Overdue: ${step.late ?? "past its due date"}`, "bad"),
      ])
    )}
    ${headedTable(
      "late-steps",
      "Steps done late",
      "No step was done late.",
      ["Hazard", "Step", "Was due", "Done", "How late"],
      late.map(({ h, step }) => [
        reference(h.reference),
        step.step,
        dueWords(step),
        doneWords(step),
        statusLabel(`Late: ${step.late ?? "after its due date"}`, "warn"),
      ])
    )}
    ${
      outside.length > 0 &&
      html`<h4 id="not-covered-heading">Not covered by Awaab's Law</h4>
        <p>Shown so that nothing is hidden; not counted in the figures above.</p>
        <ul class="not-covered">
          ${outside.map(
            (h) =>
              html`<li>
                ${statusLabel("Not covered", "plain")}
                ${reference(h.reference)}${h.hazard ? ` (${h.hazard})` : ""}:
                ${sentenceOf(h.notInScope ?? "not in scope")}
              </li>`
          )}
        </ul>`
    }`;
}

/** The step the law's alternative accommodation is about (making safe, or safety work) is overdue without it. */
const withoutAlternative = (h: HazardFinding, step: string): boolean =>
  h.safetyWorkOverdueWithoutAlternative &&
  (step === "Safety work" || step === "Investigate and make safe");

const sentenceOf = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;

// -------------------------------------------------------------------------------------------------
// The Tenant Satisfaction Measures against other landlords

const QUARTILE_TONES: Record<1 | 2 | 3 | 4, Tone> = { 1: "good", 2: "good", 3: "warn", 4: "bad" };

function quartileTone({ position }: BenchmarkFinding): Tone {
  if (position.kind === "quartile") return QUARTILE_TONES[position.quartile];
  if (position.kind === "half") return position.betterThanMedian ? "good" : "warn";
  return "plain";
}

function quartilesPart({ kpis }: Findings): Html {
  const heading = html`<h3 id="quartiles-heading">
    How the landlord compares with other landlords
  </h3>`;
  const placed = kpis.filter(
    (k): k is KpiFinding & { benchmark: BenchmarkFinding } => k.benchmark !== undefined
  );
  if (placed.length === 0)
    return html`${heading}
      <p class="none">
        No indicator has figures from other landlords to compare with: the workbook has no
        Benchmarks sheet, or none of its rows is an indicator with a figure.
      </p>`;
  const { sources, withoutSource } = benchmarkSources(placed);
  const figure = (kpi: KpiFinding, value: number | undefined): string =>
    value === undefined ? "Not given" : formatFigure(value, kpi.unit);
  return html`${heading}
    <p>
      For ${plural(placed.length, "indicator")}, the landlord's latest figure beside other
      landlords' published figures. A quarter of landlords have a figure below the lower quartile,
      half below the median, and three quarters below the upper quartile. Whether higher or lower is
      better depends on the measure: it is said under each.
    </p>
    ${table(
      { labelledBy: "quartiles-heading" },
      [
        "Indicator",
        "Latest figure",
        "Lower quartile",
        "Median",
        "Upper quartile",
        "Where it stands",
      ],
      placed.map((kpi) => {
        const code = tsmCode(kpi);
        const period = latestPeriodWords(kpi);
        return [
          html`<strong>${kpi.indicator}</strong>${
              code ? html`<br /><span class="kind">${code}</span>` : ""
            }`,
          `${figure(kpi, kpi.latest?.actual)}${period ? ` (${period})` : ""}`,
          figure(kpi, kpi.benchmark.lowerQuartile),
          figure(kpi, kpi.benchmark.median),
          figure(kpi, kpi.benchmark.upperQuartile),
          standing(quartileWords(kpi), quartileTone(kpi.benchmark)),
        ];
      }),
      "quartiles"
    )}
    <p class="sources">
      ${
        sources.length > 0
          ? `Where the figures for other landlords come from, as the Benchmarks sheet gives it: ${sources.join("; ")}.`
          : "The Benchmarks sheet does not say where its figures come from."
      }
      ${
        sources.length > 0 && withoutSource.length > 0
          ? `It gives no source for ${listInWords(withoutSource)}.`
          : ""
      }
    </p>`;
}

function standing(words: QuartileWords, tone: Tone): Html {
  return html`${statusLabel(words.label, tone)}
    <p class="evidence">${words.meaning}.</p>
    ${words.direction && html`<p class="evidence">${words.direction}</p>`}`;
}

// -------------------------------------------------------------------------------------------------
// The TSM publication check

function publicationPart({ kpis, publicationGaps }: Findings): Html {
  const nameOf = measureNamer(kpis);
  return html`<h3 id="publication-heading">Publishing the Tenant Satisfaction Measures</h3>
    <p>
      The Regulator of Social Housing asks landlords to publish some details with their Tenant
      Satisfaction Measures: both parts of a measure given in two parts, the timescale a measure is
      counted against, and the size of the tenant survey behind the satisfaction figures, so that
      its accuracy can be judged.
    </p>
    ${
      publicationGaps.length > 0
        ? html`<p>The check found ${plural(publicationGaps.length, "gap")}:</p>
            <ul class="publication-gaps">
              ${publicationGaps.map((g) => {
                const words = publicationGapWords(g.gap, g.codes, nameOf);
                return html`<li>
                  ${statusLabel("Gap", "warn")} ${words.sentence}
                  <span class="kind">(${listInWords(words.codes)})</span>
                </li>`;
              })}
            </ul>`
        : reportsTenantSatisfactionMeasures(kpis)
          ? html`<p>
              No gaps: each Tenant Satisfaction Measure on the KPI sheets has what the Regulator
              asks to be published with it.
            </p>`
          : html`<p class="none">
              The KPI sheets report no Tenant Satisfaction Measures, so there is nothing to check.
            </p>`
    }`;
}

/** A table under a heading that names it, or a sentence saying there is nothing to list. */
function headedTable(
  id: string,
  heading: string,
  none: string,
  headers: string[],
  rows: Fragment[][]
): Html {
  return html`<h4 id="${id}-heading">${heading}</h4>
    ${
      rows.length === 0
        ? html`<p class="none">${none}</p>`
        : table({ labelledBy: `${id}-heading` }, headers, rows, id)
    }`;
}
