/**
 * A shared formula (ECMA-376 Part 1, §18.3.1.40, `f` with t="shared") is written once, in the first cell
 * of its range, and every other cell of the range reuses it with its relative references moved by the
 * cell's offset. When the add-in overwrites that first cell, the next cell must carry the formula
 * itself: this moves the relative references of A1-style formula text by rows and columns, leaving
 * `$`-fixed parts, text in quotes, function names and structured references alone.
 */

import { columnIndex, columnLetters as lettersOf } from "./references";

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

// A cell (`$B$7`, `C12`), a whole column (`B:D`) or a whole row (`3:5`), not inside a longer name.
const REFERENCE =
  /(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])|(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])|(^|[^A-Za-z0-9_.$'"\]])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** The formula as it reads `rows` rows down and `columns` columns right; `#REF!` where one falls off. */
export function shiftedFormula(formula: string, rows: number, columns: number): string {
  // Split off text in double quotes, sheet names in single quotes and structured references in
  // brackets (`Table1[[#This Row],[Col1]]`): none of them holds a reference to move.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\])/)
    .map((piece, index) => (index % 2 === 1 ? piece : shiftedPiece(piece, rows, columns)))
    .join("");
}

function shiftedPiece(text: string, rows: number, columns: number): string {
  const column = (fixed: string, letters: string): string => {
    if (fixed) return `$${letters}`;
    const moved = columnIndex(letters) + columns;
    return moved < 0 || moved >= MAX_COLUMN ? "#REF!" : lettersOf(moved);
  };
  const row = (fixed: string, digits: string): string => {
    if (fixed) return `$${digits}`;
    const moved = Number(digits) + rows;
    return moved < 1 || moved > MAX_ROW ? "#REF!" : String(moved);
  };
  return text.replace(
    REFERENCE,
    (
      match,
      b1?: string,
      c$?: string,
      letters?: string,
      r$?: string,
      digits?: string,
      b2?: string,
      f1?: string,
      l1?: string,
      f2?: string,
      l2?: string,
      b3?: string,
      g1?: string,
      d1?: string,
      g2?: string,
      d2?: string
    ) => {
      if (letters !== undefined && digits !== undefined) {
        if (columnIndex(letters) >= MAX_COLUMN || Number(digits) > MAX_ROW) return match;
        const moved = `${column(c$ ?? "", letters)}${row(r$ ?? "", digits)}`;
        return `${b1 ?? ""}${moved.includes("#REF!") ? "#REF!" : moved}`;
      }
      if (l1 !== undefined && l2 !== undefined)
        return `${b2 ?? ""}${column(f1 ?? "", l1)}:${column(f2 ?? "", l2)}`;
      if (d1 !== undefined && d2 !== undefined)
        return `${b3 ?? ""}${row(g1 ?? "", d1)}:${row(g2 ?? "", d2)}`;
      return match;
    }
  );
}
