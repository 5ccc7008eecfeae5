/** @jest-environment jsdom */
import { deserialize, serialize } from "v8";
import { formatUkDate } from "../../src/domain/calendar/days";
import { Findings } from "../../src/engine/findings";
import { scan } from "../../src/engine/scan";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { CONTENTS } from "../../src/cli/report/opening";
import { reportHtml } from "../../src/cli/report/reportHtml";
import { statusCountsByArea } from "../../src/wording/serviceAreas";

/**
 * The Tenants' Forum report, read back as a browser reads it (jsdom's DOMParser): every section is
 * there, its figures are the scan's, it needs nothing from outside, and workbook text stays text.
 * The .xlsx file round trip and the command itself are in reportCommand.test.ts.
 */

// jest's jsdom environment leaves out Node's structuredClone, which the settings reader uses.
globalThis.structuredClone ??= (<T>(value: T): T =>
  deserialize(serialize(value)) as T) as typeof structuredClone;

function scanOf(sheets: MemorySheet[]): Findings {
  return scan(new MemoryWorkbook(sheets).readSnapshot(), { asOf: DEMO_AS_OF }).findings;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();

function bodyRows(doc: Document, tableClass: string): HTMLTableRowElement[] {
  return [...doc.querySelectorAll<HTMLTableRowElement>(`table.${tableClass} tbody tr`)];
}

const cells = (row: Element): string[] => [...row.children].map((cell) => text(cell));

const findings = scanOf(demoWorkbook());
const html = reportHtml(findings, { workbookName: "tosp-demo.xlsx", problems: 0 });
const doc = parse(html);

describe("the report of the demo workbook", () => {
  it("is titled with the panel year and the date, in UK English", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("en-GB");
    expect(doc.title).toBe(
      "Tenants' Overview and Scrutiny Panel: report to the Tenants' Forum: Panel year 2026/27, as at 23/11/2026"
    );
    expect(text(doc.querySelector("h1"))).toContain("report to the Tenants' Forum");
    expect(text(doc.querySelector(".as-at"))).toBe("Panel year 2026/27, as at 23/11/2026");
  });

  it("has every section, headed in order, each linked from the contents", () => {
    expect([...doc.querySelectorAll("h2")].map(text)).toEqual(CONTENTS.map(([, title]) => title));
    expect([...doc.querySelectorAll("nav a")].map((a) => a.getAttribute("href"))).toEqual(
      CONTENTS.map(([id]) => `#${id}`)
    );
    for (const [id] of CONTENTS) expect(doc.getElementById(id)?.tagName).toBe("SECTION");
    const levels = [...doc.querySelectorAll("h1, h2, h3, h4")].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
  });

  it("sums up the Summary figures in plain words", () => {
    const lines = [...doc.querySelectorAll("#summary li")].map(text);
    expect(lines).toEqual([
      // CH02 reported in both parts and from the complaints log.
      "Of 15 indicators rated against a target, 8 met it, 4 were near misses and 3 missed it.",
      "10 review triggers: 10 waiting for the panel to discuss, 0 accepted into the review programme.",
      "10 members: 1 Not eligible, 2 Lapsed, 1 Training incomplete, 1 At risk of lapse, 5 Active.",
      "4 meetings held and 6 still scheduled in 2026/27, against the 10 needed.",
      "Last meeting 10/11/2026: 5 of 6 tenant members present, quorate.",
      "Next meeting 08/12/2026: 6 tenant members, quorum 3.",
      "1 review with a stage overdue; 1 impact assessment overdue.",
    ]);
  });

  it("charts Met, Near miss and Missed per service area with the Summary's counts as text", () => {
    // On the first page, with the summary (a full first page).
    const chart = doc.querySelector("#summary svg.chart")!;
    expect(chart.getAttribute("role")).toBe("img");
    expect([...chart.querySelectorAll(".legend text")].map(text)).toEqual([
      "Met",
      "Near miss",
      "Missed",
    ]);
    const areas = [...chart.querySelectorAll("g.area")];
    const placed = statusCountsByArea(findings.kpis);
    expect(areas).toHaveLength(placed.length);
    placed.forEach(({ serviceArea, counts }, i) => {
      const area = areas[i]!;
      expect(text(area.querySelector("tspan"))).toBe(`${serviceArea}:`);
      expect(text(area.querySelector("tspan.counts"))).toBe(
        `${counts.Met} Met, ${counts["Near miss"]} Near miss, ${counts.Missed} Missed`
      );
      // Each segment carries its own count, so the bar reads without its colours.
      const onBars = [...area.querySelectorAll("rect + text")].map((t) => Number(text(t)));
      expect(onBars).toEqual([counts.Met, counts["Near miss"], counts.Missed].filter((n) => n > 0));
    });
    // The sample's indicator without a service area is on KPI - Rent: placed there by the name.
    expect(text(areas[0]!.querySelector(":scope > text"))).toBe(
      "Rent charging and recovery: 1 Met, 1 Near miss, 0 Missed; also 1 context only"
    );
    expect(html).not.toContain("No service area");
  });

  it("lists each indicator in its area's table with status, latest against target, trend and sparkline", () => {
    const rows = bodyRows(doc, "kpi-table");
    expect(rows).toHaveLength(findings.kpis.length);
    const byIndicator = new Map(rows.map((row) => [cells(row)[0], row]));
    for (const kpi of findings.kpis) {
      const row = byIndicator.get(kpi.indicator)!;
      expect(cells(row)[1]).toBe(kpi.status);
      const points = row.querySelectorAll("polyline");
      const actual = points[points.length - 1]!.getAttribute("points")!.split(" ");
      expect(actual).toHaveLength(kpi.periods.filter((p) => p.actual !== undefined).length);
      expect(row.querySelector("svg")!.getAttribute("aria-label")).toContain(kpi.indicator);
    }
    expect(cells(byIndicator.get("Average re-let time (days)")!).slice(1, 4)).toEqual([
      "Missed",
      "41 days against target 28 days (Oct 2026)",
      "↑ Worse: up from 35 days in Sep 2026 to 41 days in Oct 2026. Worse than target for 3 months in a row.",
    ]);
    const withTarget = byIndicator.get("Rent collected as % of rent due")!;
    expect(withTarget.querySelector("polyline[stroke-dasharray]")).not.toBeNull();
    // Each area's table is named by its heading, not by a caption saying it again.
    for (const table of doc.querySelectorAll("table.kpi-table")) {
      expect(table.querySelector("caption")).toBeNull();
      const heading = doc.getElementById(table.getAttribute("aria-labelledby")!)!;
      expect(heading.tagName).toBe("H3");
      expect(text(heading)).toMatch(/: \d+ indicators?$/);
    }
  });

  it("says the trend in words that agree with the sparkline, for context indicators too", () => {
    const rows = new Map(bodyRows(doc, "kpi-table").map((row) => [cells(row)[0], row]));
    for (const kpi of findings.kpis) {
      const trend = cells(rows.get(kpi.indicator)!)[3]!;
      const figures = kpi.periods.filter((p) => p.actual !== undefined);
      if (figures.length < 2) {
        // A measure reported once (the TSM's CH02) has no step to show.
        expect(trend).toMatch(/^Only one figure so far: no trend yet/);
        continue;
      }
      const [before, last] = figures.slice(-2).map((p) => p.actual!);
      // The arrow goes the way the sparkline's last step goes.
      const arrow = last! > before! ? "↑" : last! < before! ? "↓" : "→";
      expect(`${kpi.indicator}: ${trend.slice(0, 1)}`).toBe(`${kpi.indicator}: ${arrow}`);
      expect(trend).not.toContain("No trend to show");
    }
    expect(cells(rows.get("Households in temporary accommodation")!)[3]).toBe(
      "↓ Down from 131 in Sep 2026 to 128 in Oct 2026 (context only: neither better nor worse)."
    );
    const legend = text(doc.querySelector("#kpis .legend-words"));
    expect(legend).toContain("↑ up, ↓ down, → level");
    expect(legend).toContain("the solid line is the actual figure, the dashed line the target");
  });

  it("labels each sparkline's highest and lowest figures", () => {
    const rent = findings.kpis.find((k) => k.indicator === "Rent collected as % of rent due")!;
    const row = bodyRows(doc, "kpi-table").find((r) => cells(r)[0] === rent.indicator)!;
    const values = rent.periods.flatMap((p) => [p.actual, p.target]).filter((v) => v !== undefined);
    expect(text(row.querySelector("svg text.max"))).toBe(`${Math.max(...values)}%`);
    expect(text(row.querySelector("svg text.min"))).toBe(`${Math.min(...values)}%`);
  });

  it("has one row per trigger, with its evidence as a sentence and its figures, and the panel's decision", () => {
    const rows = bodyRows(doc, "triggers");
    expect(rows).toHaveLength(findings.triggers.length);
    findings.triggers.forEach((trigger, i) => {
      const [subject, evidence, decision] = [...rows[i]!.children];
      expect(text(subject!.querySelector("strong"))).toBe(trigger.subject);
      expect(text(subject!.querySelector(".kind"))).toBe(
        `${trigger.type} trigger, ${trigger.serviceArea}`
      );
      expect(text(evidence!.querySelector(".evidence"))).toMatch(/\.$/);
      expect(text(decision)).toBe("New: not discussed yet");
    });
    const rent = rows.find((row) => text(row.firstElementChild).startsWith("Rent collected"))!;
    expect(text(rent.querySelector(".evidence"))).toBe(
      "Below target for 7 months running since April 2026; latest 96% against 97%."
    );
    expect([...rent.querySelectorAll(".periods li")].map(text)).toHaveLength(7);
    expect(text(doc.getElementById("triggers"))).not.toMatch(/§/);
  });

  it("gives each review its stage, next deadline and Overdue", () => {
    const rows = bodyRows(doc, "reviews");
    expect(rows).toHaveLength(findings.reviews.length);
    expect(rows.filter((row) => cells(row)[5] === "Overdue")).toHaveLength(
      findings.reviews.filter((r) => r.overdue).length
    );
    expect(cells(rows[0]!)).toEqual([
      "Empty homes: how long they stay empty",
      "2026/27",
      "Scheduled",
      "Desk-top review",
      "Information request: 29/10/2026 (overdue)",
      "Overdue",
    ]);
    expect(text(doc.getElementById("reviews"))).toContain(findings.programme.message);
  });

  it("shows recommendations with their impact assessment, and You said, we did as the scan gives it", () => {
    const rows = bodyRows(doc, "recommendations");
    expect(rows).toHaveLength(findings.recommendations.length);
    expect(cells(rows[0]!)).toEqual([
      "Acknowledge every complaint within 2 working days",
      "Complaint handling",
      "Impact assessment overdue",
      "16/03/2026",
      "Overdue: was due 16/09/2026",
    ]);
    expect(cells(rows[2]!).slice(2)).toEqual(["Not accepted", "Not yet", "Not due"]);
    const said = findings.youSaidWeDid ?? [];
    expect(bodyRows(doc, "you-said").map(cells)).toEqual(
      said.map((y) => [
        y.recommendation,
        y.whatChanged,
        y.when === undefined ? "" : formatUkDate(y.when),
        y.review,
      ])
    );
    expect(text(doc.getElementById("recommendations")).includes("You said, we did None yet")).toBe(
      said.length === 0
    );
  });

  it("gives every member's status and reasons, the counts by status, the next meeting and quorum", () => {
    const rows = bodyRows(doc, "members");
    expect(rows.map((row) => cells(row).slice(0, 3))).toEqual(
      findings.members.map((m) => [m.name, m.group, m.status])
    );
    expect(cells(rows[5]!)[3]).toBe("Place lapsed on 14/07/2026");
    expect(bodyRows(doc, "member-counts").map(cells)).toEqual(
      Object.entries(findings.summary.membersByStatus).map(([s, n]) => [s, String(n)])
    );
    expect(text(doc.getElementById("membership"))).toContain(
      "Next meeting: 08/12/2026 (Main), with 6 tenant members: quorum is 3 present."
    );
    const meetings = bodyRows(doc, "meetings").map(cells);
    expect(meetings.find((m) => m[0] === "10/02/2026")).toEqual([
      "10/02/2026",
      "Main",
      "2 of 7",
      "4",
      "Not quorate",
      "",
    ]);
    expect(bodyRows(doc, "composition").map(cells)[0]).toEqual(["Tenants' Forum", "4"]);
    // In plain words, the clause only cited.
    const within = findings.composition?.breaches.length === 0;
    expect(
      text(doc.getElementById("membership")).includes(
        "Within the limits No group has more members than the terms of reference allow (§4.1)."
      )
    ).toBe(within);
  });

  it("shows renewal and representativeness exactly when the scan gives them", () => {
    const h3 = [...doc.querySelectorAll("h3")].map(text);
    const { renewal, representation } = findings;
    expect(h3.includes("Renewal of membership")).toBe(renewal !== undefined);
    expect(h3.includes("How well the panel represents tenants")).toBe(representation !== undefined);
    expect(bodyRows(doc, "renewal-due").map(cells)).toEqual(
      (renewal?.dueForRenewal ?? []).map((m) => [m.name, m.group])
    );
    expect(bodyRows(doc, "representation")).toHaveLength(representation?.groups.length ?? 0);
  });
});

describe("the report is one self-contained page", () => {
  it("has no script, no external file, font, image or link", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import|<link|<img|<iframe|<object|https?:/i);
    const hrefs = [...html.matchAll(/href\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^#[a-z-]+$/);
  });

  it("is accessible: a name (a caption or the heading above) and scoped headers on every table, a name on every chart", () => {
    const tables = [...doc.querySelectorAll("table")];
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const labelledBy = table.getAttribute("aria-labelledby");
      const name = labelledBy
        ? text(doc.getElementById(labelledBy))
        : text(table.querySelector("caption"));
      expect(name).not.toBe("");
      // Every cell but the row's header says its column, for a phone's narrow layout.
      for (const td of table.querySelectorAll("tbody td"))
        expect(td.getAttribute("data-label")).toBeTruthy();
      for (const th of table.querySelectorAll("thead th"))
        expect(th.getAttribute("scope")).toBe("col");
      for (const row of table.querySelectorAll("tbody tr"))
        expect(row.firstElementChild?.getAttribute("scope")).toBe("row");
    }
    for (const svg of doc.querySelectorAll("svg")) {
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")).toBeTruthy();
    }
  });

  it("has no heading said twice, as a heading or a table's caption", () => {
    const names = [...doc.querySelectorAll("h1, h2, h3, h4, caption")].map(text);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    for (const table of doc.querySelectorAll("table[aria-labelledby]"))
      expect(table.querySelector("caption")).toBeNull();
  });

  it("prints on A4 in large type, each section on a new page, rows and charts never cut", () => {
    const css = text(doc.querySelector("style"));
    expect(css).toMatch(/body \{[^}]*font-size: 17px/);
    expect(css).toContain("@page { size: A4;");
    expect(css).toMatch(/@media print \{[^@]*section \{ break-before: page; \}/);
    expect(css).toContain("tr { break-inside: avoid; }");
    expect(css).toContain("thead { display: table-header-group; }");
  });
});
