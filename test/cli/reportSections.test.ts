/** @jest-environment jsdom */
import { deserialize, serialize } from "v8";
import { dayFromIso } from "../../src/domain/calendar/days";
import { Findings } from "../../src/engine/findings";
import { scan } from "../../src/engine/scan";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { escapeHtml } from "../../src/cli/report/html";
import { CONTENTS } from "../../src/cli/report/opening";
import { reportHtml } from "../../src/cli/report/reportHtml";

/** The report's optional parts (the optional sheets' findings), a workbook with nothing in it, and escaping. */

globalThis.structuredClone ??= (<T>(value: T): T =>
  deserialize(serialize(value)) as T) as typeof structuredClone;

function scanOf(sheets: MemorySheet[]): Findings {
  return scan(new MemoryWorkbook(sheets).readSnapshot(), { asOf: DEMO_AS_OF }).findings;
}

function page(findings: Findings, problems = 0): Document {
  const html = reportHtml(findings, { workbookName: "panel.xlsx", problems });
  return new DOMParser().parseFromString(html, "text/html");
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();
const cells = (row: Element): string[] => [...row.children].map((cell) => text(cell));
const rows = (doc: Document, tableClass: string): string[][] =>
  [...doc.querySelectorAll(`table.${tableClass} tbody tr`)].map(cells);

const demo = scanOf(demoWorkbook());
const RISKY = "<script>alert(1)</script> & Sons";

describe("optional parts, shown only when the scan gives them", () => {
  const doc = page({
    ...demo,
    youSaidWeDid: [
      {
        review: "Complaint handling",
        recommendation: "Acknowledge every complaint within 2 working days",
        whatChanged: `Complaints now acknowledged within 2 days & ${RISKY}`,
        when: dayFromIso("2026-03-16"),
      },
      { review: "Estate cleaning", recommendation: "Publish the rota", whatChanged: "Rota online" },
    ],
    renewal: {
      panelYear: 2026,
      groupDue: "Tenants' Forum",
      dueForRenewal: [{ name: RISKY, group: "Tenants' Forum" }],
      termsEnding: [{ name: "Doris Smith", group: "Silver Service Forum", termEnd: 46402 }],
      places: [
        { group: "Tenants' Forum", places: 4, filled: 4, vacant: 0 },
        { group: "General", places: 3, filled: 1, vacant: 2 },
      ],
    },
    representation: {
      figuresDate: dayFromIso("2026-04-01"),
      groups: [
        {
          dimension: "Age band",
          group: "16-24",
          tenantShare: 0.08,
          memberShare: 0,
          members: 0,
          flag: "No member",
        },
        { dimension: "Age band", group: "65+", tenantShare: 0.3, memberShare: 0.5, members: 4 },
        {
          dimension: "Ethnicity",
          group: "Asian",
          tenantShare: 0.25,
          memberShare: 0.125,
          members: 1,
          flag: "Under-represented",
        },
      ],
      unanswered: { "Age band": 2, Ethnicity: 3 },
    },
  });

  it("tells You said, we did, row by row", () => {
    expect(rows(doc, "you-said")).toEqual([
      [
        "Acknowledge every complaint within 2 working days",
        `Complaints now acknowledged within 2 days & ${RISKY}`,
        "16/03/2026",
        "Complaint handling",
      ],
      ["Publish the rota", "Rota online", "", "Estate cleaning"],
    ]);
    expect(text(doc.getElementById("recommendations"))).not.toContain("None yet");
  });

  it("shows renewal: the group due by rotation, terms ending, places and vacancies", () => {
    const part = text(doc.getElementById("membership"));
    expect(part).toContain(
      "In 2026/27 the Tenants' Forum members are due for renewal by rotation (§15.2)."
    );
    expect(rows(doc, "renewal-due")).toEqual([[RISKY, "Tenants' Forum"]]);
    expect(rows(doc, "terms-ending")).toEqual([
      ["Doris Smith", "Silver Service Forum", "15/01/2027"],
    ]);
    expect(rows(doc, "places")).toEqual([
      ["Tenants' Forum", "4", "4", "None"],
      ["General", "3", "1", "2 vacancies"],
    ]);
  });

  it("shows representativeness as a table and a chart of members' against tenants' share, flags in words", () => {
    expect(rows(doc, "representation")).toEqual([
      ["16-24", "8%", "0%", "0", "No member"],
      ["65+", "30%", "50%", "4", "None"],
      ["Asian", "25%", "12.5%", "1", "Under-represented"],
    ]);
    expect([...doc.querySelectorAll("#membership h4")].map(text)).toEqual([
      "Age band: members' share against tenants' share",
      "Ethnicity: members' share against tenants' share",
    ]);
    const charts = [...doc.querySelectorAll("#membership svg.chart")];
    expect(charts).toHaveLength(2);
    expect([...charts[0]!.querySelectorAll("g.group")].map(text)).toEqual([
      "16-24: No memberMembers 0%Tenants 8%",
      "65+Members 50%Tenants 30%",
    ]);
    expect([...charts[1]!.querySelectorAll(".legend text")].map(text)).toEqual([
      "Members' share",
      "Tenants' share",
    ]);
    const part = text(doc.getElementById("membership"));
    expect(part).toContain("(tenant figures of 01/04/2026)");
    expect(part).toContain(
      "1 group flagged: 16-24 (No member). 2 members on the roll gave no answer."
    );
    expect(part).toContain(
      "1 group flagged: Asian (Under-represented). 3 members on the roll gave no answer."
    );
  });

  it("says there is no You said, we did yet when the list is empty", () => {
    const empty = page({ ...demo, youSaidWeDid: [] });
    expect(empty.querySelector("table.you-said")).toBeNull();
    expect(text(empty.getElementById("recommendations"))).toContain("None yet");
  });
});

describe("a workbook with none of the panel's sheets", () => {
  const doc = page(scan({ sheets: [] }, { asOf: DEMO_AS_OF }).findings);

  it("still has every section, each saying there is nothing yet", () => {
    expect([...doc.querySelectorAll("h2")].map(text)).toEqual(CONTENTS.map(([, title]) => title));
    const all = text(doc.body);
    expect(all).toContain("No KPI sheets were found in the workbook.");
    expect(all).toContain("No review triggers");
    expect(all).toContain("No reviews on the Reviews sheet.");
    expect(all).toContain("No members: the workbook has no Members sheet.");
    expect(all).toContain("Next meeting: none on the Meetings sheet.");
    expect(doc.querySelectorAll("svg")).toHaveLength(0);
  });
});

describe("text from the workbook is escaped", () => {
  it("escapes the five characters HTML gives meaning to", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
  });

  it("shows a member and an indicator named with markup as the text they are", () => {
    const name = "<script>alert(1)</script> & Sons";
    const indicator = `Rent & <b>arrears</b> "collected"`;
    const sheets = demoWorkbook();
    sheets.find((s) => s.name === "Members")!.cells[1]![0] = name;
    sheets.find((s) => s.name === "KPI - Rent")!.cells[2]![0] = indicator;
    const risky = reportHtml(scanOf(sheets), { workbookName: "<b>x</b>.xlsx", problems: 2 });
    expect(risky).not.toMatch(/<script|<b>/);
    expect(risky).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons");
    const page = new DOMParser().parseFromString(risky, "text/html");
    expect(page.querySelectorAll("script, b")).toHaveLength(0);
    expect(rows(page, "members")[0]![0]).toBe(name);
    expect(rows(page, "kpi-table").map((row) => row[0])).toContain(indicator);
    expect(
      [...page.querySelectorAll("table.triggers tbody th strong")].map((strong) => text(strong))
    ).toContain(indicator);
    const labels = [...page.querySelectorAll("svg.sparkline")].map((s) =>
      s.getAttribute("aria-label")
    );
    expect(labels.some((label) => label?.startsWith(`${indicator}:`))).toBe(true);
    expect(text(page.querySelector("footer"))).toContain("Made by tosp from <b>x</b>.xlsx.");
    expect(text(page.querySelector("#summary"))).toContain(
      "The workbook has 2 cells to put right; tosp scan lists them with their addresses."
    );
  });
});
