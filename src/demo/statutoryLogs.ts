/**
 * The statutory clocks since 2024 (docs/rules.md): the Complaints log under the Complaint Handling Code
 * and the Hazards log under Awaab's Law, with made-up references and dates.
 */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";
import { at, d, DATE, DATE_TIME, withFormats } from "./cells";

/**
 * The Complaints log, by reference only, with the Code's dates: the TSM year 2025/26 in full (8 of 10
 * stage 1 answers within the Code, one stage 2 within it) and 2026/27 to date: two answered late, one
 * acknowledged late and now overdue, an extension beyond the Code's 10 working days, a stage 2 complaint
 * overdue, and three not yet due. Judged at 23/11/2026 the damp and mould theme still has 5 complaints in
 * the last 3 months (§11.2).
 */
export function complaintsLog(): MemorySheet {
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
export function hazardsLog(): MemorySheet {
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
