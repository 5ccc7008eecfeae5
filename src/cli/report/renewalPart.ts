import { formatUkDate } from "../../domain/calendar/days";
import { panelYearLabel } from "../../domain/calendar/panelYear";
import { RenewalFinding } from "../../engine/findings";
import { html, Html, plural, table } from "./html";

/** §15.2 rotation, §4.1 places and three-year terms for the panel year: shown when the scan gives it. */
export function renewalPart(renewal: RenewalFinding): Html {
  const year = panelYearLabel(renewal.panelYear);
  return html`<h3>Renewal of membership</h3>
    <p>
      ${
        renewal.groupDue
          ? `In ${year} the ${renewal.groupDue} members are due for renewal by rotation (§15.2).`
          : `No group is due for renewal by rotation in ${year} (§15.2).`
      }
    </p>
    ${
      renewal.dueForRenewal.length === 0
        ? html`<p class="none">No member is due for renewal in ${year}.</p>`
        : table(
            `Members due for renewal in ${year}`,
            ["Name", "Group"],
            renewal.dueForRenewal.map((m) => [m.name, m.group]),
            "renewal-due"
          )
    }
    ${
      renewal.termsEnding.length === 0
        ? html`<p class="none">No member's term ends in ${year}.</p>`
        : table(
            `Terms ending in ${year}`,
            ["Name", "Group", "Term ends"],
            renewal.termsEnding.map((m) => [m.name, m.group, formatUkDate(m.termEnd)]),
            "terms-ending"
          )
    }
    ${
      renewal.places.length === 0
        ? ""
        : table(
            "Places by group (§4.1): filled and vacant",
            ["Group", "Places", "Filled", "Vacant"],
            renewal.places.map((p) => [
              p.group,
              p.places,
              p.filled,
              p.vacant === 0 ? "None" : plural(p.vacant, "vacancy", "vacancies"),
            ]),
            "places"
          )
    }`;
}
