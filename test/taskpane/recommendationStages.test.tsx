/** @jest-environment jsdom */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import { render } from "./renderPane";
import { dayFromIso } from "../../src/domain/calendar/days";
import { scan } from "../../src/engine/scan";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { reportHtml } from "../../src/cli/report/reportHtml";
import { RecommendationsView } from "../../src/taskpane/views/RecommendationsView";
import { standInForStructuredClone } from "./panelFixtures";

/**
 * Each recommendation's stage (§11.4) is the engine's, and the task pane and the report say it in the
 * same words: one recommendation at each stage, on a Recommendations sheet of its own.
 */
const AS_OF = dayFromIso("2026-11-23");
const DATE = "dd/mm/yyyy";
const rows: [string, "Y" | "N" | null, string | null][] = [
  ["Answer the phone within a minute", null, null],
  ["Publish the repairs rota", "Y", null],
  ["Close the estate office on Fridays", "N", null],
  ["Name the officer on every letter", "Y", "2026-07-01"],
  ["Acknowledge complaints within 2 days", "Y", "2026-03-16"],
  ["Text tenants before a visit", null, "2026-10-01"],
];

function findingsOfSheet() {
  standInForStructuredClone();
  const cells = [
    ["Review", "Recommendation", "Accepted", "Implemented"],
    ...rows.map(([recommendation, accepted, implemented]) => [
      "Repairs",
      recommendation,
      accepted,
      implemented === null ? null : dayFromIso(implemented),
    ]),
  ];
  const formats = cells.map((row) => row.map((_, column) => (column === 3 ? DATE : undefined)));
  const sheets = [{ name: "Recommendations", cells, formats }];
  return scan(new MemoryWorkbook(sheets).readSnapshot(), { asOf: AS_OF }).findings;
}

describe("a recommendation's stage (§11.4)", () => {
  const findings = findingsOfSheet();

  it("is worked out by the engine, the first that applies", () => {
    expect(findings.recommendations.map((r) => [r.recommendation, r.stage])).toEqual([
      ["Answer the phone within a minute", "Not decided"],
      ["Publish the repairs rota", "Accepted"],
      ["Close the estate office on Fridays", "Not accepted"],
      ["Name the officer on every letter", "Implemented"],
      ["Acknowledge complaints within 2 days", "Impact assessment overdue"],
      // A blank counts as accepted for the impact assessment (docs/rules.md, Reviews).
      ["Text tenants before a visit", "Implemented"],
    ]);
  });

  it("reads the same in the task pane and in the report", () => {
    const doc = new DOMParser().parseFromString(
      reportHtml(findings, { workbookName: "stages.xlsx", problems: 0 }),
      "text/html"
    );
    const reported = new Map(
      [...doc.querySelectorAll("table.recommendations tbody tr")].map((row) => {
        const [recommendation, , stage] = [...row.children].map((cell) =>
          (cell.textContent ?? "").replace(/\s+/g, " ").trim()
        );
        return [recommendation, stage];
      })
    );
    render(<RecommendationsView findings={findings} />);
    const shown = new Map(
      findings.recommendations.map(({ recommendation }) => {
        const item = screen.getByText(recommendation).closest("li")!;
        return [
          recommendation,
          within(item).getByText(/./, { selector: "[data-colour]" }).textContent,
        ];
      })
    );
    expect(reported.size).toBe(rows.length);
    expect(shown).toEqual(reported);
    expect(shown.get("Answer the phone within a minute")).toBe("Not decided");
    expect(shown.get("Publish the repairs rota")).toBe("Accepted, not yet implemented");
  });
});
