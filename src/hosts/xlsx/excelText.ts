/**
 * Text in a cell as Excel stores it in XML (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): a character XML
 * cannot hold (a control character) is written `_xHHHH_`, and text that really contains `_xHHHH_` has
 * its underscore escaped as `_x005F_`. Reading decodes both; writing encodes both, so "\rx" and
 * "_x0041_" come back as they went in.
 */

const ENCODED = /_x([0-9A-Fa-f]{4})_/g;

export function decodeExcelText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ENCODED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const NEEDS_ENCODING = /_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\r/;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

export function encodeExcelText(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is encoded
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\r]/g, (c) => `_x${hex4(c.charCodeAt(0))}_`)
  );
}
