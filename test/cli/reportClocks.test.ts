/** @jest-environment jsdom */
import { deserialize, serialize } from "v8";
import { Findings } from "../../src/engine/findings";
import { scan } from "../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { CONTENTS } from "../../src/cli/report/opening";
import { reportHtml } from "../../src/cli/report/reportHtml";

/**
 * In the Tenants' Forum report: the Complaint Handling Code's and Awaab's Law's
 * clocks, CH02 from the complaints log beside the reported figures, the measures against other
 * landlords' quartiles and the TSM publication check, on the demo workbook as at 23/11/2026 and on
 * workbooks without the logs or the Benchmarks sheet.
 */

globalThis.structuredClone ??= (<T>(value: T): T =>
  deserialize(serialize(value)) as T) as typeof structuredClone;

function scanOf(sheets: MemorySheet[]): Findings {
  return scan(new MemoryWorkbook(sheets).readSnapshot(), { asOf: DEMO_AS_OF }).findings;
}

function page(findings: Findings): Document {
  const html = reportHtml(findings, { workbookName: "panel.xlsx", problems: 0 });
  return new DOMParser().parseFromString(html, "text/html");
}

/** An element's text as it reads: a line break is a space between words. */
function text(node: Element | null | undefined): string {
  if (!node) return "";
  const copy = node.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll("br")) br.replaceWith(" ");
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}
const cells = (row: Element): string[] => [...row.children].map((cell) => text(cell));
const rows = (doc: Document, tableClass: string): string[][] =>
  [...doc.querySelectorAll(`#statutory table.${tableClass} tbody tr`)].map(cells);

/** The section's words as a reader reads them, leaving out the secondary lines (codes). */
function runningText(doc: Document): string {
  const copy = doc.getElementById("statutory")!.cloneNode(true) as Element;
  for (const secondary of copy.querySelectorAll(".kind")) secondary.remove();
  return text(copy);
}

const TITLE = "Complaints, hazards and the Tenant Satisfaction Measures";
const MEASURE_CODE = /\b(TP|RP|BS|CH|NM)\d\d/;

describe("the demo workbook's report, as at 23/11/2026", () => {
  const findings = scanOf(demoWorkbook());
  const doc = page(findings);
  const part = doc.getElementById("statutory")!;
  const all = text(part);

  it("has the section after KPI status, in the contents and in the page flow", () => {
    const ids = CONTENTS.map(([id]) => id);
    expect(ids.slice(0, 3)).toEqual(["summary", "kpis", "statutory"]);
    expect(CONTENTS[2]![1]).toBe(TITLE);
    expect(text(doc.querySelector('nav a[href="#statutory"]'))).toBe(TITLE);
    expect(part.tagName).toBe("SECTION");
    expect(text(part.querySelector("h2"))).toBe(TITLE);
    expect(part.previousElementSibling?.id).toBe("kpis");
    expect(part.nextElementSibling?.id).toBe("triggers");
    expect([...part.querySelectorAll("h3")].map(text)).toEqual([
      "Complaints and the Complaint Handling Code",
      "Hazards and Awaab's Law",
      "How the landlord compares with other landlords",
      "Publishing the Tenant Satisfaction Measures",
    ]);
  });

  it("counts the complaints in the log, by the stage each has reached", () => {
    expect(all).toContain(
      "The complaints log has 20 complaints: 12 answered within the Code, 3 answered late, 2 overdue and 3 not yet due."
    );
    expect(rows(doc, "complaint-stages")).toEqual([
      ["Stage 1", "18", "11", "3", "1", "3"],
      ["Stage 2", "2", "1", "0", "1", "0"],
    ]);
    // The table's counts are the log's: each complaint once.
    const total = rows(doc, "complaint-stages").reduce((n, row) => n + Number(row[1]), 0);
    expect(total).toBe(findings.complaints!.length);
  });

  it("lists the overdue complaints by reference with their due dates", () => {
    expect(rows(doc, "overdue-complaints")).toEqual([
      ["C-26-013", "Stage 2 response", "13/11/2026", "Overdue: 6 working days"],
      ["C-26-016", "Stage 1 response", "13/11/2026", "Overdue: 6 working days"],
    ]);
    expect(all).toContain(
      "C-26-020: stage 1 was extended to 30/10/2026, 21 working days after the latest date the Code allows (01/10/2026)."
    );
  });

  it("puts CH02 from the log beside the reported figure, and says plainly where they differ", () => {
    const logged = rows(doc, "logged-measures");
    expect(logged.map((row) => row.slice(1))).toEqual([
      ["80%", "95% Differs from the log"],
      ["66.7% (4 of 6 stage 1 complaints answered within the Code)", "Not reported"],
      ["60% (3 of 5 stage 1 complaints answered within the Code)", "Not reported"],
      ["100%", "100%"],
      ["No stage 2 complaint answered", "Not reported"],
      ["No stage 2 complaint answered", "Not reported"],
    ]);
    expect(logged[0]![0]).toBe(
      "Stage 1 complaints answered within the Code TSM year 2025/26 (CH02(1))"
    );
    expect(logged[1]![0]).toContain("TSM year 2026/27 to 23/11/2026");
    expect(logged[2]![0]).toContain("3 months to 23/11/2026");
    expect(text(part.querySelector("ul.mismatches"))).toBe(
      "Does not match the log For TSM year 2025/26 the landlord reported 95% of stage 1 complaints answered within the Code, but the complaints log gives 80%. The panel may wish to ask the landlord why."
    );
  });

  it("gives the hazards under Awaab's Law: open ones, overdue steps, steps done late, and the one not covered", () => {
    expect(all).toContain(
      "The hazards log has 5 hazards. Awaab's Law covers 4 of them: 2 still have a step to do (1 of them overdue), and 1 had a step done late. 1 is not covered by Awaab's Law: shown below, and not counted."
    );
    expect(rows(doc, "open-hazards")).toEqual([
      ["H-26-051", "Damp and mould", "Significant", "Safety work", "06/11/2026", "Overdue"],
      ["H-26-058", "Damp and mould", "Significant", "Investigate", "30/11/2026", "Not yet due"],
    ]);
    expect(rows(doc, "overdue-steps")).toEqual([
      [
        "H-26-051",
        "Safety work No alternative accommodation offered",
        "06/11/2026",
        "Overdue: 11 working days",
      ],
    ]);
    // The 24-hour step with its time, by the clock on the wall across the October clock change.
    expect(rows(doc, "late-steps")).toEqual([
      [
        "H-26-032",
        "Investigate and make safe",
        "25/10/2026 at 19:00",
        "25/10/2026 at 19:30",
        "Late: 30 minutes",
      ],
      ["H-26-032", "Written summary", "30/10/2026", "03/11/2026", "Late: 2 working days"],
    ]);
    // Out of scope: shown, never in the counts or the tables.
    expect(text(part.querySelector("ul.not-covered"))).toBe(
      "Not covered H-26-040 (Excess cold): Excess cold is not among the hazard types Awaab's Law covers in the Settings."
    );
    const tabled = ["open-hazards", "overdue-steps", "late-steps"].flatMap((t) =>
      rows(doc, t).map((row) => row[0])
    );
    expect(tabled).not.toContain("H-26-040");
  });

  it("shows each benchmarked measure against the quartiles, its quartile in words the right way round", () => {
    const table = rows(doc, "quartiles");
    expect(table.map((row) => row[0])).toEqual(
      findings.kpis
        .filter((k) => k.benchmark)
        .map((k) => (k.code && /^(TP|CH)/.test(k.code) ? `${k.indicator} ${k.code}` : k.indicator))
    );
    const tp09 = table.find((row) => row[0]!.startsWith("Satisfaction with complaints handling"))!;
    expect(tp09).toEqual([
      "Satisfaction with complaints handling TP09",
      "31.5% (Apr 2026)",
      "32.8%",
      "36%",
      "40.1%",
      "Bottom quartile Among the worst quarter of landlords. Higher is better: the best quarter of landlords are at or above 40.1%.",
    ]);
    // The same measure raised the Benchmark trigger.
    expect(
      findings.triggers.find(
        (t) => t.type === "Benchmark" && t.subject === "Satisfaction with complaints handling"
      )?.evidence
    ).toMatch(/^Bottom quartile/);
    // Lower is better: the lower quartile is the good end.
    const relet = table.find((row) => row[0] === "Average re-let time (days)")!;
    expect(relet.slice(1)).toEqual([
      "41 days (Oct 2026)",
      "28 days",
      "37 days",
      "52 days",
      "Third quartile Worse than the median, but not among the worst quarter. Lower is better: the best quarter of landlords are at or below 28 days.",
    ]);
    const logged = table.find((row) => row[0]!.includes("(complaints log)"))!;
    expect(logged[1]).toBe("66.7% (TSM year 2026/27 so far)");
    expect(text(part.querySelector("p.sources"))).toBe(
      "Where the figures for other landlords come from, as the Benchmarks sheet gives it: Made-up quartiles for the sample workbook."
    );
  });

  it("says the publication check's gaps in plain words, codes only on a secondary line", () => {
    const gaps = [...part.querySelectorAll("ul.publication-gaps li")];
    expect(gaps).toHaveLength(findings.publicationGaps.length);
    expect(gaps.map(text)).toEqual([
      "Gap Stage two complaints received per 1,000 homes is not reported, though Stage one complaints per 1,000 homes is: the Regulator publishes this measure in two parts, and asks for both. (CH01(2))",
      "Gap The tenant survey behind Overall satisfaction and Satisfaction with complaints handling had 410 responses from 8,367 tenant households. Its margin of error is ±4.7 points (at 95% confidence), wider than the ±4 points required, so the results are less certain than they should be. (TP01 and TP09)",
    ]);
  });

  it("keeps codes and clause numbers out of its running text, and every date dd/mm/yyyy", () => {
    const words = runningText(doc);
    expect(words).not.toMatch(MEASURE_CODE);
    expect(words).not.toContain("§");
    expect(words).not.toMatch(/\d{4}-\d\d-\d\d/);
    for (const date of all.match(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g) ?? [])
      expect(date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it("names cases by reference only: no member's or tenant's name", () => {
    for (const member of findings.members) expect(all).not.toContain(member.name);
    expect(all).toContain("by a reference only, never by a tenant's name or address");
  });

  it("names each table by the heading above it, and says every status in words", () => {
    const tables = [...part.querySelectorAll("table")];
    expect(tables.map((t) => t.className)).toEqual([
      "complaint-stages",
      "overdue-complaints",
      "logged-measures",
      "open-hazards",
      "overdue-steps",
      "late-steps",
      "quartiles",
    ]);
    for (const table of tables) {
      expect(table.querySelector("caption")).toBeNull();
      const heading = doc.getElementById(table.getAttribute("aria-labelledby")!)!;
      expect(part.contains(heading)).toBe(true);
      expect(heading.tagName).toMatch(/^H[34]$/);
      for (const td of table.querySelectorAll("tbody td"))
        expect(td.getAttribute("data-label")).toBeTruthy();
    }
    const labels = [...part.querySelectorAll(".status")];
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(text(label)).not.toBe("");
  });
});

describe("a workbook without a complaints log, a hazards log or a Benchmarks sheet", () => {
  const without = (names: string[]) =>
    demoWorkbook().filter((sheet) => !names.includes(sheet.name));

  it("keeps the section, each part saying what the workbook has not got", () => {
    const doc = page(scanOf(without(["Complaints", "Hazards", "Benchmarks"])));
    const all = text(doc.getElementById("statutory"));
    expect(text(doc.querySelector("#statutory h2"))).toBe(TITLE);
    expect(all).toContain(
      "The workbook has no complaints log with the dates complaints were answered, so the Code's time limits cannot be checked."
    );
    expect(all).toContain(
      "The workbook has no hazards log, so Awaab's Law's time limits cannot be checked."
    );
    expect(all).toContain(
      "No indicator has figures from other landlords to compare with: the workbook has no Benchmarks sheet, or none of its rows is an indicator with a figure."
    );
    expect(doc.querySelectorAll("#statutory table")).toHaveLength(0);
    // The TSM sheet is still there, and its gaps with it.
    expect(doc.querySelectorAll("#statutory ul.publication-gaps li")).toHaveLength(2);
  });

  it("treats a complaints log without a Responded column as no log for the Code's clocks", () => {
    const sheets = demoWorkbook();
    const log = sheets.find((sheet) => sheet.name === "Complaints")!;
    const responded = log.cells[0]!.indexOf("Responded");
    expect(responded).toBeGreaterThan(0);
    log.cells = log.cells.map((row) => row.filter((_, i) => i !== responded));
    const all = text(page(scanOf(sheets)).getElementById("statutory"));
    expect(all).toContain(
      "The workbook has no complaints log with the dates complaints were answered"
    );
    expect(all).not.toContain("Overdue complaints");
    // The hazards log still gives its clocks.
    expect(all).toContain("Overdue: 11 working days");
  });

  it("with none of the panel's sheets: nothing to check, and no table", () => {
    const doc = page(scan({ sheets: [] }, { asOf: DEMO_AS_OF }).findings);
    const all = text(doc.getElementById("statutory"));
    expect(all).toContain("The workbook has no complaints log");
    expect(all).toContain("The workbook has no hazards log");
    expect(all).toContain("the workbook has no Benchmarks sheet");
    expect(all).toContain(
      "The KPI sheets report no Tenant Satisfaction Measures, so there is nothing to check."
    );
    expect(doc.querySelectorAll("#statutory table, #statutory .status")).toHaveLength(0);
  });

  it("says when the check found no gaps in the measures the KPI sheets report", () => {
    const findings = scanOf(demoWorkbook());
    const all = text(page({ ...findings, publicationGaps: [] }).getElementById("statutory"));
    expect(all).toContain(
      "No gaps: each Tenant Satisfaction Measure on the KPI sheets has what the Regulator asks to be published with it."
    );
  });

  it("says there is no overdue complaint or step when none is", () => {
    const findings = scanOf(demoWorkbook());
    const doc = page({
      ...findings,
      overdueClocks: [],
      hazards: findings.hazards!.map((h) => ({ ...h, overdue: false, overdueSteps: [] })),
    });
    const all = text(doc.getElementById("statutory"));
    expect(all).toContain("Overdue complaints No complaint is overdue.");
    expect(all).toContain("Overdue steps No step is overdue.");
    expect(doc.querySelector("#statutory table.overdue-complaints")).toBeNull();
  });
});
