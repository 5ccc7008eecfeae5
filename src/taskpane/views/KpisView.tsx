import * as React from "react";
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Findings, KpiFinding, TriggerFinding } from "../../engine/findings";
import { involvementSuggestions } from "../../engine/involvement";
import { kpiOfTrigger, triggerEvidenceWords } from "../../wording/evidence";
import { byAreaOrder, OTHER_INDICATORS, placedServiceArea } from "../../wording/serviceAreas";
import { TREND_LEGEND } from "../../wording/trends";
import type { ActionFeedback } from "../usePanel";
import { plural } from "./format";
import { KpiIndicator } from "./KpiIndicator";
import { TriggerItem } from "./TriggerItem";
import { useViewStyles } from "./viewStyles";

export interface KpisViewProps {
  findings: Findings;
  busy: boolean;
  /** The latest "add to review programme": its trigger stays in view with the confirmation. */
  accepted?: ActionFeedback;
  /** The latest "show cell", said beside its link. */
  selected?: ActionFeedback;
  onAcceptTrigger: (triggerKey: string) => void;
  onShowCell: (address: string) => void;
}

interface AreaGroup {
  area: string;
  kpis: KpiFinding[];
  triggers: TriggerFinding[];
}

/**
 * Indicators and triggers by service area, in the order of §2.2 and then any others; an indicator with
 * no service area is placed by its sheet's name, else under Other indicators (wording/serviceAreas.ts).
 */
export function groupByServiceArea(findings: Findings): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  const group = (area: string): AreaGroup => {
    const existing = groups.get(area);
    if (existing) return existing;
    const created: AreaGroup = { area, kpis: [], triggers: [] };
    groups.set(area, created);
    return created;
  };
  for (const kpi of findings.kpis) group(placedServiceArea(kpi)).kpis.push(kpi);
  for (const trigger of findings.triggers) {
    // A trigger goes with its indicator when it names no service area of its own.
    const kpi = kpiOfTrigger(trigger, findings.kpis);
    const area = trigger.serviceArea || (kpi ? placedServiceArea(kpi) : OTHER_INDICATORS);
    group(area).triggers.push(trigger);
  }
  return byAreaOrder(groups).map(([, g]) => g);
}

const useAreaStyles = makeStyles({
  area: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  summary: {
    cursor: "pointer",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
  legend: { color: tokens.colorNeutralForeground2 },
});

/** The areas open when the view is first shown: those with a trigger waiting, or just accepted. */
function initiallyOpen(groups: AreaGroup[], accepted?: ActionFeedback): Set<string> {
  return new Set(
    groups
      .filter((g) => g.triggers.some((t) => t.canAccept || t.key === accepted?.target))
      .map((g) => g.area)
  );
}

/**
 * KPIs and review triggers (§2.2, §11.2): a section per service area that opens and closes. Native
 * details and summary elements: keyboard and screen readers know them, and they cost the page nothing
 * (Fluent's Accordion and its motion weighed 4 KB gzip). An area stays as the person left it, open or
 * closed, whatever a scan or an action changes (accepting a trigger closed its area).
 */
export function KpisView({
  findings,
  busy,
  accepted,
  selected,
  onAcceptTrigger,
  onShowCell,
}: KpisViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const areaStyles = useAreaStyles();
  const groups = groupByServiceArea(findings);
  const [open, setOpen] = React.useState(() => initiallyOpen(groups, accepted));
  const toggled = (area: string, isOpen: boolean): void =>
    setOpen((previous) => {
      if (previous.has(area) === isOpen) return previous;
      const next = new Set(previous);
      if (isOpen) next.add(area);
      else next.delete(area);
      return next;
    });
  return (
    <>
      <Subtitle2 as="h2">KPIs and triggers</Subtitle2>
      {groups.length === 0 && (
        <Body1 as="p">
          No KPI sheets found: a KPI sheet has an Indicator column (see docs/workbook.md).
        </Body1>
      )}
      {groups.length > 0 && (
        <section aria-label="How to read the trends" className={styles.section}>
          <Caption1 as="p" className={areaStyles.legend}>
            {TREND_LEGEND.arrows}
          </Caption1>
          <Caption1 as="p" className={areaStyles.legend}>
            {TREND_LEGEND.lines}
          </Caption1>
        </section>
      )}
      <div>
        {groups.map(({ area, kpis, triggers }) => (
          <details
            key={area}
            className={areaStyles.area}
            open={open.has(area)}
            onToggle={(event) => toggled(area, event.currentTarget.open)}
          >
            <summary className={areaStyles.summary}>
              {area}: {plural(kpis.length, "indicator")}, {plural(triggers.length, "trigger")}
            </summary>
            <div className={areaStyles.panel}>
              <div className={styles.section}>
                {kpis.length > 0 && (
                  <ul className={styles.list} aria-label={`Indicators: ${area}`}>
                    {kpis.map((kpi) => (
                      <KpiIndicator
                        key={`${kpi.sheet}|${kpi.indicator}`}
                        kpi={kpi}
                        selected={selected}
                        onShowCell={onShowCell}
                      />
                    ))}
                  </ul>
                )}
                {triggers.length > 0 && (
                  <ul className={styles.list} aria-label={`Review triggers: ${area}`}>
                    {triggers.map((trigger) => (
                      <TriggerItem
                        key={trigger.key}
                        trigger={trigger}
                        evidence={triggerEvidenceWords(trigger, findings.kpis)}
                        busy={busy}
                        onAccept={onAcceptTrigger}
                        accepted={accepted}
                        selected={selected}
                        onShowCell={onShowCell}
                        suggestions={
                          trigger.acceptedIntoProgramme
                            ? involvementSuggestions(findings, trigger.serviceArea)
                            : undefined
                        }
                      />
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </details>
        ))}
      </div>
    </>
  );
}
