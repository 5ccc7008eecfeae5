/** A1 references (ECMA-376 Part 1, §18.18.62 ST_Ref): columns as letters, rows from 1. */

/** 0-based column → letters: 0 → `A`, 27 → `AB`. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Letters → 0-based column: `AB` → 27 (either case). */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/** 0-based row and column → `B5`. */
export function cellReference(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
