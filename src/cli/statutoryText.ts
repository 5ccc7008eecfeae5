import { formatUkDate } from "../domain/calendar/days";
import { figure } from "../engine/kpis";
import { Findings, HazardFinding, KpiFinding } from "../engine/findings";

/**
 * The statutory clocks, in the command line's plain words: what is overdue under the Complaint Handling Code and
 * Awaab's Law with its due date, CH02 worked out from the complaints log, where the measures stand
 * against the Benchmarks sheet, and the gaps the TSM publication check found. Each block ends with a
 * blank line; a workbook with no logs, benchmarks or Tenant Satisfaction Measures gets none.
 */
export function statutoryLines(findings: Findings): string[] {
  return [
    ...overdueLines(findings),
    ...complaintLines(findings),
    ...hazardLines(findings.hazards),
    ...quartileLines(findings.kpis),
    ...publicationLines(findings),
  ];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function overdueLines({ overdueClocks, hazards, complaints, asOf }: Findings): string[] {
  if (!complaints && !hazards) return [];
  if (overdueClocks.length === 0)
    return [`Overdue at ${formatUkDate(asOf)}: no complaint or hazard is overdue`, ""];
  const complaintsOverdue = overdueClocks.filter((c) => c.kind === "complaint").length;
  const hazardsOverdue = overdueClocks.length - complaintsOverdue;
  const byReference = new Map((hazards ?? []).map((h) => [h.reference, h]));
  return [
    `Overdue at ${formatUkDate(asOf)}: ${plural(complaintsOverdue, "complaint")} and ${plural(hazardsOverdue, "hazard")} (the earliest due first)`,
    ...overdueClocks.map((clock) => {
      const hazard = clock.kind === "hazard" ? byReference.get(clock.reference) : undefined;
      const what =
        clock.kind === "complaint"
          ? `Complaint ${clock.reference}: ${clock.step}`
          : `Hazard ${clock.reference}${hazard?.hazard ? ` (${hazard.hazard})` : ""}: ${clock.step}`;
      const noAlternative = hazard?.safetyWorkOverdueWithoutAlternative
        ? "; no alternative accommodation offered"
        : "";
      return `  ${what} due ${clock.dueText}, ${clock.overdueBy} overdue${noAlternative} (${clock.where})`;
    }),
    "",
  ];
}

function complaintLines({ complaints, kpis }: Findings): string[] {
  if (!complaints) return [];
  const count = (kind: string) => complaints.filter((c) => c.status.kind === kind).length;
  const lines = [
    `Complaints log (Complaint Handling Code): ${plural(complaints.length, "complaint")}: ${count("within")} answered within the Code, ${count("late")} answered late, ${count("overdue")} overdue, ${count("open")} open`,
  ];
  for (const kpi of kpis.filter((k) => k.fromLog?.code.startsWith("CH02"))) {
    const log = kpi.fromLog as NonNullable<KpiFinding["fromLog"]>;
    const part = (value: number | undefined, counts: string, period: string) =>
      value === undefined
        ? `${counts} in ${period}`
        : `${figure(value, "%")} in ${period} (${counts})`;
    lines.push(
      `  ${log.code} from the log: ${part(log.yearToDate.figure, log.yearToDate.counts, log.yearToDate.period)}; ${part(log.recent.figure, log.recent.counts, log.recent.period)}`
    );
  }
  for (const c of complaints.filter((c) => c.extensionsBeyondCode.length > 0))
    for (const e of c.extensionsBeyondCode)
      lines.push(
        `  Extension beyond the Code: ${c.reference ?? `received ${formatUkDate(c.received)}`}: stage ${e.stage} extended to ${formatUkDate(e.to)}, ${plural(e.workingDays, "working day")} after the Code's limit of ${formatUkDate(e.limit)}`
      );
  return [...lines, ""];
}

function hazardLines(hazards: HazardFinding[] | undefined): string[] {
  if (!hazards) return [];
  const inScope = hazards.filter((h) => h.inScope);
  const lines = [
    `Hazards log (Awaab's Law): ${plural(hazards.length, "hazard")}: ${inScope.filter((h) => h.overdue).length} overdue, ${inScope.filter((h) => h.breaches.length > 0).length} with a step done late, ${hazards.length - inScope.length} not in scope`,
  ];
  for (const h of inScope.filter((h) => !h.overdue && h.nextStep))
    lines.push(`  Next: ${h.reference}: ${h.nextStepText} due ${h.nextStep?.dueText}`);
  for (const h of inScope.filter((h) => h.breaches.length > 0))
    lines.push(
      `  Done late: ${h.reference}: ${h.breaches.map((b) => `${b.step} ${b.late} late`).join("; ")}`
    );
  for (const h of hazards.filter((h) => !h.inScope))
    lines.push(`  Not in scope (not counted): ${h.reference}: ${h.notInScope}`);
  return [...lines, ""];
}

function quartileLines(kpis: KpiFinding[]): string[] {
  const placed = kpis.filter((k) => k.benchmark);
  if (placed.length === 0) return [];
  return [
    `Against the Benchmarks sheet (${plural(placed.length, "indicator")})`,
    ...placed.map(
      (k) =>
        `  ${k.indicator}${k.code ? ` (${k.code})` : ""}: ${figure(k.latest?.actual, k.unit)}, ${k.benchmark?.quartile}`
    ),
    "",
  ];
}

function publicationLines({ publicationGaps, measureMismatches }: Findings): string[] {
  const lines: string[] = [];
  if (publicationGaps.length > 0)
    lines.push(
      `TSM publication check: ${plural(publicationGaps.length, "gap")}`,
      ...publicationGaps.map((gap) => `  ${gap.message} (${gap.where})`)
    );
  if (measureMismatches.length > 0)
    lines.push(
      `Reported figures the complaints log does not bear out (${measureMismatches.length})`,
      ...measureMismatches.map(
        (m) =>
          `  ${m.code} for ${m.period}: reported ${figure(m.reported, m.unit)}, the log gives ${figure(m.fromLog, m.unit)} (${m.where})`
      )
    );
  return lines.length > 0 ? [...lines, ""] : [];
}
