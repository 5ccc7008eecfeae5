import { findKnownIndicator } from "../domain/kpi/catalogue";
import { ReviewOrigin } from "../domain/reviews/programme";
import { TriggerRecord } from "../workbook/records";
import { TRIGGER_TYPE_LIST } from "../workbook/sheets/lists";

/**
 * Which trigger a Triggers row is (docs/workbook.md, Triggers; docs/rules.md §11.2: "matched by indicator and
 * trigger type"): its trigger type, and its indicator — by name, code or catalogue alias — or its
 * complaints theme, case and spaces ignored, whether or not its `Key` is filled in. Panels type rows by
 * hand and leave the key blank, so the key is one more way of naming the indicator, never the only one.
 */
export type TriggerTypeWord = (typeof TRIGGER_TYPE_LIST)[number];

/** The triggers the scan raises (§11.2); officer requests and previous reviews are the panel's own rows. */
const RAISED_BY_THE_SCAN: readonly TriggerTypeWord[] = [
  "Responsive",
  "Customer complaints",
  "Benchmark",
];

export interface TriggerIdentity {
  type: TriggerTypeWord;
  /**
   * Every name the trigger goes by, each tagged with what kind of name it is: `written:` a name or code
   * as written (case and spaces aside), `catalogue:` the code of the catalogue entry it finds, `theme:` a
   * complaints theme. Two triggers of one type are the same when they share a name (engine/triggers.ts).
   */
  names: ReadonlySet<string>;
}

/** Case and spaces aside: ` Rent  Collected ` and `rentcollected` are one. */
export const withoutCaseAndSpaces = (text: string): string =>
  text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** A trigger type as the panel types it (`responsive`, ` Customer  complaints`), or undefined. */
export function triggerTypeOf(text: string | undefined): TriggerTypeWord | undefined {
  if (text === undefined) return undefined;
  const typed = withoutCaseAndSpaces(text);
  return TRIGGER_TYPE_LIST.find((type) => withoutCaseAndSpaces(type) === typed);
}

/** A key as the scan writes it, `Responsive: RENT-COLLECTED`: its type, and what follows the colon. */
export function keyParts(key: string): { type?: TriggerTypeWord; subject: string } {
  const colon = key.indexOf(":");
  const type = colon < 0 ? undefined : triggerTypeOf(key.slice(0, colon));
  return type === undefined
    ? { subject: key.trim() }
    : { type, subject: key.slice(colon + 1).trim() };
}

/**
 * The names an indicator goes by: each text as written, and the catalogue entry it finds by name or
 * alias (the catalogue's own matching: case, spaces, punctuation and a unit in brackets aside), else by
 * code (`RENT-COLLECTED`, `ch02 (1)`).
 */
function indicatorNames(texts: readonly (string | undefined)[]): string[] {
  return texts.flatMap((text) => {
    if (text === undefined || text.trim() === "") return [];
    const known = findKnownIndicator({ name: text }) ?? findKnownIndicator({ code: text });
    return [`written:${withoutCaseAndSpaces(text)}`, ...(known ? [`catalogue:${known.code}`] : [])];
  });
}

const themeNames = (texts: readonly (string | undefined)[]): string[] =>
  texts.flatMap((text) =>
    text === undefined || text.trim() === "" ? [] : [`theme:${withoutCaseAndSpaces(text)}`]
  );

/**
 * What the scan raises: a responsive or benchmark trigger on an indicator (its name and code), or a
 * complaints theme (or the overdue complaints and hazards).
 */
export function raisedTriggerIdentity(
  type: "Responsive" | "Customer complaints" | "Benchmark",
  subject: string,
  code?: string
): TriggerIdentity {
  if (type === "Customer complaints") return { type, names: new Set(themeNames([subject])) };
  const known = findKnownIndicator({ code, name: subject });
  return {
    type,
    names: new Set([
      ...indicatorNames([subject, code]),
      ...(known ? [`catalogue:${known.code}`] : []),
    ]),
  };
}

/**
 * A row on the Triggers sheet: its type from `Trigger type` (else the key's), its indicator or theme
 * from `Indicator` and from the key. Undefined when the row says neither what type nor what about, and
 * for the types the scan never raises (an officer request, a previous review): those rows are the panel's.
 */
export function rowTriggerIdentity(record: TriggerRecord): TriggerIdentity | undefined {
  const fromKey = record.key === undefined ? undefined : keyParts(record.key);
  const type = triggerTypeOf(record.triggerType) ?? fromKey?.type;
  if (type === undefined || !RAISED_BY_THE_SCAN.includes(type)) return undefined;
  const texts = [record.indicator, fromKey?.subject];
  const names = type === "Customer complaints" ? themeNames(texts) : indicatorNames(texts);
  return names.length === 0 ? undefined : { type, names: new Set(names) };
}

/**
 * The review programme's Origin for a trigger type (§11.2). Decision: the Benchmark trigger
 * is not one of §11.2's, and says a service is not keeping its promise as other landlords keep theirs,
 * so its review is `Responsive`.
 */
export function reviewOriginOf(type: TriggerTypeWord): Exclude<ReviewOrigin, "Scheduled"> {
  return type === "Benchmark" ? "Responsive" : type;
}
