import { html, Html } from "./html";

/**
 * The report's charts, drawn as inline SVG (no script, no file, no font from elsewhere). Each one says
 * what it shows in words too: the bars carry their counts as text, and each chart has a legend in words
 * and an accessible name, so nothing depends on telling colours apart.
 */

export const RATED = ["Met", "Near miss", "Missed"] as const;
export type Rated = (typeof RATED)[number];

/** Fill and text colour of each status (text on each fill has a contrast of at least 4.5:1). */
const RATED_COLOURS: Record<Rated, { fill: string; ink: string }> = {
  Met: { fill: "#1a7f37", ink: "#ffffff" },
  "Near miss": { fill: "#f2c94c", ink: "#1b1b1b" },
  Missed: { fill: "#b3261e", ink: "#ffffff" },
};

export interface AreaCounts {
  serviceArea: string;
  counts: Record<Rated, number>;
  /** Indicators of the area not rated against a target: `{ "Context only": 1 }`. */
  others?: Record<string, number>;
}

/** Chart size in SVG units (CSS pixels at full size); the page scales a chart down to fit. */
export const WIDTH = 720;
const BAR_WIDTH = 600;
const ROW = 64;
const LEGEND = 40;

/** "1 Met, 2 Near miss, 0 Missed": the words beside each bar, and what the test reads back. */
export function countsInWords(counts: Record<Rated, number>): string {
  return RATED.map((status) => `${counts[status]} ${status}`).join(", ");
}

/** Swatches with words: the words say what each colour means. */
export function legend(items: { label: string; fill: string }[]): Html {
  let x = 0;
  return html`<g class="legend"
    >${items.map(({ label, fill }) => {
      const item = html`<rect
          x="${x}"
          y="8"
          width="18"
          height="18"
          fill="${fill}"
          stroke="#1b1b1b"
        /><text x="${x + 24}" y="23">${label}</text>`;
      x += 36 + label.length * 9;
      return item;
    })}</g
  >`;
}

/**
 * Met / Near miss / Missed per service area: one stacked bar each, with each segment's count written on
 * it and every count in words beside the area's name (`also` adds the unrated counts, if any).
 */
export function statusByAreaChart(areas: AreaCounts[]): Html {
  const most = Math.max(1, ...areas.map((a) => RATED.reduce((n, s) => n + a.counts[s], 0)));
  const unit = BAR_WIDTH / most;
  const height = LEGEND + areas.length * ROW;
  const label = `KPI status by service area: ${areas
    .map((a) => `${a.serviceArea}: ${countsInWords(a.counts)}${alsoText(a)}`)
    .join("; ")}`;
  const rows = areas.map((area, index) => {
    const y = LEGEND + index * ROW;
    let x = 0;
    const segments = RATED.filter((s) => area.counts[s] > 0).map((status) => {
      const width = area.counts[status] * unit;
      const { fill, ink } = RATED_COLOURS[status];
      const segment = html`<rect
          x="${x.toFixed(1)}"
          y="${y + 26}"
          width="${width.toFixed(1)}"
          height="28"
          fill="${fill}"
          stroke="#1b1b1b"
        /><text
          x="${(x + width / 2).toFixed(1)}"
          y="${y + 46}"
          fill="${ink}"
          text-anchor="middle"
          font-weight="bold"
          >${area.counts[status]}</text
        >`;
      x += width;
      return segment;
    });
    const none =
      segments.length === 0 &&
      html`<text x="0" y="${y + 46}">No indicator rated against a target</text>`;
    return html`<g class="area"
      ><text x="0" y="${y + 18}"
        ><tspan font-weight="bold">${area.serviceArea}:</tspan>
        <tspan class="counts">${countsInWords(area.counts)}</tspan>${alsoText(area)}</text
      >${segments}${none}</g
    >`;
  });
  return html`<svg
    class="chart"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    font-size="16"
    font-family="inherit"
  >
    <title>${label}</title>
    ${legend(RATED.map((s) => ({ label: s, fill: RATED_COLOURS[s].fill })))} ${rows}
  </svg>`;
}

function alsoText({ others }: AreaCounts): string {
  const words = Object.entries(others ?? {})
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status.toLowerCase()}`);
  return words.length === 0 ? "" : `; also ${words.join(", ")}`;
}

export interface ShareBar {
  group: string;
  memberShare: number;
  tenantShare: number;
  /** In words, shown after the bars. */
  flag?: string;
}

const SHARE_COLOURS = { members: "#1f4e79", tenants: "#8a8a8a" };

/** Members' share against tenants' share for each group: two labelled bars and the flag in words. */
export function shareChart(
  title: string,
  bars: ShareBar[],
  formatShare: (n: number) => string
): Html {
  const rowHeight = 84;
  const height = LEGEND + bars.length * rowHeight;
  const scale =
    (BAR_WIDTH - 60) / Math.max(0.01, ...bars.flatMap((b) => [b.memberShare, b.tenantShare]));
  const rows = bars.map((bar, index) => {
    const y = LEGEND + index * rowHeight;
    const one = (label: string, share: number, fill: string, top: number): Html => {
      const width = Math.max(1, share * scale);
      return html`<rect
          x="0"
          y="${top}"
          width="${width.toFixed(1)}"
          height="22"
          fill="${fill}"
        /><text x="${(width + 8).toFixed(1)}" y="${top + 17}"
          >${label} ${formatShare(share)}</text
        >`;
    };
    return html`<g class="group"
      ><text x="0" y="${y + 18}" font-weight="bold"
        >${bar.group}${bar.flag ? `: ${bar.flag}` : ""}</text
      >${one("Members", bar.memberShare, SHARE_COLOURS.members, y + 26)}${one("Tenants", bar.tenantShare, SHARE_COLOURS.tenants, y + 52)}</g
    >`;
  });
  return html`<svg
    class="chart"
    role="img"
    aria-label="${title}"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    font-size="16"
    font-family="inherit"
  >
    <title>${title}</title>
    ${legend([
      { label: "Members' share", fill: SHARE_COLOURS.members },
      { label: "Tenants' share", fill: SHARE_COLOURS.tenants },
    ])}
    ${rows}
  </svg>`;
}
