import { dayFromIso } from "../../src/domain/calendar/days";
import {
  matchServiceArea,
  serviceAreaKey,
  splitInterests,
} from "../../src/domain/involvement/interests";
import { PoolPerson, taskTeamCandidates } from "../../src/domain/involvement/taskTeams";
import { SERVICE_AREAS } from "../../src/domain/kpi/types";

const d = dayFromIso;

describe("interests in the involvement pool (council report ¶25)", () => {
  it("splits at commas and semicolons, but not inside brackets", () => {
    expect(
      splitInterests(
        "Repairs and maintenance;  Voids and lettings,Customer feedback (surveys, compliments, complaints);;"
      )
    ).toEqual([
      "Repairs and maintenance",
      "Voids and lettings",
      "Customer feedback (surveys, compliments, complaints)",
    ]);
    expect(splitInterests("  ")).toEqual([]);
  });

  it("matches the panel's service areas ignoring case, punctuation and a note in brackets", () => {
    expect(matchServiceArea("repairs AND maintenance", SERVICE_AREAS)).toBe(
      "Repairs and maintenance"
    );
    expect(
      matchServiceArea("Neighbourhood management (incl. anti-social behaviour)", SERVICE_AREAS)
    ).toBe("Neighbourhood management");
    expect(matchServiceArea("Repairs", SERVICE_AREAS)).toBeUndefined();
    expect(matchServiceArea("Gardening", [...SERVICE_AREAS, "Gardening services"])).toBeUndefined();
    expect(serviceAreaKey("Voids & lettings")).toBe(serviceAreaKey("Voids and lettings"));
    expect(serviceAreaKey("Voids lettings")).not.toBe(serviceAreaKey("Voids and lettings"));
  });
});

describe("task team candidates", () => {
  const pool: PoolPerson[] = [
    { name: "Recent", interests: ["Repairs and maintenance"], lastInvolved: d("2026-10-01") },
    { name: "Rent only", interests: ["Rent charging and recovery"] },
    {
      name: "Long ago",
      interests: ["Complaints", "repairs and maintenance"],
      lastInvolved: d("2025-02-01"),
      ageBand: "16-24",
      ethnicity: "Mixed or multiple",
    },
    { name: "Never A", interests: ["Repairs and maintenance"], ethnicity: "White" },
    { name: "Same day", interests: ["Repairs and maintenance"], lastInvolved: d("2026-10-01") },
    { name: "Never B", interests: ["Repairs and maintenance"], ageBand: "65–74" },
  ];
  const underRepresented = [
    { dimension: "Age band" as const, group: "16–24" },
    { dimension: "Ethnicity" as const, group: "Mixed or multiple" },
  ];

  it("puts people never involved first and the most recently involved last, so new people get a turn", () => {
    const names = taskTeamCandidates(pool, "Repairs and maintenance", underRepresented).map(
      (c) => c.person.name
    );
    // Never involved keep the pool's order, as do people last involved on the same day.
    expect(names).toEqual(["Never A", "Never B", "Long ago", "Recent", "Same day"]);
  });

  it("matches the service area ignoring case", () => {
    expect(
      taskTeamCandidates(pool, "RENT CHARGING AND RECOVERY", []).map((c) => c.person.name)
    ).toEqual(["Rent only"]);
    expect(taskTeamCandidates(pool, "Voids and lettings", [])).toEqual([]);
  });

  it("notes the under-represented groups each person belongs to, whatever the dash", () => {
    const notes = Object.fromEntries(
      taskTeamCandidates(pool, "Repairs and maintenance", underRepresented).map((c) => [
        c.person.name,
        c.underRepresented,
      ])
    );
    expect(notes["Long ago"]).toEqual(["Age band: 16–24", "Ethnicity: Mixed or multiple"]);
    expect(notes["Never A"]).toEqual([]);
    expect(notes["Never B"]).toEqual([]);
  });

  it("gives back the person as given, with everything the pool knows of them", () => {
    const [first] = taskTeamCandidates(pool, "Complaints", []);
    expect(first?.person).toBe(pool[2]);
  });
});
