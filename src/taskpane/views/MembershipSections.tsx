import * as React from "react";
import { Body1, Button, Subtitle2, Text } from "@fluentui/react-components";
import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { RenewalFinding, RepresentationFinding } from "../../engine/findings";
import { plural } from "./format";
import { RuleNote } from "./RuleNote";
import { StatusBadge } from "./StatusBadge";
import { useViewStyles } from "./viewStyles";

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export interface RenewalSectionProps {
  /** This panel year's renewal, from the scan. */
  renewal: RenewalFinding;
  /** The same for another panel year (engine/renewal.ts renewalForYear), for looking ahead. */
  renewalIn?: (panelYear: number) => RenewalFinding;
}

/** §15.2 renewal by rotation, terms ending and vacant places (§4.1), this year or another. */
export function RenewalSection({
  renewal: current,
  renewalIn,
}: RenewalSectionProps): React.JSX.Element {
  const styles = useViewStyles();
  const [panelYear, setPanelYear] = React.useState(current.panelYear);
  const renewal = panelYear === current.panelYear || !renewalIn ? current : renewalIn(panelYear);
  const year = panelYearLabel(renewal.panelYear);
  return (
    <section className={styles.section} aria-labelledby="renewal">
      <Subtitle2 as="h3" id="renewal">
        Membership renewal in {year}
      </Subtitle2>
      {renewalIn && (
        <span className={styles.line}>
          <Button
            size="small"
            className={styles.focusRing}
            onClick={() => setPanelYear((y) => y - 1)}
          >
            Year before
          </Button>
          <Button
            size="small"
            className={styles.focusRing}
            onClick={() => setPanelYear((y) => y + 1)}
          >
            Year after
          </Button>
        </span>
      )}
      <Body1 as="p">
        {renewal.groupDue
          ? `By rotation, ${renewal.groupDue} members are due for renewal: ${
              renewal.dueForRenewal.map((m) => m.name).join(", ") || "none on the roll"
            }.`
          : "No group is due for renewal by rotation this year."}
      </Body1>
      {renewal.termsEnding.length > 0 && (
        <Body1 as="p">
          Three-year terms ending:{" "}
          {renewal.termsEnding.map((m) => `${m.name} (${formatUkDate(m.termEnd)})`).join(", ")}.
        </Body1>
      )}
      <ul className={styles.list} aria-label={`Places in ${year}`}>
        {renewal.places.map((p) => (
          <li key={p.group} className={styles.line}>
            <Text weight="semibold">{p.group}</Text>
            <Text>
              {p.filled} of {p.places} places filled
            </Text>
            {p.vacant > 0 && <StatusBadge colour="warning">{p.vacant} vacant</StatusBadge>}
          </li>
        ))}
      </ul>
      <RuleNote clauses={["§15.2", "§4.1"]} />
    </section>
  );
}

/** §4.4: members against all tenants by age band and ethnicity, with the groups to reach. */
export function RepresentationSection({
  representation,
}: {
  representation: RepresentationFinding;
}): React.JSX.Element {
  const styles = useViewStyles();
  const dimensions = ["Age band", "Ethnicity"] as const;
  return (
    <section className={styles.section} aria-labelledby="representation">
      <Subtitle2 as="h3" id="representation">
        Is the panel representative?
      </Subtitle2>
      {representation.figuresDate !== undefined && (
        <Body1 as="p" className={styles.muted}>
          Tenant figures dated {formatUkDate(representation.figuresDate)}.
        </Body1>
      )}
      {dimensions.map((dimension) => (
        <div key={dimension} className={styles.section}>
          <Text weight="semibold">{dimension}</Text>
          <ul className={styles.list}>
            {representation.groups
              .filter((g) => g.dimension === dimension)
              .map((g) => (
                <li key={g.group} className={styles.line}>
                  <Text>{g.group}</Text>
                  <Text className={styles.muted}>
                    members {percent(g.memberShare)} ({g.members}), tenants {percent(g.tenantShare)}
                  </Text>
                  {g.flag && (
                    <StatusBadge colour={g.flag === "No member" ? "danger" : "warning"}>
                      {g.flag}
                    </StatusBadge>
                  )}
                </li>
              ))}
          </ul>
          {representation.unanswered[dimension] > 0 && (
            <Text className={styles.muted}>
              {plural(representation.unanswered[dimension], "member")} did not say (it is optional).
            </Text>
          )}
        </div>
      ))}
      <RuleNote clauses={["§4.4"]} />
    </section>
  );
}
