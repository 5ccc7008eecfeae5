/**
 * The council report's task teams "consist of a database of interested tenants and residents who have
 * expressed interest in a specific area of service" (¶25). An interest is a service area, written as
 * the panel names it (§2.2, the KPI sheets); these read a person's interests from one cell.
 */

/**
 * Splits an Interests cell at commas and semicolons, but not inside brackets, so
 * `Customer feedback (surveys, compliments, complaints); Repairs` is two interests.
 */
export function splitInterests(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of text) {
    if (character === "(") depth++;
    if (character === ")") depth = Math.max(0, depth - 1);
    if ((character === "," || character === ";") && depth === 0) {
      parts.push(current);
      current = "";
    } else current += character;
  }
  parts.push(current);
  return parts.map((part) => part.trim().replace(/\s+/g, " ")).filter((part) => part !== "");
}

/**
 * Service areas match ignoring case, punctuation, `&` for `and`, and a note in brackets at the end:
 * `neighbourhood management (incl. anti-social behaviour)` is `Neighbourhood management`.
 */
export function serviceAreaKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "");
}

/** The service area, as the panel writes it, that an interest names; undefined when none does. */
export function matchServiceArea(
  interest: string,
  serviceAreas: readonly string[]
): string | undefined {
  const key = serviceAreaKey(interest);
  return serviceAreas.find((area) => serviceAreaKey(area) === key);
}
