/**
 * Clause numbers out of running text: "training 50% of the 80% needed (§4.5)" reads as
 * "training 50% of the 80% needed", with §4.5 kept for a secondary line.
 */

/** A bracket holding only clause references: "(§4.3)", "(§4.3, §10.4)", "(§7.2 and §7.7)". */
const CLAUSE_BRACKET = /\s*\((§\s?\d+(?:\.\d+)*(?:\s*(?:,|and)\s*§\s?\d+(?:\.\d+)*)*)\)/g;

export interface PlainText {
  /** The text with its bracketed clause references taken out. */
  words: string;
  /** The clauses taken out, in order, each once: ["§4.3", "§10.4"]. */
  clauses: string[];
}

export function withoutClauses(text: string): PlainText {
  const clauses: string[] = [];
  const words = text
    .replace(CLAUSE_BRACKET, (_, inside: string) => {
      for (const found of inside.match(/§\s?\d+(?:\.\d+)*/g) ?? []) {
        const clause = found.replace(/\s/g, "");
        if (!clauses.includes(clause)) clauses.push(clause);
      }
      return "";
    })
    .trim();
  return { words, clauses };
}

/** The clauses of several texts, each once, in order: for one secondary line under a list. */
export function clausesOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => withoutClauses(text).clauses))];
}

/** "Terms of reference §4.3, §10.4": the secondary line. */
export const clauseNote = (clauses: readonly string[]): string =>
  clauses.length === 0 ? "" : `Terms of reference ${clauses.join(", ")}`;
