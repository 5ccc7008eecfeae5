/** The sample's Tenant profile and Involvement sheets. */

import { MemorySheet } from "../workbook/memorySheet";
import { RawCell } from "../workbook/snapshot";
import { ASIAN, BLACK, d, MIXED, OTHER, WHITE, withFormats } from "./cells";

/**
 * §4.4: the age and ethnicity of the council's tenants (made-up figures), dated in the column the
 * Tenant profile reads. Ages 16–24 and 35–49 and three ethnic groups are left out or under-represented
 * by the members on the roll at 23/11/2026.
 */
export function tenantProfile(): MemorySheet {
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
export function involvement(): MemorySheet {
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
