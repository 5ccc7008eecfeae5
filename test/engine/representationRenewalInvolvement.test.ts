import { dayFromIso, formatUkDate } from "../../src/domain/calendar/days";
import { groupLabel } from "../../src/domain/members/representation";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { RenewalFinding } from "../../src/engine/findings";
import { involvementSuggestions } from "../../src/engine/involvement";
import { renewalForYear } from "../../src/engine/renewal";
import { scan } from "../../src/engine/scan";
import { demoWorkbook, DEMO_AS_OF } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { ChartPlan, SheetPlan } from "../../src/workbook/plan";
import { otherThanTheDemos } from "../fixtures/demoProblems";
import { RawCell } from "../../src/workbook/snapshot";

function scanned(sheets = demoWorkbook(), summaryCharts = false) {
  const workbook = new MemoryWorkbook(sheets);
  return { workbook, result: scan(workbook.readSnapshot(), { asOf: DEMO_AS_OF, summaryCharts }) };
}

const sheetOf = (sheets: MemorySheet[], name: string) =>
  sheets.find((s) => s.name === name) as MemorySheet;

describe("representation on the demo workbook at 23/11/2026 (§4.4)", () => {
  const { result } = scanned();
  const found = result.findings.representation;

  it("compares the 8 members on the roll with the tenant profile dated 01/04/2026", () => {
    expect(found?.figuresDate).toBe(dayFromIso("2026-04-01"));
    // Emeka Obi and Fatima Begum lapsed before asOf: of the 8 on the roll, one gave no age band
    // (Hannah Wright) and one no ethnicity (George Evans).
    expect(found?.unanswered).toEqual({ "Age band": 1, Ethnicity: 1 });
    for (const dimension of ["Age band", "Ethnicity"] as const)
      expect(
        (found?.groups ?? [])
          .filter((g) => g.dimension === dimension)
          .reduce((n, g) => n + g.members, 0)
      ).toBe(7);
    const byGroup = Object.fromEntries(
      (found?.groups ?? []).map((g) => [groupLabel(g), [g.members, g.memberShare, g.tenantShare]])
    );
    expect(byGroup["Age band: 35–49"]).toEqual([1, 1 / 7, 0.3]);
    expect(byGroup["Ethnicity: White"]).toEqual([4, 4 / 7, 0.76]);
    expect(byGroup["Ethnicity: Asian or Asian British"]).toEqual([3, 3 / 7, 0.09]);
  });

  it("flags the groups the membership leaves out or under-represents, at the default threshold 0.5", () => {
    expect(
      (found?.groups ?? []).flatMap((g) => (g.flag ? [`${groupLabel(g)}: ${g.flag}`] : []))
    ).toEqual([
      "Age band: 16–24: No member",
      "Age band: 35–49: Under-represented", // 1/7 (14%) of members against 30% of tenants
      "Ethnicity: Black, Black British, Caribbean or African: No member",
      "Ethnicity: Mixed or multiple: No member",
      "Ethnicity: Other ethnic group: No member",
    ]);
  });

  it("takes the threshold from the Settings sheet", () => {
    const sheets = demoWorkbook();
    sheets.push({
      name: "Settings",
      cells: [
        ["Setting", "Value"],
        ["Under-representation threshold", "40%"],
      ],
    });
    const { result: withSetting } = scanned(sheets);
    // 1/7 ≈ 0.143 is not under 0.4 × 0.3 = 0.12.
    const band = withSetting.findings.representation?.groups.find((g) => g.group === "35–49");
    expect(band?.flag).toBeUndefined();
    expect(otherThanTheDemos(withSetting.problems)).toEqual([]);
  });

  it("charts members' share against tenants' by group on the Summary, when asked for charts", () => {
    const { workbook, result: charted } = scanned(demoWorkbook(), true);
    workbook.applyPlan(charted.plan);
    const summaryPlan = charted.plan.sheets.find((s) => s.sheet === "Summary") as SheetPlan;
    const chart = summaryPlan.layout?.charts.find(
      (c) => c.name === "TOSP representation"
    ) as ChartPlan;
    expect(chart.kind).toBe("bar");
    const summary = workbook.sheet("Summary") as MemorySheet;
    const { row, column, rowCount, columnCount } = chart.data;
    const data = summary.cells
      .slice(row, row + rowCount)
      .map((cells) => Array.from({ length: columnCount }, (_, i) => cells[column + i] ?? null));
    expect(data[0]).toEqual(["Group", "Members", "Tenants"]);
    expect(data.slice(1)).toEqual(
      (charted.findings.representation?.groups ?? []).map((g) => [
        groupLabel(g),
        g.memberShare,
        g.tenantShare,
      ])
    );
    expect(summary.formats?.[row + 1]?.[column + 1]).toBe("0%");
  });

  it("is left out, with its chart, when there is no Tenant profile", () => {
    const sheets = demoWorkbook().filter((s) => s.name !== "Tenant profile");
    const { result: without } = scanned(sheets, true);
    expect(without.findings.representation).toBeUndefined();
    const summaryPlan = without.plan.sheets.find((s) => s.sheet === "Summary") as SheetPlan;
    expect(summaryPlan.layout?.charts.map((c) => c.name)).not.toContain("TOSP representation");
  });
});

describe("membership renewal on the demo workbook (§15.2, first rotation year 2026/27)", () => {
  const { result } = scanned();
  const shown = (renewal: RenewalFinding | undefined) => ({
    groupDue: renewal?.groupDue,
    due: renewal?.dueForRenewal.map((m) => m.name),
    ending: renewal?.termsEnding.map((m) => `${m.name} ${formatUkDate(m.termEnd)}`),
    places: renewal?.places.map((p) => `${p.group} ${p.filled}/${p.places}, ${p.vacant} vacant`),
  });

  it("2026/27, year 1: the Silver Service Forum is due; Doris Smith's term ends 15/01/2027", () => {
    expect(result.findings.renewal?.panelYear).toBe(2026);
    expect(shown(result.findings.renewal)).toEqual({
      groupDue: "Silver Service Forum",
      due: ["Doris Smith"],
      ending: ["Doris Smith 15/01/2027"],
      places: [
        "Tenants' Forum 4/4, 0 vacant",
        "Silver Service Forum 1/1, 0 vacant",
        "General 1/3, 2 vacant", // Emeka Obi and Fatima Begum lapsed
        "Deputy 2/4, 2 vacant",
      ],
    });
  });

  it("2027/28, year 2: general members are due; the 2024 recruits' terms end on its first day", () => {
    expect(shown(renewalForYear(result.findings, 2027, DEFAULT_SETTINGS))).toEqual({
      groupDue: "General",
      due: ["George Evans"],
      ending: ["Pat Jones 01/09/2027", "Amir Khan 01/09/2027"],
      places: [
        "Tenants' Forum 2/4, 2 vacant",
        "Silver Service Forum 0/1, 1 vacant",
        "General 1/3, 2 vacant",
        "Deputy 2/4, 2 vacant",
      ],
    });
  });

  it("2028/29, year 3: the Tenants' Forum is due; the 2025 recruits' terms end, Emeka Obi's place having lapsed", () => {
    const renewal = renewalForYear(result.findings, 2028, DEFAULT_SETTINGS);
    expect(shown(renewal)).toEqual({
      groupDue: "Tenants' Forum",
      // Every Tenants' Forum member's term has ended by 01/09/2028: none is left to renew, 4 places to fill.
      due: [],
      ending: [
        "Bernadette O'Leary 01/09/2028",
        "Chen Wei 01/09/2028",
        "George Evans 01/09/2028",
        "Hannah Wright 01/09/2028",
      ],
      places: [
        "Tenants' Forum 0/4, 4 vacant",
        "Silver Service Forum 0/1, 1 vacant",
        "General 0/3, 3 vacant",
        "Deputy 1/4, 3 vacant", // Ian Patel, recruited 08/09/2026
      ],
    });
  });

  it("gives the scan's own panel year the same answer as the scan", () => {
    expect(renewalForYear(result.findings, 2026, DEFAULT_SETTINGS)).toEqual(
      result.findings.renewal
    );
  });

  it("follows the Settings sheet's rotation year", () => {
    const sheets = demoWorkbook();
    sheets.push({
      name: "Settings",
      cells: [
        ["Setting", "Value"],
        ["Renewal rotation year 1 (panel year)", "2025/26"],
      ],
    });
    expect(scanned(sheets).result.findings.renewal?.groupDue).toBe("General");
  });
});

describe("the involvement pool on the demo workbook (council report ¶25)", () => {
  const { result } = scanned();

  it("reads the 8 people with their interests as the panel names the service areas", () => {
    expect(result.findings.involvement).toHaveLength(8);
    const margaret = result.findings.involvement?.find((p) => p.name === "Margaret Doyle");
    // Written "Neighbourhood management; repairs and maintenance" on the sheet.
    expect(margaret?.interests).toEqual(["Neighbourhood management", "Repairs and maintenance"]);
    expect(margaret?.lastInvolved).toBe(dayFromIso("2026-09-20"));
  });

  it("suggests people for a repairs task team, longest since last involved first, with the groups they would bring", () => {
    const suggestions = involvementSuggestions(result.findings, "repairs and maintenance");
    expect(
      suggestions.map((s) => [
        s.person.name,
        s.person.lastInvolved && formatUkDate(s.person.lastInvolved),
        s.underRepresented,
      ])
    ).toEqual([
      ["Tom Hughes", "02/10/2025", []],
      ["Daniel Lee", "14/01/2026", ["Age band: 16–24", "Ethnicity: Mixed or multiple"]],
      ["Grace Adeyemi", "12/03/2026", ["Ethnicity: Black, Black British, Caribbean or African"]],
      ["Margaret Doyle", "20/09/2026", []],
    ]);
  });

  it("puts people never involved before everyone else", () => {
    expect(involvementSuggestions(result.findings, "Complaints").map((s) => s.person.name)).toEqual(
      ["Sofia Rossi", "Grace Adeyemi", "Aisha Rahman"]
    );
  });

  it("notes no groups without a Tenant profile, and suggests no one without an Involvement sheet", () => {
    const noProfile = scanned(demoWorkbook().filter((s) => s.name !== "Tenant profile")).result;
    expect(
      involvementSuggestions(noProfile.findings, "Repairs and maintenance").every(
        (s) => s.underRepresented.length === 0
      )
    ).toBe(true);
    const noPool = scanned(demoWorkbook().filter((s) => s.name !== "Involvement")).result;
    expect(noPool.findings.involvement).toBeUndefined();
    expect(involvementSuggestions(noPool.findings, "Complaints")).toEqual([]);
  });

  it("reports an interest that names no service area, keeps it, and matches KPI sheets' own areas", () => {
    const sheets = demoWorkbook();
    const pool = sheetOf(sheets, "Involvement");
    (pool.cells[1] as RawCell[])[1] = "Repairs; Gardening";
    sheets.push({
      name: "KPI - Estates",
      cells: [
        ["Indicator", "Service area", "Polarity", "Target", "Apr-26"],
        ["Estate inspections done", "Estate services", "Higher is better", 95, 96],
      ],
    });
    (pool.cells[2] as RawCell[])[1] = "estate services";
    const { result: withProblems } = scanned(sheets);
    expect(otherThanTheDemos(withProblems.problems)).toEqual([
      `Involvement!B2: "Repairs" and "Gardening" are not service areas the panel uses (Rent charging and recovery; Repairs and maintenance; Voids and lettings; Neighbourhood management; Complaints; Customer feedback; Estate services): check the spelling, or Grace Adeyemi will not be suggested for them`,
    ]);
    expect(withProblems.findings.involvement?.[0]?.interests).toEqual(["Repairs", "Gardening"]);
    expect(withProblems.findings.involvement?.[1]?.interests).toEqual(["Estate services"]);
  });
});
