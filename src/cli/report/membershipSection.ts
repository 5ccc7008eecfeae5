import { addMonths, formatUkDate } from "../../domain/calendar/days";
import { quorumNeeded } from "../../domain/meetings/quorum";
import { MEMBER_STATUSES, MemberStatus } from "../../domain/members/status";
import { Findings, MeetingFinding, MemberFinding } from "../../engine/findings";
import { html, Html, plural, section, statusLabel, table, Tone } from "./html";
import { renewalPart } from "./renewalPart";
import { representationPart } from "./representationPart";

export const MEMBER_TONES: Record<MemberStatus, Tone> = {
  "Not eligible": "bad",
  Lapsed: "bad",
  "Term ended": "warn",
  "Training incomplete": "warn",
  "At risk of lapse": "warn",
  Active: "good",
};

/** Members by status with their reasons, meetings and quorum, composition, renewal, representativeness. */
export function membershipSection(findings: Findings): Html {
  return section(
    "membership",
    "Attendance and membership",
    html`${membersPart(findings)} ${meetingsPart(findings)} ${compositionPart(findings)}
    ${findings.renewal ? renewalPart(findings.renewal) : ""}
    ${findings.representation ? representationPart(findings.representation) : ""}`
  );
}

function membersPart({ members, summary }: Findings): Html {
  if (members.length === 0)
    return html`<h3>Members</h3>
      <p class="none">No members: the workbook has no Members sheet.</p>`;
  return html`<h3>Members by status</h3>
    ${table(
      "How many members have each status",
      ["Status", "Members"],
      MEMBER_STATUSES.map((s) => [statusLabel(s, MEMBER_TONES[s]), summary.membersByStatus[s]]),
      "member-counts"
    )}
    ${table(
      "Each member's status and the reasons for it",
      ["Name", "Group", "Status", "Attendance", "Reasons"],
      members.map((m) => [
        m.name,
        m.group,
        statusLabel(m.status, MEMBER_TONES[m.status]),
        attendanceText(m),
        m.reasons.length === 0 ? "None" : m.reasons.join("; "),
      ]),
      "members"
    )}`;
}

function attendanceText({ lapse }: MemberFinding): string {
  if (lapse.kind === "Lapsed") return `Place lapsed on ${formatUkDate(lapse.on)}`;
  const run = lapse.currentRun === 0 ? "" : `; ${plural(lapse.currentRun, "absence")} in a row`;
  return `${plural(lapse.absencesIn12Months, "absence")} in 12 months${run}`;
}

function meetingsPart({ meetings, meetingsInYear: year, summary, asOf }: Findings): Html {
  const next = summary.nextMeeting;
  const recent = meetings.filter((m) => m.held && m.date > addMonths(asOf, -12) && m.date <= asOf);
  return html`<h3>Meetings and quorum</h3>
    <p>
      ${plural(year.held, "meeting")} held and ${year.scheduled} still scheduled this panel year,
      against the ${year.required}
      needed${year.canReachRequired ? "" : ": the panel cannot reach that without arranging more meetings"}.
    </p>
    <p>
      ${
        next
          ? `Next meeting: ${formatUkDate(next.date)} (${next.type}), with ${plural(next.membership, "tenant member")}: ${next.membership > 0 ? `quorum is ${quorumNeeded(next.membership)} present` : "no tenant members, so no quorum"}.`
          : "Next meeting: none on the Meetings sheet."
      }
    </p>
    ${
      recent.length === 0
        ? html`<p class="none">No meetings held in the 12 months to ${formatUkDate(asOf)}.</p>`
        : table(
            `Meetings held in the 12 months to ${formatUkDate(asOf)}`,
            ["Date", "Type", "Present", "Quorum", "Quorate", "Notice"],
            recent.map((m) => [
              formatUkDate(m.date),
              m.type,
              m.present === undefined ? "Not recorded" : `${m.present} of ${m.membership}`,
              m.membership > 0 ? quorumNeeded(m.membership) : "None",
              quorateLabel(m),
              m.notice ?? "",
            ]),
            "meetings"
          )
    }`;
}

function quorateLabel(m: MeetingFinding): Html | string {
  if (m.quorate === undefined) return "Not recorded";
  return m.quorate ? statusLabel("Quorate", "good") : statusLabel("Not quorate", "bad");
}

function compositionPart({ composition }: Findings): Html {
  if (!composition) return html``;
  const { counts, breaches, notes } = composition;
  return html`<h3>Composition</h3>
    ${table(
      "Members on the roll today, by group (§4.1)",
      ["Group", "Members"],
      [
        ["Tenants' Forum", counts.tenantsForum],
        ["Silver Service Forum", counts.silverServiceForum],
        ["General", counts.general],
        ["Tenant members in all", counts.tenantMembers],
        ["Deputies", counts.deputies],
        ["Co-optees", counts.coOptees],
      ],
      "composition"
    )}
    ${
      breaches.length === 0
        ? html`<p>
            ${statusLabel("Within the limits", "good")} No group has more members than the terms of
            reference allow (§4.1).
          </p>`
        : html`<ul>
            ${breaches.map((b) => html`<li>${statusLabel("Breach", "bad")} ${b}</li>`)}
          </ul>`
    }
    ${
      notes.length > 0
        ? html`<ul>
            ${notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : ""
    }`;
}
