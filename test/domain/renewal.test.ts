import { dayFromIso, formatUkDate } from "../../src/domain/calendar/days";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { Renewal, RenewalMember, renewalFor } from "../../src/domain/members/renewal";
import { termEndOf } from "../../src/domain/members/term";

const d = dayFromIso;
const rules = DEFAULT_SETTINGS; // first rotation year 2026; 4 TF, 1 SSF, 3 general, 4 deputies

/** A full panel recruited in waves, as §15.2's rotation intends; terms end 3 years on (§15.1). */
const panel: RenewalMember[] = (
  [
    ["Sue", "Silver Service Forum", "2023-10-01"], // term ends 01/10/2026
    ["Gita", "General", "2024-09-15"], // 15/09/2027
    ["Gus", "General", "2024-09-15"],
    ["Tara", "Tenants' Forum", "2025-09-10"], // 10/09/2028
    ["Tom", "Tenants' Forum", "2025-09-10"],
    ["Tess", "Tenants' Forum", "2025-09-10"],
    ["Dee", "Deputy", "2025-01-20"], // 20/01/2028
    ["Colin", "Co-optee", "2026-01-01"],
  ] as const
).map(([name, group, start]) => ({
  name,
  group,
  startDate: d(start),
  termEnd: termEndOf(d(start)),
}));

const shown = (renewal: Renewal) => ({
  groupDue: renewal.groupDue,
  due: renewal.dueForRenewal.map((m) => m.name),
  ending: renewal.termsEnding.map((m) => `${m.name} ${formatUkDate(m.termEnd)}`),
  places: Object.fromEntries(renewal.places.map((p) => [p.group, [p.places, p.filled, p.vacant]])),
});

describe("membership renewal by panel year (§15.2, §4.1, §15.1), first rotation year 2026", () => {
  const asOf = d("2026-09-05");

  it("2026/27 is year 1: the Silver Service Forum is due, and its member's term ends", () => {
    expect(shown(renewalFor(2026, panel, asOf, rules))).toEqual({
      groupDue: "Silver Service Forum",
      due: ["Sue"],
      ending: ["Sue 01/10/2026"],
      places: {
        "Tenants' Forum": [4, 3, 1],
        "Silver Service Forum": [1, 1, 0],
        General: [3, 2, 1],
        Deputy: [4, 1, 3],
      },
    });
  });

  it("2027/28 is year 2: general members are due; the roll is looked at from the year's first day", () => {
    // By 01/09/2027 Sue's term has ended; Gita and Gus end theirs on 15/09/2027, Dee on 20/01/2028.
    expect(shown(renewalFor(2027, panel, asOf, rules))).toEqual({
      groupDue: "General",
      due: ["Gita", "Gus"],
      ending: ["Gita 15/09/2027", "Gus 15/09/2027", "Dee 20/01/2028"],
      places: {
        "Tenants' Forum": [4, 3, 1],
        "Silver Service Forum": [1, 0, 1],
        General: [3, 2, 1],
        Deputy: [4, 1, 3],
      },
    });
  });

  it("2028/29 is year 3: the Tenants' Forum is due, and the rotation starts again in 2029/30", () => {
    expect(shown(renewalFor(2028, panel, asOf, rules))).toMatchObject({
      groupDue: "Tenants' Forum",
      due: ["Tara", "Tom", "Tess"],
      ending: ["Tara 10/09/2028", "Tom 10/09/2028", "Tess 10/09/2028", "Colin 01/01/2029"],
    });
    expect(renewalFor(2029, panel, asOf, rules).groupDue).toBe("Silver Service Forum");
  });

  it("follows the first rotation year setting", () => {
    const later = { ...rules, firstRotationYear: 2027 };
    expect([2026, 2027, 2028].map((y) => renewalFor(y, panel, asOf, later).groupDue)).toEqual([
      "Tenants' Forum",
      "Silver Service Forum",
      "General",
    ]);
  });

  it("leaves out a term ending after the place lapsed, and a member not yet started", () => {
    const members: RenewalMember[] = [
      { name: "Len", group: "General", termEnd: d("2027-03-01"), lapsedOn: d("2026-07-14") },
      { name: "New", group: "General", startDate: d("2026-10-01"), termEnd: d("2029-10-01") },
    ];
    const renewal = renewalFor(2026, members, asOf, rules);
    expect(renewal.termsEnding).toEqual([]);
    expect(renewal.places.find((p) => p.group === "General")).toEqual({
      group: "General",
      places: 3,
      filled: 0,
      vacant: 3,
    });
  });

  it("counts places from the §4.1 settings, with Tenants' Forum members over 4 filling general spaces (§4.3)", () => {
    const tf = (name: string): RenewalMember => ({ name, group: "Tenants' Forum" });
    const members = [
      tf("A"),
      tf("B"),
      tf("C"),
      tf("D"),
      tf("E"),
      { ...tf("F"), group: "General" as const },
    ];
    expect(shown(renewalFor(2026, members, asOf, rules)).places).toMatchObject({
      "Tenants' Forum": [4, 5, 0],
      General: [3, 1, 1],
    });
    const bigger = { ...rules, composition: { ...rules.composition, general: 5 } };
    expect(shown(renewalFor(2026, members, asOf, bigger)).places).toMatchObject({
      General: [5, 1, 3],
    });
  });
});
