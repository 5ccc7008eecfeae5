/** Types for scripts/manifestUrls.js (CommonJS, required by webpack.config.js), for the TypeScript tests. */

/** The dev server's base URL, as written throughout manifest.xml. */
export const DEV_BASE_URL: string;
/** The sample production host of CI and the README. */
export const SAMPLE_BASE_URL: string;
/** The manifest with <Version> set from package.json's version (1.2.3 → 1.2.3.0). */
export function withVersion(text: string, packageVersion: string): string;
/** ADDIN_BASE_URL (required), checked to be https and not localhost, ending in "/". */
export function productionBaseUrl(env?: Record<string, string | undefined>): string;
/** Every occurrence of DEV_BASE_URL replaced by baseUrl. */
export function rewriteDevUrls(text: string, baseUrl: string): string;
/** The first localhost or 127.0.0.1 address in text, if any. */
export function findLocalhost(text: string): string | undefined;
/** rewriteDevUrls, then an error if any localhost address is left. */
export function productionManifest(text: string, baseUrl: string): string;
