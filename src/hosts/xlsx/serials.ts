/**
 * Excel's date serials (ECMA-376 Part 1, §18.17.4): day 0 of the 1900 system is 30/12/1899 (so that its
 * 1900 leap-year error is kept), and the 1904 system counts from 01/01/1904, 1,462 days later.
 */
export const DATE_1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A cell of type `d` holds an ISO 8601 date and time (§18.17.4.1), read as wall-clock time: the
 * 1900-based serial, time of day as the fraction. Undefined when the text is no such date.
 */
export function serialOfIsoDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(
    text.trim()
  );
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match;
  const ms =
    Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)) +
    Number(ss ?? 0) * 1000;
  return Number.isNaN(ms) ? undefined : (ms - EPOCH_MS) / MS_PER_DAY;
}
