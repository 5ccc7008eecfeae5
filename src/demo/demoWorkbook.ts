import { dayFromIso } from "../domain/calendar/days";
import { MemorySheet } from "../workbook/memorySheet";
import { involvement, tenantProfile } from "./involvement";
import { rentKpis, satisfactionKpis, serviceKpis } from "./kpis";
import { attendance, meetings, members } from "./members";
import { recommendations, reviews } from "./reviews";
import { complaintsLog, hazardsLog } from "./statutoryLogs";
import { benchmarks, tsmSurvey, withTsmPublication } from "./tsm";

/**
 * A realistic sample panel workbook (made-up people and figures) to try the add-in on: `tosp demo`
 * writes it, the pane opens it outside Excel, the tests scan it. Judged at 23/11/2026 it has a lapsed
 * member, one at risk, one with training to finish (and one lapsed with training unfinished), one not
 * eligible, a term ending soon, an inquorate meeting, an interim meeting called at short notice, an
 * overdue information request, an impact assessment due, responsive triggers on both KPI layouts and a
 * complaints theme; groups of tenants the membership leaves out or under-represents (§4.4), the Silver
 * Service Forum due for renewal with a term ending (§15.2, §15.1), an involvement pool to draw task
 * teams from, and two recommendations for You said, we did; a complaints log and a hazards log with
 * complaints and hazards overdue, answered late and made safe across the October clock change, a TSM
 * survey too small for ±4 points, CH01 published without its second part and CH02 the log does not bear
 * out, and benchmarks with TP09 in the bottom quartile (docs/rules.md). Every name, reference and
 * figure is made up (the TSM survey and Benchmarks sheets say so in their Source cells).
 */
export const DEMO_AS_OF = dayFromIso("2026-11-23");

export { DEMO_MEETINGS } from "./members";

export function demoWorkbook(): MemorySheet[] {
  return [
    members(),
    attendance(),
    meetings(),
    reviews(),
    recommendations(),
    // The Complaints log, with the Complaint Handling Code's dates.
    complaintsLog(),
    rentKpis(),
    serviceKpis(),
    withTsmPublication(satisfactionKpis()),
    tenantProfile(),
    involvement(),
    hazardsLog(),
    tsmSurvey(),
    benchmarks(),
  ];
}
