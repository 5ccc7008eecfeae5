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
