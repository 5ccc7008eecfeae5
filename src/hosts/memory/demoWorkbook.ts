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
 * we did.
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

function complaints(): MemorySheet {
  const rows: [string, string, string][] = [
    ["2026-06-03", "Damp and mould", "Repairs and maintenance"],
    ["2026-08-28", "Damp and mould", "Repairs and maintenance"],
    ["2026-09-15", "Damp and mould", "Repairs and maintenance"],
    ["2026-09-30", "Staff attitude", "Customer feedback"],
    ["2026-10-06", "Damp and mould", "Repairs and maintenance"],
    ["2026-10-21", "Missed repair appointment", "Repairs and maintenance"],
    ["2026-11-02", "Damp and mould", "Repairs and maintenance"],
    ["2026-11-12", "Damp and mould", "Repairs and maintenance"],
    ["2026-11-18", "Noise nuisance", "Neighbourhood management"],
  ];
  const cells: RawCell[][] = [
    ["Date received", "Theme", "Service area"],
    ...rows.map(([iso, theme, area]) => [d(iso), theme, area]),
  ];
  return { name: "Complaints", cells, formats: withFormats(cells, [0]) };
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
    satisfactionKpis(),
    tenantProfile(),
    involvement(),
  ];
}
