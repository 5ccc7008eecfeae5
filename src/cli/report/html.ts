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

/** A table with a caption, column headers (`scope="col"`) and a row header (`scope="row"`) per row. */
export function table(
  caption: Fragment,
  headers: string[],
  rows: Fragment[][],
  className = ""
): Html {
  return html`<table${className ? html` class="${className}"` : ""}>
<caption>${caption}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map(
  ([first, ...rest]) =>
    html`<tr>
      <th scope="row">${first}</th>
      ${rest.map((cell) => html`<td>${cell}</td>`)}
    </tr> `
)}</tbody>
</table>`;
}

/** A status word on a tinted label: the word is always there, the colour only helps. */
export function statusLabel(word: string, tone: Tone): Html {
  return html`<span class="status ${tone}">${word}</span>`;
}

export type Tone = "good" | "warn" | "bad" | "plain";

/** "1 member", "3 members". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A figure in its unit, as officers write it: 95.2%, £12,300, 21 days, 3.1 per 1,000 homes. */
export function formatFigure(value: number, unit?: string): string {
  const figure = (Math.round(value * 100) / 100).toLocaleString("en-GB", {
    maximumFractionDigits: 2,
  });
  if (unit === undefined || unit === "" || unit === "count") return figure;
  if (unit === "%") return `${figure}%`;
  if (unit === "£") return `£${figure}`;
  return `${figure} ${unit}`;
}

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
