/**
 * The report's only stylesheet, inline: large type, high-contrast status labels that always carry a
 * word, and print rules for A4 (each section on a new page, rows and charts never split, table headers
 * repeated on every page). System fonts only: nothing is fetched.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  padding: 1.5rem;
  max-width: 62rem;
  font-family: system-ui, "Segoe UI", Arial, Helvetica, sans-serif;
  font-size: 17px;
  line-height: 1.5;
  color: #1b1b1b;
  background: #ffffff;
}
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 0.75rem; border-bottom: 3px solid #1f4e79; }
h3 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
.as-at { font-size: 1.2rem; margin: 0 0 1rem; }
.lead li { margin-bottom: 0.35rem; }
nav ol { columns: 2; padding-left: 1.5rem; }
a { color: #1f4e79; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.25rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
tbody th { font-weight: normal; }
/* Inline blocks with room between lines: two labels never overlap when a cell wraps. */
.status { display: inline-block; padding: 0 0.4rem; margin: 0.1rem 0; line-height: 1.35; border-radius: 0.25rem; font-weight: bold; border: 1px solid currentColor; overflow-wrap: normal; }
.status.good { background: #e6f4ea; color: #0b5d1e; }
.status.warn { background: #fff4ce; color: #5c4400; }
.status.bad { background: #fde7e9; color: #a4262c; }
.status.plain { background: #f0f0f0; color: #333333; }
figure { margin: 0.5rem 0 1.25rem; }
figcaption { font-style: italic; }
.chart { display: block; max-width: 100%; height: auto; margin: 0.5rem 0; }
.sparkline { display: block; width: 100%; max-width: 212px; height: auto; }
.sparkline text { fill: #333333; }
.legend-words { font-size: 0.95rem; padding-left: 1.25rem; }
.kind { font-size: 0.9rem; color: #333333; font-weight: normal; }
.evidence { margin: 0 0 0.25rem; }
.periods { margin: 0; padding-left: 1.1rem; font-size: 0.9rem; }
/* Lists that lead with a status label, one item a few lines apart. */
ul.mismatches li, ul.publication-gaps li, ul.not-covered li, ul.extensions li { margin-bottom: 0.4rem; }
/* A complaint's or a hazard's reference is never split at its hyphens (H-26-051). */
.ref { white-space: nowrap; }
table.logged-measures { table-layout: fixed; }
table.logged-measures thead th:nth-child(1) { width: 38%; }
table.logged-measures thead th:nth-child(2) { width: 37%; }
table.logged-measures thead th:nth-child(3) { width: 25%; }
/* Where a measure stands among other landlords gets the room: a label and two sentences. */
table.quartiles { table-layout: fixed; }
table.quartiles thead th:nth-child(1) { width: 22%; }
table.quartiles thead th:nth-child(2) { width: 15%; }
table.quartiles thead th:nth-child(3) { width: 11%; }
table.quartiles thead th:nth-child(4) { width: 11%; }
table.quartiles thead th:nth-child(5) { width: 11%; }
table.quartiles thead th:nth-child(6) { width: 30%; }
/* The same columns in every area's table, so the areas read down the page alike. */
table.kpi-table { table-layout: fixed; }
table.kpi-table thead th:nth-child(1) { width: 22%; }
table.kpi-table thead th:nth-child(2) { width: 13%; }
table.kpi-table thead th:nth-child(3) { width: 18%; }
table.kpi-table thead th:nth-child(4) { width: 25%; }
table.kpi-table thead th:nth-child(5) { width: 22%; }
/* The evidence gets the room: a sentence and its figures (the column was narrow). */
table.triggers { table-layout: fixed; }
table.triggers thead th:nth-child(1) { width: 28%; }
table.triggers thead th:nth-child(2) { width: 52%; }
table.triggers thead th:nth-child(3) { width: 20%; }
/*
 * A phone (at 400 px the tables overflowed): each row becomes a block of its own, its first
 * cell a heading and every other cell with its column's name beside it.
 */
@media screen and (max-width: 40rem) {
  body { padding: 1rem; font-size: 16px; }
  nav ol { columns: 1; }
  table, thead, tbody, tr, th, td, caption { display: block; width: auto !important; }
  table { border: 0; }
  thead { position: absolute; width: 1px !important; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid #8a8a8a; border-radius: 0.25rem; margin-bottom: 0.75rem; padding: 0.25rem 0; }
  th, td { border: 0; padding: 0.2rem 0.6rem; }
  tbody th { font-weight: bold; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
  .sparkline { margin-top: 0.25rem; }
  .ref { white-space: normal; overflow-wrap: anywhere; }
}
/* Windows contrast themes: the charts in the system's colours; their words carry the meaning. */
@media (forced-colors: active) {
  .sparkline .actual { stroke: CanvasText; }
  .sparkline .target, .sparkline .axis { stroke: GrayText; }
  .sparkline .latest { fill: Highlight; }
  .sparkline text, .chart text { fill: CanvasText; }
  .chart rect { fill: Canvas; stroke: CanvasText; }
}
.none { font-style: italic; }
footer { margin-top: 3rem; font-size: 0.95rem; color: #333333; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { padding: 0; max-width: none; font-size: 12pt; }
  section { break-before: page; }
  section.opening { break-before: auto; }
  /* The contents' links do nothing on paper; the first page is the summary and its chart. */
  nav { display: none; }
  h2 { margin-top: 0; }
  h2, h3, caption { break-after: avoid; }
  table, figure, svg, .keep { break-inside: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
