import { dayFromIso } from "../../domain/calendar/days";
import { MemorySheet } from "./memoryHost";
import { RawCell } from "../../workbook/snapshot";

/**
 * A realistic sample panel workbook (made-up people and figures) to try the add-in on: `tosp demo`
 * writes it, the tests scan it. Judged at 23/11/2026 it has a lapsed member, one at risk, one with
 * training to finish (and one lapsed with training unfinished), one not eligible, a term ending soon, an inquorate meeting, an interim meeting
 * called at short notice, an overdue information request, an impact assessment due, responsive
 * triggers on both KPI layouts and a complaints theme; and (issue 7) groups of tenants the membership
 * leaves out or under-represents (§4.4), the Silver Service Forum due for renewal with a term ending
 * (§15.2, §15.1), an involvement pool to draw task teams from, and two recommendations for You said,
 * we did; and (issue 16, below) a complaints log and a hazards log with complaints and hazards overdue,
 * answered late and made safe across the October clock change, a TSM survey too small for ±4 points,
 * CH01 published without its second part and CH02 the log does not bear out, and benchmarks with TP09 in
 * the bottom quartile. Every name, reference and figure is made up (the TSM survey and Benchmarks
 * sheets say so in their Source cells).
 */
export const DEMO_AS_OF = dayFromIso("2026-11-23");

const DATE = "dd/mm/yyyy";
const d = dayFromIso;

/** Second Tuesdays from October 2025, none in August (RULES.md's worked example). */
export const DEMO_MEETINGS = [
  "2025-10-14",
  "2025-11-11",
  "2025-12-09",
  "2026-01-13",
  "2026-02-10",
  "2026-03-10",
  "2026-04-14",
  "2026-05-12",
  "2026-06-09",
  "2026-07-14",
  "2026-09-08",
  "2026-10-13",
  "2026-11-10",
].map(d);

function withFormats(
  cells: RawCell[][],
  dateColumns: number[],
  fromRow = 1
): MemorySheet["formats"] {
  return cells.map((row, r) =>
    row.map((_, c) => (r >= fromRow && dateColumns.includes(c) ? DATE : undefined))
  );
}

function members(): MemorySheet {
  const cells: RawCell[][] = [
    [
      "Name",
      "Group",
      "Role",
      "Start date",
      "Training %",
      "Tenant",
      "Eviction or ASBO",
      "Employee or councillor",
      "Legal dispute",
      "Tenants' Forum member",
      "Silver Service Forum member",
      "Age band",
      "Ethnicity",
    ],
    [
      "Pat Jones",
      "Tenants' Forum",
      "Chair",
      d("2024-09-01"),
      100,
      "Y",
      "N",
      "N",
      "N",
      "Y",
      "N",
      "65–74",
      WHITE,
    ],
    [
      "Amir Khan",
      "Tenants' Forum",
      "Deputy Chair",
      d("2024-09-01"),
      95,
      "Y",
      "N",
      "N",
      "N",
      "Y",
      "N",
      "50–64",
      ASIAN,
    ],
    [
      "Bernadette O'Leary",
      "Tenants' Forum",
      "",
      d("2025-09-01"),
      90,
      "Y",
      "N",
      "N",
      "N",
      "Y",
      "N",
      "65–74",
      WHITE,
    ],
    [
      "Chen Wei",
      "Tenants' Forum",
      "",
      d("2025-09-01"),
      85,
      "Y",
      "N",
      "N",
      "N",
      "Y",
      "Y",
      "35–49",
      ASIAN,
    ],
    [
      "Doris Smith",
      "Silver Service Forum",
      "",
      d("2024-01-15"),
      100,
      "Y",
      "N",
      "N",
      "N",
      "N",
      "Y",
      "75+",
      WHITE,
    ],
    ["Emeka Obi", "General", "", d("2025-09-01"), 80, "Y", "N", "N", "N", "N", "N", "35–49", BLACK],
    [
      "Fatima Begum",
      "General",
      "",
      d("2026-04-14"),
      60,
      "Y",
      "N",
      "N",
      "N",
      "N",
      "N",
      "25–34",
      ASIAN,
    ],
    // Age band and ethnicity are optional (§13.3): George and Hannah left one blank.
    [
      "George Evans",
      "General",
      "",
      d("2025-09-01"),
      100,
      "Y",
      "N",
      "N",
      "N",
      "N",
      "N",
      "50–64",
      "",
    ],
    ["Hannah Wright", "Deputy", "", d("2025-09-01"), 50, "Y", "N", "N", "N", "N", "N", "", WHITE],
    ["Ian Patel", "Deputy", "", d("2026-09-08"), 85, "", "", "", "", "", "", "25–34", ASIAN],
  ];
  return { name: "Members", cells, formats: withFormats(cells, [3]) };
}

/** 2021 Census broad ethnic groups, as the Tenant profile and the Members sheet write them. */
const ASIAN = "Asian or Asian British";
const BLACK = "Black, Black British, Caribbean or African";
const MIXED = "Mixed or multiple";
const WHITE = "White";
const OTHER = "Other ethnic group";

function attendance(): MemorySheet {
  const rows: [string, string][] = [
    ["Pat Jones", "P P P P R P P P P P P P P"],
    ["Amir Khan", "P P P P A P P P P P P P P"],
    ["Bernadette O'Leary", "P P P P R P P P P A R A A"], // at risk: the R ended the run
    ["Chen Wei", "P A P P R P P P P P P P P"], // 10/02/2026: three apologies leave it inquorate,
    ["Doris Smith", "P P R P P P P P P P P P P"],
    ["Emeka Obi", "A A P A R P A P P A P P P"], // lapsed on 14/07/2026: 5 absences in 12 months
    ["Fatima Begum", "- - - - - - P A - A A P P"], // lapsed on 08/09/2026: 3 consecutive absences
    ["George Evans", "P P P P P P P P P P A A P"],
    ["Hannah Wright", "P P P P P P P P P P P P P"],
    ["Ian Patel", "- - - - - - - - - - P A P"], // a deputy from 08/09/2026
  ];
  const cells: RawCell[][] = [
    ["Member", ...DEMO_MEETINGS],
    ...rows.map(([name, marks]) => [name, ...marks.split(" ").map((m) => (m === "-" ? null : m))]),
  ];
  const formats = cells.map((row, r) => row.map((_, c) => (r === 0 && c > 0 ? DATE : undefined)));
  return { name: "Attendance", cells, formats };
}

function meetings(): MemorySheet {
  const future = [
    "2026-12-08",
    "2027-01-12",
    "2027-02-09",
    "2027-03-09",
    "2027-04-13",
    "2027-05-11",
  ].map(d);
  const cells: RawCell[][] = [
    ["Date", "Type", "Notice sent", "Notes"],
    ...DEMO_MEETINGS.map((date): RawCell[] => [date, "Main", null, null]),
    [d("2026-09-22"), "Interim", d("2026-09-17"), "Called by the Chair on the voids review"],
    ...future.map((date): RawCell[] => [date, "Main", null, null]),
  ];
  cells.sort((a, b) => (typeof a[0] === "number" && typeof b[0] === "number" ? a[0] - b[0] : 0));
  return { name: "Meetings", cells, formats: withFormats(cells, [0, 2]) };
}

function reviews(): MemorySheet {
  const cells: RawCell[][] = [
    [
      "Review",
      "Panel year",
      "Service area",
      "Origin",
      "Stage",
      "Information requested",
      "Alternative deadline",
      "Information received",
      "Report to team manager",
      "Manager comments received",
    ],
    [
      "Empty homes: how long they stay empty",
      "2026/27",
      "Voids and lettings",
      "Scheduled",
      "Desk-top review",
      d("2026-10-01"),
      null,
      null,
      null,
      null,
    ],
    [
      "Rent arrears letters",
      "2026/27",
      "Rent charging and recovery",
      "Scheduled",
      "Information request",
      d("2026-10-20"),
      d("2026-12-04"),
      null,
      null,
      null,
    ],
    [
      "Estate cleaning",
      "2026/27",
      "Neighbourhood management",
      "Scheduled",
      "Findings report to team manager",
      d("2026-06-02"),
      null,
      d("2026-06-25"),
      d("2026-11-16"),
      null,
    ],
    [
      "Repairs right first time",
      "2026/27",
      "Repairs and maintenance",
      "Responsive",
      "Initial report",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "Complaint handling",
      "2025/26",
      "Complaints",
      "Scheduled",
      "Monitoring accepted recommendations",
      d("2025-10-07"),
      null,
      d("2025-10-30"),
      d("2026-01-12"),
      d("2026-01-22"),
    ],
  ];
  return { name: "Reviews", cells, formats: withFormats(cells, [5, 6, 7, 8, 9]) };
}

function recommendations(): MemorySheet {
  const cells: RawCell[][] = [
    [
      "Review",
      "Recommendation",
      "Accepted",
      "Owner",
      "Due",
      "Implemented",
      "Status",
      "What changed",
    ],
    [
      "Complaint handling",
      "Acknowledge every complaint within 2 working days",
      "Y",
      "Customer Services Manager",
      d("2026-03-31"),
      d("2026-03-16"),
      "Done",
      "Complaints are now acknowledged by the next working day: 97% within 2 working days since April",
    ],
    [
      "Complaint handling",
      "Tell tenants the name of the officer handling their complaint",
      "Y",
      "Customer Services Manager",
      d("2026-06-30"),
      d("2026-07-01"),
      "Done",
      "Every complaint letter now gives the name and direct phone number of the officer handling it",
    ],
    [
      "Complaint handling",
      "Publish complaint figures in Connect each quarter",
      "N",
      "Housing Communications Officer",
      null,
      null,
      "Declined",
      null,
    ],
  ];
  return { name: "Recommendations", cells, formats: withFormats(cells, [4, 5]) };
}

/** The Complaints log: issue 16's log with the Complaint Handling Code's dates (complaintsLog below). */
function complaints(): MemorySheet {
  return complaintsLog();
}

/** A year of monthly returns, November 2025 to October 2026. */
const KPI_MONTHS = [
  "Nov-25",
  "Dec-25",
  "Jan-26",
  "Feb-26",
  "Mar-26",
  "Apr-26",
  "May-26",
  "Jun-26",
  "Jul-26",
  "Aug-26",
  "Sep-26",
  "Oct-26",
];

/** A wide row: the figures as officers type them ("97.4%" as text, days as numbers). */
const wide = (
  indicator: string,
  code: string,
  target: RawCell,
  polarity: string,
  figures: string
): RawCell[] => [
  indicator,
  code,
  target,
  polarity,
  ...figures
    .split(" ")
    .map((figure) => (figure === "-" ? null : figure.endsWith("%") ? figure : Number(figure))),
];

/** Wide layout, with a title row above the headers: rent and voids. */
function rentKpis(): MemorySheet {
  return {
    name: "KPI - Rent",
    cells: [
      ["Rent and voids performance, November 2025 to October 2026"],
      ["Indicator", "Code", "Target", "Polarity", ...KPI_MONTHS],
      // Met until March, then a near miss every month since April: 7 in a row.
      wide(
        "Rent collected as % of rent due",
        "RENT-COLLECTED",
        "97%",
        "",
        "97.4% 97.2% 97.0% 97.8% 98.1% 96.1% 96.4% 95.8% 96.0% 95.9% 96.2% 96.0%"
      ),
      wide(
        "Current tenant arrears (%)",
        "",
        "2.5%",
        "",
        "2.4% 2.4% 2.5% 2.3% 2.2% 2.3% 2.4% 2.4% 2.6% 2.5% 2.4% 2.4%"
      ),
      // Missed target in each of the last three months.
      wide("Average re-let time (days)", "", 28, "", "25 27 26 28 27 31 29 27 26 33 35 41"),
      // October's figure not in yet: No data for that month, not a miss.
      wide(
        "Rent lost on empty homes as % of rent due",
        "",
        "1.0%",
        "",
        "0.8% 0.9% 1.0% 0.9% 0.8% 0.9% 1.0% 0.8% 0.9% 0.9% 1.0% -"
      ),
      wide(
        "Households in temporary accommodation",
        "",
        "",
        "Context only",
        "98 101 104 107 110 112 118 121 119 125 131 128"
      ),
    ],
  };
}

/** Long layout: one row per indicator per month; a blank target takes the earlier one. Repairs, ASB, complaints. */
function serviceKpis(): MemorySheet {
  const series: [string, number, string][] = [
    [
      "Emergency repairs completed within target",
      99,
      "99.5 99.3 99.0 99.6 99.4 99.2 98.8 99.4 99.1 98.0 97.5 96.9",
    ],
    [
      "Repairs completed right first time",
      90,
      "92.1 91.5 90.8 91.2 90.6 91.0 90.4 88.0 86.5 85.1 87.9 86.2",
    ],
    [
      "Repair appointments made and kept",
      95,
      "95.2 96.4 95.1 96.0 97.2 96.0 95.5 97.0 96.2 95.8 96.1 95.9",
    ],
    ["ASB cases resolved", 85, "86.0 88.1 84.2 87.5 89.0 86.3 87.7 85.9 88.4 86.1 87.2 85.5"],
    [
      "Stage 1 complaints responded to within 10 working days",
      95,
      "96.1 95.0 97.3 94.2 96.8 95.5 97.0 96.4 95.9 96.6 95.2 96.9",
    ],
  ];
  const cells: RawCell[][] = [["Indicator", "Period", "Actual", "Target", "Unit"]];
  for (const [name, target, actuals] of series) {
    actuals
      .split(" ")
      .forEach((actual, i) =>
        cells.push([name, KPI_MONTHS[i] as string, Number(actual), i === 0 ? target : null, "%"])
      );
  }
  return { name: "KPI - Services", cells };
}

/** Tenant Satisfaction Measures by code (the catalogue gives polarity and service area). */
function satisfactionKpis(): MemorySheet {
  return {
    name: "TSM",
    cells: [
      ["Code", "Indicator", "Target", "2024-04", "2025-04", "2026-04"],
      ["TP01", "Overall satisfaction", 75, 71.2, 72.5, 74.0],
      ["TP09", "Satisfaction with complaints handling", 40, 33.1, 34.0, 31.5],
      ["CH01(1)", "Stage one complaints per 1,000 homes", null, 38.2, 41.0, 44.7],
      ["NM01(1)", "Anti-social behaviour cases per 1,000 homes", null, 45.0, 42.1, 39.8],
    ],
  };
}

/**
 * §4.4: the age and ethnicity of the council's tenants (made-up figures), dated in the column the
 * Tenant profile reads. Ages 16–24 and 35–49 and three ethnic groups are left out or under-represented
 * by the members on the roll at 23/11/2026.
 */
function tenantProfile(): MemorySheet {
  const dated = d("2026-04-01");
  const groups: [string, string, string][] = [
    ["Age band", "16–24", "6%"],
    ["Age band", "25–34", "17%"],
    ["Age band", "35–49", "30%"],
    ["Age band", "50–64", "24%"],
    ["Age band", "65–74", "12%"],
    ["Age band", "75+", "11%"],
    ["Ethnicity", ASIAN, "9%"],
    ["Ethnicity", BLACK, "8%"],
    ["Ethnicity", MIXED, "4%"],
    ["Ethnicity", WHITE, "76%"],
    ["Ethnicity", OTHER, "3%"],
  ];
  const cells: RawCell[][] = [
    ["Dimension", "Group", "Share", "Figures dated"],
    ...groups.map(([dimension, group, share]): RawCell[] => [dimension, group, share, dated]),
  ];
  return { name: "Tenant profile", cells, formats: withFormats(cells, [3]) };
}

/** The council report's pool of interested residents (¶25), from which task teams are drawn. */
function involvement(): MemorySheet {
  const people: [string, string, string, string, string | null, string, string][] = [
    [
      "Grace Adeyemi",
      "Repairs and maintenance; Complaints",
      "Task team, mystery shopping",
      "Scrutiny training (TPAS)",
      "2026-03-12",
      "25–34",
      BLACK,
    ],
    [
      "Tom Hughes",
      "Repairs and maintenance, Voids and lettings",
      "Telephone surveys",
      "",
      "2025-10-02",
      "65–74",
      WHITE,
    ],
    ["Priya Sharma", "Rent charging and recovery", "Task team", "Induction", null, "16–24", ASIAN],
    [
      "Margaret Doyle",
      "Neighbourhood management; repairs and maintenance",
      "Estate walkabouts",
      "Estate inspection",
      "2026-09-20",
      "75+",
      WHITE,
    ],
    [
      "Kwame Mensah",
      "Voids and lettings",
      "Site visits, shadowing",
      "Scrutiny training (TPAS)",
      "2026-06-05",
      "35–49",
      BLACK,
    ],
    ["Sofia Rossi", "Customer feedback; Complaints", "Online surveys", "", null, "35–49", MIXED],
    [
      "Daniel Lee",
      "Repairs and maintenance",
      "Mystery shopping",
      "Mystery shopping",
      "2026-01-14",
      "16–24",
      MIXED,
    ],
    [
      "Aisha Rahman",
      "Neighbourhood management, Complaints",
      "Task team",
      "Induction",
      "2026-07-30",
      "50–64",
      OTHER,
    ],
  ];
  const cells: RawCell[][] = [
    [
      "Name",
      "Interests",
      "How they like to take part",
      "Training done",
      "Last involved",
      "Age band",
      "Ethnicity",
    ],
    ...people.map(([name, interests, ways, training, last, age, ethnicity]): RawCell[] => [
      name,
      interests,
      ways,
      training === "" ? null : training,
      last === null ? null : d(last),
      age,
      ethnicity,
    ]),
  ];
  return { name: "Involvement", cells, formats: withFormats(cells, [4]) };
}

export function demoWorkbook(): MemorySheet[] {
  return [
    members(),
    attendance(),
    meetings(),
    reviews(),
    recommendations(),
    complaints(),
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

// ---------------------------------------------------------------------------------------------------
// Issue 16: the statutory clocks since 2024 and the Tenant Satisfaction Measures (made-up figures).

const DATE_TIME = "dd/mm/yyyy hh:mm";
/** A London wall-clock date and time as a cell holds it: `2026-10-24 10:00`. */
const at = (iso: string): number => {
  const [day, time] = iso.split(" ");
  const [hours, minutes] = (time ?? "00:00").split(":").map(Number);
  return d(day as string) + ((hours as number) * 60 + (minutes as number)) / 1440;
};

/**
 * The Complaints log, by reference only, with the Code's dates: the TSM year 2025/26 in full (8 of 10
 * stage 1 answers within the Code, one stage 2 within it) and 2026/27 to date: two answered late, one
 * acknowledged late and now overdue, an extension beyond the Code's 10 working days, a stage 2 complaint
 * overdue, and three not yet due. Judged at 23/11/2026 the damp and mould theme still has 5 complaints in
 * the last 3 months (§11.2).
 */
function complaintsLog(): MemorySheet {
  type Row = [
    reference: string,
    received: string,
    theme: string,
    area: string,
    acknowledged: string | null,
    extendedTo: string | null,
    responded: string | null,
    escalated?: string,
    stage2Acknowledged?: string,
    stage2Responded?: string,
  ];
  const REPAIRS = "Repairs and maintenance";
  const NEIGHBOURHOOD = "Neighbourhood management";
  const rows: Row[] = [
    ["C-25-001", "2025-04-07", "Repairs delay", REPAIRS, "2025-04-10", null, "2025-04-17"],
    [
      "C-25-002",
      "2025-05-12",
      "Staff attitude",
      "Customer feedback",
      "2025-05-14",
      null,
      "2025-05-23",
    ],
    ["C-25-003", "2025-06-18", "Damp and mould", REPAIRS, "2025-06-20", null, "2025-07-04"],
    ["C-25-004", "2025-07-22", "Noise nuisance", NEIGHBOURHOOD, "2025-07-25", null, "2025-08-12"],
    [
      "C-25-005",
      "2025-09-03",
      "Missed repair appointment",
      REPAIRS,
      "2025-09-05",
      null,
      "2025-09-16",
    ],
    [
      "C-25-006",
      "2025-10-14",
      "Damp and mould",
      REPAIRS,
      "2025-10-16",
      null,
      "2025-10-28",
      "2025-11-10",
      "2025-11-14",
      "2025-12-05",
    ],
    [
      "C-25-007",
      "2025-11-05",
      "Rent account error",
      "Rent charging and recovery",
      "2025-11-07",
      null,
      "2025-11-21",
    ],
    ["C-25-008", "2025-12-08", "Heating repair", REPAIRS, "2025-12-10", "2026-01-09", "2026-01-08"],
    ["C-25-009", "2026-01-20", "Estate cleaning", NEIGHBOURHOOD, "2026-01-22", null, "2026-02-10"],
    ["C-25-010", "2026-03-02", "Damp and mould", REPAIRS, "2026-03-04", null, "2026-03-16"],
    ["C-26-011", "2026-06-03", "Damp and mould", REPAIRS, "2026-06-05", null, "2026-06-15"],
    ["C-26-012", "2026-08-28", "Damp and mould", REPAIRS, "2026-09-01", null, "2026-09-14"],
    [
      "C-26-020",
      "2026-09-01",
      "Rent account error",
      "Rent charging and recovery",
      "2026-09-03",
      "2026-10-30",
      "2026-10-20",
    ],
    // Answered late, then escalated: its stage 2 answer is overdue.
    [
      "C-26-013",
      "2026-09-15",
      "Damp and mould",
      REPAIRS,
      "2026-09-17",
      null,
      "2026-10-08",
      "2026-10-12",
      "2026-10-16",
    ],
    [
      "C-26-014",
      "2026-09-30",
      "Staff attitude",
      "Customer feedback",
      "2026-10-02",
      null,
      "2026-10-09",
    ],
    ["C-26-015", "2026-10-06", "Damp and mould", REPAIRS, "2026-10-13", "2026-11-10", "2026-11-09"],
    // Acknowledged late, and not answered.
    ["C-26-016", "2026-10-21", "Missed repair appointment", REPAIRS, "2026-10-30", null, null],
    ["C-26-017", "2026-11-02", "Damp and mould", REPAIRS, "2026-11-09", null, null],
    ["C-26-018", "2026-11-12", "Damp and mould", REPAIRS, "2026-11-13", null, null],
    ["C-26-019", "2026-11-18", "Noise nuisance", NEIGHBOURHOOD, null, null, null],
  ];
  const day = (iso: string | null | undefined): RawCell => (iso ? d(iso) : null);
  const cells: RawCell[][] = [
    [
      "Reference",
      "Date received",
      "Theme",
      "Service area",
      "Stage",
      "Acknowledged",
      "Extended to",
      "Responded",
      "Escalated",
      "Stage 2 acknowledged",
      "Stage 2 responded",
    ],
    ...rows.map(([reference, received, theme, area, ack, ext, resp, esc, ack2, resp2]) => [
      reference,
      d(received),
      theme,
      area,
      esc ? 2 : 1,
      day(ack),
      day(ext),
      day(resp),
      day(esc),
      day(ack2),
      day(resp2),
    ]),
  ];
  return { name: "Complaints", cells, formats: withFormats(cells, [1, 5, 6, 7, 8, 9, 10]) };
}

/**
 * The Hazards log under Awaab's Law, by reference only: an emergency made safe in time on the night
 * the clocks went back; another that night, made safe half an hour after its 24 hours (which end at
 * 19:00 on the clock, not 20:00); damp and mould whose safety work is overdue with no alternative
 * accommodation offered; damp and mould still being investigated; and excess cold, which the
 * Settings do not yet put in scope (shown, never counted).
 */
function hazardsLog(): MemorySheet {
  const cells: RawCell[][] = [
    [
      "Reference",
      "Category",
      "Hazard",
      "Aware",
      "Made safe",
      "Investigation concluded",
      "Summary sent",
      "Safety work started",
      "Preventative work started",
      "Reason for later preventative work",
      "Alternative accommodation offered",
    ],
    [
      "H-26-031",
      "Emergency",
      "Exposed wiring",
      at("2026-10-24 10:00"),
      at("2026-10-25 08:40"),
      d("2026-10-26"),
      d("2026-10-28"),
      null,
      "Not needed",
      null,
      null,
    ],
    [
      "H-26-032",
      "Emergency",
      "Gas leak",
      at("2026-10-24 20:00"),
      at("2026-10-25 19:30"),
      d("2026-10-27"),
      d("2026-11-03"),
      null,
      "Not needed",
      null,
      "N",
    ],
    [
      "H-26-040",
      "Significant",
      "Excess cold",
      at("2026-10-05 14:00"),
      null,
      d("2026-10-20"),
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "H-26-051",
      "Significant",
      "Damp and mould",
      at("2026-10-19 09:30"),
      null,
      d("2026-10-30"),
      d("2026-11-04"),
      null,
      null,
      "Extractor fans on order",
      "N",
    ],
    [
      "H-26-058",
      "Significant",
      "Damp and mould",
      at("2026-11-16 11:00"),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
  // Formats on the dates and times only: a `Not needed` is text.
  const formats = cells.map((row, r) =>
    row.map((cell, c) =>
      r === 0 || typeof cell !== "number" ? undefined : c === 3 || c === 4 ? DATE_TIME : DATE
    )
  );
  return { name: "Hazards", cells, formats };
}

/**
 * The TSM sheet as published (issue 16): the timescale CH02 counts against, CH02 for 2025/26 in both
 * parts (stage 1 at 95%, which the log does not bear out), and NM01's second part; CH01's second part is
 * left out, a gap the publication check names.
 */
function withTsmPublication(sheet: MemorySheet): MemorySheet {
  const [header, ...rows] = sheet.cells as RawCell[][];
  const timescale = 3;
  const withColumn = (row: RawCell[], value: RawCell): RawCell[] => [
    ...row.slice(0, timescale),
    value,
    ...row.slice(timescale),
  ];
  const code = "Complaint Handling Code: 10 working days from acknowledgement at stage 1";
  return {
    ...sheet,
    cells: [
      withColumn(header as RawCell[], "Timescale"),
      ...rows.map((row) => withColumn(row, null)),
      [
        "NM01(2)",
        "Anti-social behaviour cases that involve hate incidents per 1,000 homes",
        null,
        null,
        1.2,
        0.9,
        1.1,
      ],
      ["CH02(1)", "Stage one complaints responded to within the Code", 95, code, null, 95.0, null],
      [
        "CH02(2)",
        "Stage two complaints responded to within the Code",
        95,
        "Complaint Handling Code: 20 working days from acknowledgement at stage 2",
        null,
        100,
        null,
      ],
    ],
  };
}

/** The tenant perception survey behind TP01 and TP09 (made-up): too few responses for ±4 points. */
function tsmSurvey(): MemorySheet {
  return {
    name: "TSM survey",
    cells: [
      ["Survey", "Responses", "Population", "Source"],
      ["2026/27 tenant perception survey", 410, 8367, "Made-up figures for the sample workbook"],
    ],
  };
}

/**
 * Quartiles to compare the landlord with others (made-up figures, laid out as the Regulator publishes
 * its TSM statistics for local authority landlords): TP09 falls in the bottom quartile, a Benchmark
 * trigger.
 */
function benchmarks(): MemorySheet {
  const source = "Made-up quartiles for the sample workbook";
  return {
    name: "Benchmarks",
    cells: [
      ["Code", "Indicator", "Lower quartile", "Median", "Upper quartile", "Source"],
      ["TP01", "Overall satisfaction", 64.2, 70.1, 75.3, source],
      ["TP09", "Satisfaction with complaints handling", 32.8, 36.0, 40.1, source],
      ["CH01(1)", "Stage one complaints received per 1,000 homes", 25.1, 34.9, 46.3, source],
      ["CH02(1)", "Stage one complaints responded to within the Code", 79.0, 88.5, 95.2, source],
      [null, "Average re-let time (days)", 28, 37, 52, source],
    ],
  };
}
