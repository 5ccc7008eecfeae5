import { cellPlace, cellPlaces, cellsInWords } from "../../src/wording/cells";
import { clauseNote, clausesOf, withoutClauses } from "../../src/wording/clauses";
import { periodNoun } from "../../src/wording/figures";
import {
  OTHER_INDICATORS,
  placedServiceArea,
  statusCountsByArea,
} from "../../src/wording/serviceAreas";
import { kpiFinding } from "./kpiFixtures";

describe("clause numbers go to a secondary line", () => {
  test("a bracket of clauses is taken out of the sentence and kept", () => {
    expect(withoutClauses("training 50% of the 80% needed before full membership (§4.5)")).toEqual({
      words: "training 50% of the 80% needed before full membership",
      clauses: ["§4.5"],
    });
    expect(withoutClauses("Lapse risk (§4.3, §10.4)")).toEqual({
      words: "Lapse risk",
      clauses: ["§4.3", "§10.4"],
    });
  });

  test("brackets of other words stay, and text without clauses is unchanged", () => {
    const lapsed = "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025) (§4.3)";
    expect(withoutClauses(lapsed).words).toBe(
      "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025)"
    );
    expect(withoutClauses("Active")).toEqual({ words: "Active", clauses: [] });
  });

  test("several texts give each clause once, for one note", () => {
    expect(clauseNote(clausesOf(["a (§4.3)", "b (§4.3 and §10.4)", "c"]))).toBe(
      "Terms of reference §4.3, §10.4"
    );
    expect(clauseNote([])).toBe("");
  });
});

describe("an indicator without a service area is placed by its sheet's name", () => {
  test("a sheet named after an area, or with its word, places the indicator there", () => {
    expect(placedServiceArea({ sheet: "KPI - Rent" })).toBe("Rent charging and recovery");
    expect(placedServiceArea({ sheet: "Voids and lettings KPIs" })).toBe("Voids and lettings");
    expect(placedServiceArea({ sheet: "Repairs 2026" })).toBe("Repairs and maintenance");
    expect(placedServiceArea({ sheet: "ASB" })).toBe("Neighbourhood management");
  });

  test("its own service area comes first; a sheet naming none gives Other indicators", () => {
    expect(placedServiceArea({ sheet: "KPI - Rent", serviceArea: "Complaints" })).toBe(
      "Complaints"
    );
    expect(placedServiceArea({ sheet: "KPI - Services" })).toBe(OTHER_INDICATORS);
    // "current" has "rent" inside a word: not the rent sheet.
    expect(placedServiceArea({ sheet: "Current figures" })).toBe(OTHER_INDICATORS);
  });

  test("counts by area keep §2.2's order and put Other indicators last", () => {
    const counts = statusCountsByArea([
      kpiFinding({ polarity: "higher", target: 90, figures: [95], sheet: "Misc" }),
      kpiFinding({ polarity: "higher", target: 90, figures: [80], serviceArea: "Complaints" }),
      kpiFinding({ polarity: "lower", target: 28, figures: [41], sheet: "KPI - Rent" }),
    ]);
    expect(counts.map((c) => [c.serviceArea, c.counts.Met, c.counts.Missed])).toEqual([
      ["Rent charging and recovery", 0, 1],
      ["Complaints", 0, 1],
      [OTHER_INDICATORS, 1, 0],
    ]);
  });
});

describe("cell addresses, for a show-cells link", () => {
  test("an address is read back to its sheet, row and column", () => {
    expect(cellPlace("'KPI - Rent'!J3")).toEqual({
      sheet: "KPI - Rent",
      row: 2,
      column: 9,
      address: "'KPI - Rent'!J3",
    });
    expect(cellPlace("Members!AB10")).toMatchObject({ sheet: "Members", row: 9, column: 27 });
    expect(cellPlace("'Tenants'' views'!A1")).toMatchObject({ sheet: "Tenants' views" });
    expect(cellPlace("Complaints")).toBeUndefined();
  });

  test("a run of cells on one row is said as a span", () => {
    const run = cellPlaces(["'KPI - Rent'!J3", "'KPI - Rent'!K3", "'KPI - Rent'!P3"]);
    expect(cellsInWords(run)).toBe("'KPI - Rent'!J3 to P3");
    expect(cellsInWords(cellPlaces(["TSM!D2", "TSM!E3"]))).toBe("TSM!D2, TSM!E3");
  });
});

describe("periods are called what they are", () => {
  test("monthly, quarterly and yearly figures", () => {
    expect(periodNoun([46113, 46143, 46174]).many).toBe("months");
    expect(periodNoun([46113, 46204, 46296]).many).toBe("quarters");
    expect(periodNoun([45383, 45748, 46113]).many).toBe("years");
  });
});
