import { CellReference } from "./snapshot";

/** A1-style addresses with the sheet, as problems and evidence show them: `'KPI - Rent'!D7`. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel quotes a sheet name in a reference unless it is letters, digits and underscores not starting with a digit. */
export function quotedSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'KPI - Rent'!D7` for the 0-based row and column of a cell in the sheet. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quotedSheetName(sheet)}!${columnLetters(column)}${row + 1}`;
}

/**
 * `'KPI status'!$A$1`: a cell as a defined name refers to it, fixed ($) so it never shifts with use. A
 * sheet named like a cell (`A1`, `R1C1`) is quoted too, or the reference would mean that cell.
 */
export function absoluteReference(sheet: string, row: number, column: number): string {
  const likeACell = /^([A-Za-z]{1,3}\d+|[RrCc]\d*([Cc]\d*)?)$/.test(sheet);
  const name = likeACell ? `'${sheet}'` : quotedSheetName(sheet);
  return `${name}!$${columnLetters(column)}$${row + 1}`;
}

/** A → 0, Z → 25, AA → 26; undefined past XFD, Excel's last column. */
function columnIndex(letters: string): number | undefined {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index >= 1 && index <= 16_384 ? index - 1 : undefined;
}

/** `$N$1`, `N1`, `$N:$N` (a whole column, from row 1) or `$1:$1` (a whole row, from column A). */
const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/**
 * The sheet and top-left cell of a reference as a defined name holds it (`'KPI status'!$A$1`,
 * `Members!$N$1:$N$40`, `Members!$N:$N`; with or without a leading `=`); undefined for anything that
 * is not one area of one sheet of this workbook: `#REF!`, a constant, a formula, `[1]Sheet1!A1`.
 * A quoted sheet name doubles its own quotes (`'Pat''s notes'`).
 */
export function parseReference(formula: string): CellReference | undefined {
  const text = formula.trim().replace(/^=/, "");
  // Excel quotes a sheet name with spaces; an address read back unquoted (`KPI status!$A$1`) is
  // taken too, so a claim is never missed for want of quotes.
  const sheetPart = /^(?:'((?:[^']|'')+)'|([^'![\]:,()]+))!(.+)$/.exec(text);
  if (!sheetPart) return undefined;
  const sheet =
    sheetPart[1] !== undefined ? sheetPart[1].replace(/''/g, "'") : sheetPart[2]?.trim();
  const [first, last, ...more] = (sheetPart[3] as string).split(":");
  // Excel writes a deleted sheet's reference as `#REF!$A$1`: no sheet of that name, unquoted.
  const deleted = sheetPart[2] === "#REF";
  if (sheet === undefined || deleted || /[[\]]/.test(sheet) || first === undefined || more.length)
    return undefined;
  const start = CORNER.exec(first);
  const end = last === undefined ? undefined : CORNER.exec(last);
  if (!start || (last !== undefined && !end)) return undefined;
  const [, letters, digits] = start;
  // A whole column or row needs both ends (`$N:$N`); a cell needs its letters and digits.
  if ((letters === undefined || digits === undefined) && last === undefined) return undefined;
  if (letters === undefined && digits === undefined) return undefined;
  const column = letters === undefined ? 0 : columnIndex(letters);
  const row = digits === undefined ? 0 : Number(digits) - 1;
  if (column === undefined || row < 0 || row >= 1_048_576) return undefined;
  return { sheet, row, column };
}
