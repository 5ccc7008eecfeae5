import { formatUkDate } from "../../domain/calendar/days";
import { RepresentationFinding, RepresentationGroup } from "../../engine/findings";
import { shareChart } from "./charts";
import { formatShare, html, Html, plural, statusLabel, table } from "./html";

const DIMENSIONS = ["Age band", "Ethnicity"] as const;

/** §4.4: members' share of each group against tenants' share, with under-represented groups named. */
export function representationPart(representation: RepresentationFinding): Html {
  const { figuresDate, groups, unanswered } = representation;
  return html`<h3>How well the panel represents tenants</h3>
    <p>
      Members' share of each group, among members who answered, against tenants'
      share${figuresDate === undefined ? "" : ` (tenant figures of ${formatUkDate(figuresDate)})`}.
      Answers are optional (§13.3).
    </p>
    ${DIMENSIONS.map((dimension) =>
      dimensionPart(
        dimension,
        groups.filter((g) => g.dimension === dimension),
        unanswered[dimension]
      )
    )}`;
}

function dimensionPart(
  dimension: (typeof DIMENSIONS)[number],
  groups: RepresentationGroup[],
  unanswered: number
): Html {
  if (groups.length === 0) return html``;
  const flagged = groups.filter((g) => g.flag !== undefined);
  const id = `representation-${dimension.toLowerCase().replace(/\W+/g, "-")}`;
  return html`<h4 id="${id}">${dimension}: members' share against tenants' share</h4>
    <p>
      ${
        flagged.length === 0
          ? "No group is under-represented."
          : `${plural(flagged.length, "group")} flagged: ${flagged.map((g) => `${g.group} (${g.flag})`).join(", ")}.`
      }
      ${plural(unanswered, "member")} on the roll gave no answer.
    </p>
    <figure class="keep">
      ${shareChart(
        `${dimension}: members' share against tenants' share`,
        groups.map((g) => ({
          group: g.group,
          memberShare: g.memberShare,
          tenantShare: g.tenantShare,
          flag: g.flag,
        })),
        formatShare
      )}
    </figure>
    ${table(
      { labelledBy: id },
      ["Group", "Tenants' share", "Members' share", "Members", "Flag"],
      groups.map((g) => [
        g.group,
        formatShare(g.tenantShare),
        formatShare(g.memberShare),
        g.members,
        g.flag === undefined
          ? "None"
          : statusLabel(g.flag, g.flag === "No member" ? "bad" : "warn"),
      ]),
      "representation"
    )}`;
}
