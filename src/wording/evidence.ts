import { formatMonth } from "../domain/calendar/days";
import { RatedPeriod } from "../domain/kpi/triggers";
import { KpiFinding, TriggerFinding } from "../engine/findings";
import { withoutClauses } from "./clauses";
import { formatFigure, monthInFull, periodNoun, plural } from "./figures";

/** A trigger's evidence for people: one sentence, the periods behind it, and the cells they came from. */
export interface EvidenceWords {
  /** "Below target for 7 months running since April 2026; latest 96% against 97%". */
  sentence: string;
  /** Each period of the evidence, oldest first: "Apr 2026: 96.1% against 97% (near miss)". */
  periods: string[];
  /** The cells the figures came from, as addresses ("'KPI - Rent'!J3"), for a "show cells" link. */
  cells: string[];
}

/** The indicator a responsive trigger is about: its name is the trigger's subject. */
export function kpiOfTrigger(trigger: TriggerFinding, kpis: KpiFinding[]): KpiFinding | undefined {
  if (trigger.type !== "Responsive") return undefined;
  return kpis.find((kpi) => kpi.trigger && kpi.indicator === trigger.subject);
}

/**
 * A responsive trigger's evidence in a sentence, from the indicator's rated periods (the engine's
 * evidence text lists every period in one line). The side of the target is said the way the indicator
 * runs: below target when higher is better, above it when lower is better.
 */
export function kpiEvidenceWords(kpi: KpiFinding): EvidenceWords | undefined {
  const trigger = kpi.trigger;
  const latest = kpi.latest;
  if (!trigger || !latest || latest.actual === undefined) return undefined;
  const figure = (value: number | undefined): string =>
    value === undefined ? "no figure" : formatFigure(value, kpi.unit);
  const run = trigger.evidence;
  const noun = periodNoun(kpi.periods.map((p) => p.period));
  const side = kpi.polarity === "lower" ? "Above target" : "Below target";
  const lowerIsBetter = kpi.polarity === "lower" ? " (lower is better)" : "";
  const first = run[0];
  const running =
    first && run.length >= 2
      ? `${side} for ${plural(run.length, noun.one, noun.many)} running since ${monthInFull(first.period)}`
      : undefined;
  const latestWords = `${figure(latest.actual)} against ${figure(latest.target)}`;
  const sentence = trigger.reasons.includes("consecutive periods worse than target")
    ? `${running}; latest ${latestWords}${lowerIsBetter}`
    : `Missed its target in ${monthInFull(latest.period)}: ${latestWords}${lowerIsBetter}${
        running ? `; ${running.charAt(0).toLowerCase()}${running.slice(1)}` : ""
      }`;
  const periods = (run.length > 0 ? run : [latest]).map(
    (p: RatedPeriod) =>
      `${formatMonth(p.period)}: ${figure(p.actual)} against ${figure(p.target)} (${p.status.toLowerCase()})`
  );
  return { sentence, periods, cells: kpi.triggerSources ?? (kpi.source ? [kpi.source] : []) };
}

/**
 * Any trigger's evidence for people: a responsive trigger's from its indicator, when the scan has it;
 * otherwise (a complaints theme) the engine's own words without the clause numbers.
 */
export function triggerEvidenceWords(trigger: TriggerFinding, kpis: KpiFinding[]): EvidenceWords {
  const kpi = kpiOfTrigger(trigger, kpis);
  const words = kpi && kpiEvidenceWords(kpi);
  if (words) return words;
  return { sentence: withoutClauses(trigger.evidence).words, periods: [], cells: [] };
}
