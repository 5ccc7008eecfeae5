/** Types for scripts/checkManifest.js (CommonJS), for the TypeScript tests. */

/** The manifest validated against schemas/office/ with xmllint: whether it is valid, and xmllint's words. */
export function validateManifest(file: string): { valid: boolean; output: string };
/** "xmllint" when it is on PATH, undefined when it is not installed. */
export function findXmllint(): string | undefined;
/** What to say when xmllint is missing. */
export const MISSING_XMLLINT: string;
/** The schema every manifest is validated against. */
export const SCHEMA: string;
