/**
 * HTML built so that text is escaped unless it says otherwise: every value put into the `html`
 * template is escaped, except markup made by `html` itself. Names, indicators and notes come from the
 * workbook and may hold `<`, `&` or quotes; they can never become markup.
 */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What may go into a template: text (escaped), numbers, markup, lists of these, or nothing. */
export type Fragment = Html | string | number | undefined | null | false | readonly Fragment[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as HTML: safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function render(fragment: Fragment): string {
  if (fragment instanceof Html) return fragment.markup;
  if (Array.isArray(fragment)) return fragment.map(render).join("");
  if (fragment === undefined || fragment === null || fragment === false) return "";
  return escapeHtml(String(fragment));
}

/** The tag for markup: `html\`<td>${name}</td>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(markup);
}

/** Markup written here, not from the workbook (the stylesheet); never pass workbook text to it. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A heading's place for a table named by it rather than by a caption of its own. */
export interface LabelledBy {
  labelledBy: string;
}

/**
 * A table with column headers (`scope="col"`) and a row header (`scope="row"`) per row, named by a
 * caption, or by the heading just above it (`{ labelledBy }`: no heading said twice). Each
 * cell carries its column's header (data-label), which the page shows beside it when a phone's narrow
 * screen lays the rows out one under another.
 */
export function table(
  caption: Fragment | LabelledBy,
  headers: string[],
  rows: Fragment[][],
  className = ""
): Html {
  const named = (caption as LabelledBy)?.labelledBy;
  return html`<table${className ? html` class="${className}"` : ""}${
    named ? html` aria-labelledby="${named}"` : ""
  }>
${
  named
    ? ""
    : html`<caption>
        ${caption as Fragment}
      </caption>`
}
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map(
  ([first, ...rest]) =>
    html`<tr>
      <th scope="row">${first}</th>
      ${rest.map((cell, i) => html`<td data-label="${headers[i + 1] ?? ""}">${cell}</td>`)}
    </tr> `
)}</tbody>
</table>`;
}

/** A status word on a tinted label: the word is always there, the colour only helps. */
export function statusLabel(word: string, tone: Tone): Html {
  return html`<span class="status ${tone}">${word}</span>`;
}

export type Tone = "good" | "warn" | "bad" | "plain";

/** "1 member", "3 members"; a figure in its unit, as officers write it (shared with the pane). */
export { formatFigure, plural } from "../../wording/figures";

/** A share (0–1) as a percentage to one decimal place at most: 0.125 → 12.5%. */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString("en-GB", { maximumFractionDigits: 1 })}%`;
}

/** A numbered part of the report: its own page when printed, with an `h2` the contents list links to. */
export function section(id: string, title: string, body: Fragment): Html {
  return html`<section id="${id}" aria-labelledby="${id}-heading">
    <h2 id="${id}-heading">${title}</h2>
    ${body}
  </section> `;
}
