/**
 * What a cell's number format says about its number. Excel stores dates and percentages as plain
 * numbers; only the format tells them apart, so hosts read formats as well as values (docs/workbook.md).
 */
export type FormatKind = "general" | "percent" | "date" | "other";

const cache = new Map<string, FormatKind>();

/** Removes quoted literals, escaped characters and bracketed codes ([Red], [$-809]) before looking at tokens. */
function tokensOf(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
}

export function formatKind(format: string | undefined): FormatKind {
  if (format === undefined || format === "" || format.toLowerCase() === "general") return "general";
  let kind = cache.get(format);
  if (kind === undefined) {
    const tokens = tokensOf(format.split(";")[0] ?? "");
    if (tokens.includes("%")) kind = "percent";
    else if (/[dmyhs]/i.test(tokens.replace(/[eE][+-]/g, ""))) kind = "date";
    else kind = "other";
    cache.set(format, kind);
  }
  return kind;
}
