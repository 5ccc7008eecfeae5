/**
 * Yes/No answers as officers type them (docs/workbook.md's Y/N columns, TOSP.ELIGIBLE's arguments):
 * `Y`, `Yes`, `N`, `No`, TRUE/FALSE, 1/0, ignoring case. Blank is undefined: the caller decides the
 * harmless answer. Anything else is undefined too, and the caller reports it.
 */
export type YesNo = boolean | undefined;

export function parseYesNo(value: string | number | boolean): {
  answer: YesNo;
  understood: boolean;
} {
  if (typeof value === "boolean") return { answer: value, understood: true };
  if (typeof value === "number") {
    if (value === 1) return { answer: true, understood: true };
    if (value === 0) return { answer: false, understood: true };
    return { answer: undefined, understood: false };
  }
  const word = value.trim().toLowerCase();
  if (word === "") return { answer: undefined, understood: true };
  if (word === "y" || word === "yes" || word === "true") return { answer: true, understood: true };
  if (word === "n" || word === "no" || word === "false") return { answer: false, understood: true };
  return { answer: undefined, understood: false };
}
