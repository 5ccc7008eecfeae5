/** The sample's Reviews and Recommendations sheets. */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";
import { d, withFormats } from "./cells";

export function reviews(): MemorySheet {
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

export function recommendations(): MemorySheet {
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
