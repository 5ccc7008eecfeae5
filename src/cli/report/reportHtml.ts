import { Findings } from "../../engine/findings";
import { html, trusted } from "./html";
import { kpiSection } from "./kpiSection";
import { membershipSection } from "./membershipSection";
import { opening, REPORT_HEADING, reportDate } from "./opening";
import { recommendationSection, reviewSection, triggerSection } from "./reviewSections";
import { statutorySection } from "./statutorySection";
import { REPORT_CSS } from "./styles";

export interface ReportOptions {
  /** The workbook's file name, said at the foot of the page. */
  workbookName: string;
  /** How many cells the scan could not read (the summary says so; tosp scan lists them). */
  problems: number;
}

/**
 * The Tenants' Forum report (§2.5: regular summary reports) as one self-contained, printable HTML page:
 * inline CSS and inline SVG only, no script and nothing fetched, every text from the workbook escaped.
 */
export function reportHtml(findings: Findings, { workbookName, problems }: ReportOptions): string {
  return html`<!DOCTYPE html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${REPORT_HEADING}: ${reportDate(findings)}</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        <main>
          ${opening(findings, problems)} ${kpiSection(findings)} ${statutorySection(findings)}
          ${triggerSection(findings)} ${reviewSection(findings)} ${recommendationSection(findings)}
          ${membershipSection(findings)}
        </main>
        <footer><p>Made by tosp from ${workbookName}. ${reportDate(findings)}.</p></footer>
      </body>
    </html> `.markup;
}
