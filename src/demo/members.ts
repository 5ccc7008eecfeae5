/** The sample's Members, Attendance and Meetings sheets. */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";
import { ASIAN, BLACK, d, DATE, WHITE, withFormats } from "./cells";

/**
 * Second Tuesdays from October 2025, none in August: the worked example of §4.3 and §10.4 in
 * docs/rules.md.
 */
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

export function members(): MemorySheet {
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

export function attendance(): MemorySheet {
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

export function meetings(): MemorySheet {
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
