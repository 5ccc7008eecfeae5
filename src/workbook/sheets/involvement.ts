import { SheetDefinition } from "../definition";

/**
 * The Involvement pool (optional) — the council report's "database of interested tenants and
 * residents who have expressed interest in a specific area of service" (¶25), from which task teams are
 * drawn. `Interests` are service areas (§2.2) separated by commas or semicolons.
 */
export const INVOLVEMENT = {
  key: "involvement",
  name: "Involvement",
  aliases: [
    "Involvement pool",
    "Involvement database",
    "Interested residents",
    "Interested tenants",
    "Task team pool",
  ],
  columns: [
    {
      key: "name",
      header: "Name",
      aliases: ["Resident", "Person"],
      required: true,
      kind: "text",
    },
    {
      key: "interests",
      header: "Interests",
      aliases: ["Interested in", "Areas of interest", "Service areas"],
      kind: "text",
    },
    {
      key: "waysToTakePart",
      header: "How they like to take part",
      aliases: ["Ways to take part", "How to take part", "Preferred involvement"],
      kind: "text",
    },
    { key: "trainingDone", header: "Training done", aliases: ["Training"], kind: "text" },
    {
      key: "lastInvolved",
      header: "Last involved",
      aliases: ["Last took part", "Date last involved"],
      kind: "date",
    },
    { key: "ageBand", header: "Age band", aliases: ["Age group"], kind: "text" },
    { key: "ethnicity", header: "Ethnicity", aliases: ["Ethnic group"], kind: "text" },
  ],
} as const satisfies SheetDefinition;
