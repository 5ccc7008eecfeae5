import { deserialize, serialize } from "v8";
import { chromium, Browser, Page } from "playwright-core";
import { reportHtml } from "../../src/cli/report/reportHtml";
import { scan } from "../../src/engine/scan";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { chromiumPath } from "./chromium";

/**
 * The report as Chromium lays it out: on a phone 400 px wide nothing runs off the
 * side and no two status labels overlap; printed on A4, the first page holds the summary and the KPI
 * chart. The same Chromium as the PDF (tosp report --pdf) and the end-to-end run.
 */

jest.setTimeout(60_000);

globalThis.structuredClone ??= (<T>(value: T): T =>
  deserialize(serialize(value)) as T) as typeof structuredClone;

const { findings } = scan(new MemoryWorkbook(demoWorkbook()).readSnapshot(), { asOf: DEMO_AS_OF });
const html = reportHtml(findings, { workbookName: "tosp-demo.xlsx", problems: 0 });

/** A4 less the report's margins (@page: 14 mm top and bottom, 12 mm each side), in CSS pixels. */
const MM = 96 / 25.4;
const A4_CONTENT = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 28) * MM) };

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
});
afterAll(() => browser?.close());

async function opened(viewport: { width: number; height: number }, media?: "print"): Promise<Page> {
  const page = await browser!.newPage({ viewport });
  if (media) await page.emulateMedia({ media });
  await page.setContent(html, { waitUntil: "load" });
  return page;
}

describe("on a phone, 400 px wide", () => {
  it("reflows every table: nothing wider than the screen", async () => {
    const page = await opened({ width: 400, height: 800 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(
        ...[...document.querySelectorAll("table, tr, td, th, svg")].map(
          (e) => e.getBoundingClientRect().right
        )
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(400);
    expect(widths.widest).toBeLessThanOrEqual(400);
    // Each cell says its column beside it, the column headers being hidden.
    const label = await page.evaluate(
      () => getComputedStyle(document.querySelector("table.kpi-table td")!, "::before").content
    );
    expect(label).toMatch(/^"Status"? ?"?: "$/);
    await page.close();
  });

  it("keeps every status label inside its cell, and never overlaps two", async () => {
    for (const width of [400, 1000]) {
      const page = await opened({ width, height: 800 });
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll(".status")].map((e) =>
          e.getBoundingClientRect()
        );
        let count = 0;
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > 0.5 && y > 0.5) count++;
          })
        );
        // A label running out of its cell lies over the next one's words.
        const outside = [...document.querySelectorAll("td .status, th .status")].filter((e) => {
          const label = e.getBoundingClientRect();
          const cell = e.closest("td, th")!.getBoundingClientRect();
          return label.left < cell.left - 0.5 || label.right > cell.right + 0.5;
        }).length;
        return { count, labels: boxes.length, outside };
      });
      expect(overlaps.labels).toBeGreaterThan(20);
      expect(overlaps.count).toBe(0);
      expect(`${overlaps.outside} labels outside their cells at ${width} px`).toBe(
        `0 labels outside their cells at ${width} px`
      );
      await page.close();
    }
  });
});

describe("the section on complaints, hazards and the TSM", () => {
  it("reflows at 400 px, and starts a new page on A4 with every table inside the page's width", async () => {
    const phone = await opened({ width: 400, height: 800 });
    const narrow = await phone.evaluate(() => {
      const part = document.getElementById("statutory")!;
      return {
        tables: part.querySelectorAll("table").length,
        widest: Math.max(
          ...[...part.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)
        ),
        label: getComputedStyle(part.querySelector("table.quartiles td")!, "::before").content,
      };
    });
    expect(narrow.tables).toBe(7);
    expect(narrow.widest).toBeLessThanOrEqual(400);
    expect(narrow.label).toMatch(/^"Latest figure"? ?"?: "$/);
    await phone.close();
    const paper = await opened(A4_CONTENT, "print");
    const printed = await paper.evaluate(() => {
      const part = document.getElementById("statutory")!;
      return {
        breakBefore: getComputedStyle(part).breakBefore,
        widest: Math.max(
          ...[...part.querySelectorAll("table, tr, td, th")].map(
            (e) => e.getBoundingClientRect().right
          )
        ),
      };
    });
    expect(printed.breakBefore).toBe("page");
    expect(printed.widest).toBeLessThanOrEqual(A4_CONTENT.width);
    await paper.close();
  });
});

describe("printed on A4", () => {
  it("fills the first page with the summary and the KPI chart", async () => {
    const page = await opened(A4_CONTENT, "print");
    const layout = await page.evaluate(() => {
      const bottom = (selector: string) =>
        document.querySelector(selector)!.getBoundingClientRect().bottom;
      return {
        summary: bottom("#summary ul.lead"),
        chart: bottom("#summary figure"),
        nav: getComputedStyle(document.querySelector("nav")!).display,
        kpisBreak: getComputedStyle(document.getElementById("kpis")!).breakBefore,
      };
    });
    // The chart ends on the first page, and the rest starts on the next.
    expect(layout.chart).toBeGreaterThan(layout.summary);
    expect(layout.chart).toBeLessThanOrEqual(A4_CONTENT.height);
    expect(layout.chart).toBeGreaterThan(A4_CONTENT.height * 0.6);
    expect(layout.nav).toBe("none");
    expect(layout.kpisBreak).toBe("page");
    await page.close();
  });
});
