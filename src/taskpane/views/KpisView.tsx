import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { SERVICE_AREAS } from "../../domain/kpi/types";
import { Findings, KpiFinding, TriggerFinding } from "../../engine/findings";
import { canAcceptTrigger, plural } from "./format";
import { KpiIndicator } from "./KpiIndicator";
import { involvementSuggestions } from "../../engine/involvement";
import { TriggerItem } from "./TriggerItem";
import { useViewStyles } from "./viewStyles";

export interface KpisViewProps {
  findings: Findings;
  busy: boolean;
  onAcceptTrigger: (triggerKey: string) => void;
}

const NO_AREA = "No service area";

interface AreaGroup {
  area: string;
  kpis: KpiFinding[];
  triggers: TriggerFinding[];
}

/** Indicators and triggers by service area, in the order of §2.2 and then any others. */
export function groupByServiceArea(findings: Findings): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  const group = (area: string): AreaGroup => {
    const existing = groups.get(area);
    if (existing) return existing;
    const created: AreaGroup = { area, kpis: [], triggers: [] };
    groups.set(area, created);
    return created;
  };
  for (const kpi of findings.kpis) group(kpi.serviceArea ?? NO_AREA).kpis.push(kpi);
  for (const trigger of findings.triggers)
    group(trigger.serviceArea || NO_AREA).triggers.push(trigger);
  const rank = (area: string): number => {
    const index = (SERVICE_AREAS as readonly string[]).indexOf(area);
    return index === -1 ? SERVICE_AREAS.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.area) - rank(b.area));
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
});

/**
 * KPIs and review triggers (§2.2, §11.2): a section per service area that opens and closes. Native
 * details and summary elements: keyboard and screen readers know them, and they cost the page nothing
 * (Fluent's Accordion and its motion weighed 4 KB gzip).
 */
export function KpisView({ findings, busy, onAcceptTrigger }: KpisViewProps): React.JSX.Element {
  const styles = useViewStyles();
  const areaStyles = useAreaStyles();
  const groups = groupByServiceArea(findings);
  // Areas with a trigger waiting for the panel open at first: that is where the decisions are.
  const waiting = groups
    .filter((g) => g.triggers.some((t) => canAcceptTrigger(t.panelDecision)))
    .map((g) => g.area);
  return (
    <>
      <Subtitle2 as="h2">KPIs and triggers</Subtitle2>
      {groups.length === 0 && (
        <Body1 as="p">
          No KPI sheets found: a KPI sheet has an Indicator column (see WORKBOOK.md).
        </Body1>
      )}
      <div>
        {groups.map(({ area, kpis, triggers }) => (
          <details key={area} className={areaStyles.area} open={waiting.includes(area)}>
            <summary className={areaStyles.summary}>
              {area}: {plural(kpis.length, "indicator", "indicators")},{" "}
              {plural(triggers.length, "trigger", "triggers")}
            </summary>
            <div className={areaStyles.panel}>
              <div className={styles.section}>
                {kpis.length > 0 && (
                  <ul className={styles.list} aria-label={`Indicators: ${area}`}>
                    {kpis.map((kpi) => (
                      <KpiIndicator key={`${kpi.sheet}|${kpi.indicator}`} kpi={kpi} />
                    ))}
                  </ul>
                )}
                {triggers.length > 0 && (
                  <ul className={styles.list} aria-label={`Review triggers: ${area}`}>
                    {triggers.map((trigger) => (
                      <TriggerItem
                        key={trigger.key}
                        trigger={trigger}
                        busy={busy}
                        onAccept={onAcceptTrigger}
                        suggestions={
                          trigger.panelDecision === "Accepted into programme"
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
