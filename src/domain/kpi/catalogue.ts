/**
 * The add-in's catalogue of known indicators (docs/rules.md, "KPIs and responsive triggers"): an indicator on an
 * officer's KPI sheet takes its polarity and service area from here when its `Code` or its name matches an
 * entry exactly (after the normalisation below). Nothing is matched by guess: an indicator that matches
 * nothing, and has no `Polarity` column, is an input problem.
 *
 * Two families:
 * - The Regulator of Social Housing's 22 Tenant Satisfaction Measures (TSMs), in force from 1 April 2023
 *   (Tenant Satisfaction Measures Standard; now the Transparency, Influence and Accountability Standard).
 *   Codes and names follow "Tenant Satisfaction Measures: Technical requirements" (RSH, September 2022,
 *   updated March/April 2024): 12 tenant perception measures TP01–TP12 from the tenant survey, and 10
 *   management information measures RP01, RP02, BS01–BS05, CH01, CH02, NM01.
 * - The common operational KPIs of council housing, with the add-in's own codes (`RENT-COLLECTED`…).
 *
 * Decision (sub-measures): the Regulator reports RP02, CH01, CH02 and NM01 in two parts each — RP02(1)
 * non-emergency and RP02(2) emergency repairs; CH01(1)/CH02(1) stage one and CH01(2)/CH02(2) stage two
 * complaints; NM01(1) all ASB cases and NM01(2) ASB cases involving hate incidents. Each part is its own
 * entry (code `RP02(1)` …), and the family code (`RP02`, `CH01`, `CH02`, `NM01`) is an entry too, with the
 * family's official name and the same polarity, unit and service area as its parts, because officers
 * write the family code (docs/workbook.md's example is `CH02`) and some landlords report a combined figure.
 * So 22 TSM codes, 30 TSM entries.
 */
import { Unit } from "./catalogueEntries";
import { OPERATIONAL_INDICATORS } from "./operationalIndicators";
import {
  MANAGEMENT_INFORMATION_MEASURES,
  TENANT_PERCEPTION_MEASURES,
} from "./tenantSatisfactionMeasures";
import { KnownIndicator } from "./types";

export const KNOWN_INDICATORS: readonly KnownIndicator[] = Object.freeze([
  ...TENANT_PERCEPTION_MEASURES,
  ...MANAGEMENT_INFORMATION_MEASURES,
  ...OPERATIONAL_INDICATORS,
]);

// ---------------------------------------------------------------------------------------------------
// Matching

/**
 * The units a name may end with, in brackets (`Average re-let time (days)`): the bracket's text, in lower
 * case with commas, full stops and extra spaces removed, to the unit it names. Any other bracket is part
 * of the name.
 */
const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ["%", "%"],
  ["percent", "%"],
  ["per cent", "%"],
  ["percentage", "%"],
  ["pct", "%"],
  ["£", "£"],
  ["gbp", "£"],
  ["pounds", "£"],
  ["days", "days"],
  ["day", "days"],
  ["calendar days", "days"],
  ["no of days", "days"],
  ["number of days", "days"],
  ["number", "count"],
  ["no", "count"],
  ["nr", "count"],
  ["count", "count"],
  ["#", "count"],
  ["per 1000 homes", "per 1,000 homes"],
  ["per 1000 properties", "per 1,000 homes"],
  ["per 1000 dwellings", "per 1,000 homes"],
  ["per 1000", "per 1,000 homes"],
]);

/** A TSM code as written in a name: `tp01`, `ch02(1)`, `ch02 (1)`, `ch02-1`, `ch02.1`, `ch02/1` (lower case). */
const TSM_CODE = String.raw`[a-z]{2}\s?\d{2}(?:\s*\(\s*\d\s*\)|\s*[.\-/]\s*\d(?!\d))?`;
/** A leading code followed by a separator: `TP01 Overall satisfaction`, `TP01: …`, `CH02(1) - …`. */
const LEADING_CODE = new RegExp(String.raw`^${TSM_CODE}(?:\s*[:\-–—.]\s*|\s+)`);
/** A trailing code in brackets: `Overall satisfaction (TP01)`. */
const TRAILING_CODE = new RegExp(String.raw`\s*\(\s*${TSM_CODE}\s*\)$`);
const TRAILING_BRACKET = /\s*\(([^()]*)\)$/;
const TRAILING_SIGN = /\s*([%£])$/;
const LEADING_SIGN = /^([%£])\s*/;
/** `Percentage of rent collected` is `Rent collected`. */
const LEADING_PROPORTION = /^(?:percentage|proportion|percent|%)\s+of\s+/;

interface ParsedName {
  /** The comparison key: lower-case letters and digits only. */
  key: string;
  /** The unit the name states (a trailing bracket, or a `%`/`£` sign at either end), if any. */
  unit?: Unit;
}

function parseName(text: string): ParsedName {
  let s = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  let unit: Unit | undefined;
  // Trailing units and codes, in any order: `Overall satisfaction (TP01) (%)`.
  for (;;) {
    const code = TRAILING_CODE.exec(s);
    if (code) {
      s = s.slice(0, code.index);
      continue;
    }
    const bracket = TRAILING_BRACKET.exec(s);
    const bracketUnit =
      bracket &&
      UNIT_WORDS.get((bracket[1] ?? "").replace(/[,.]/g, "").replace(/\s+/g, " ").trim());
    if (bracket && bracketUnit) {
      unit ??= bracketUnit;
      s = s.slice(0, bracket.index);
      continue;
    }
    const sign = TRAILING_SIGN.exec(s);
    if (sign) {
      unit ??= sign[1] === "%" ? "%" : "£";
      s = s.slice(0, sign.index);
      continue;
    }
    break;
  }
  s = s.replace(LEADING_CODE, "").replace(LEADING_PROPORTION, "");
  const sign = LEADING_SIGN.exec(s);
  if (sign) {
    unit ??= sign[1] === "%" ? "%" : "£";
    s = s.slice(sign[0].length);
  }
  const key = s.replace(/[^a-z0-9]+/g, "");
  return unit === undefined ? { key } : { key, unit };
}

/**
 * The key two indicator names are compared by: lower case, letters and digits only (so case, spaces,
 * punctuation, hyphens and apostrophes are ignored: `Re-let time` = `relet time`), without a trailing unit
 * in brackets (`(days)`, `(%)`, `(£)`, `(per 1,000 homes)`) or a `%`/`£` sign at either end, without a
 * leading TSM code (`TP01 Overall satisfaction`, `CH02(1): …`) or a trailing one in brackets
 * (`Overall satisfaction (TP01)`), and without a leading `Percentage of`/`Proportion of`/`% of`.
 * Two names are the same indicator only when their keys are equal: no fuzzy or partial matching.
 */
export function normaliseIndicatorName(text: string): string {
  return parseName(text).key;
}

/** The key a code is compared by: upper case, letters and digits only (`ch02 (1)`, `CH02-1`, `CH02.1` are `CH021`). */
function codeKey(code: string): string {
  return code
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

export interface KnownIndicatorIndex {
  byCode: ReadonlyMap<string, KnownIndicator>;
  /** Names and aliases that state no unit, by key. */
  byName: ReadonlyMap<string, KnownIndicator>;
  /** Every name and alias by `key|unit`: names that state a unit under that unit, others under the entry's unit. */
  byNameAndUnit: ReadonlyMap<string, KnownIndicator>;
}

/**
 * Builds the lookup maps, and throws (a programming error, not an input problem) when a code, name or alias
 * is not unique across the catalogue after normalisation. A name may be shared only when every use of it
 * states a different unit (`Current tenant arrears (%)` and `Current tenant arrears (£)`); the bare name is
 * then ambiguous and matches neither.
 */
export function indexKnownIndicators(entries: readonly KnownIndicator[]): KnownIndicatorIndex {
  const byCode = new Map<string, KnownIndicator>();
  const byName = new Map<string, KnownIndicator>();
  const byNameAndUnit = new Map<string, KnownIndicator>();
  /** The first entry to use each name key, with or without a unit. */
  const keyOwner = new Map<string, KnownIndicator>();
  const fail = (indicator: KnownIndicator, what: string): never => {
    throw new Error(`Indicator catalogue: ${indicator.code} "${indicator.name}": ${what}.`);
  };

  for (const indicator of entries) {
    const code = codeKey(indicator.code);
    if (code === "") fail(indicator, "the code is empty");
    const sameCode = byCode.get(code);
    if (sameCode) fail(indicator, `the code is already used by ${sameCode.code}`);
    byCode.set(code, indicator);

    for (const text of [indicator.name, ...indicator.aliases]) {
      const { key, unit } = parseName(text);
      if (key === "") fail(indicator, `the name "${text}" is empty once normalised`);
      if (unit !== undefined && unit !== indicator.unit) {
        fail(indicator, `the name "${text}" states the unit ${unit}, not ${indicator.unit}`);
      }
      const owner = keyOwner.get(key);
      if (unit === undefined) {
        // A bare name: unique outright.
        if (owner)
          fail(indicator, `the name "${text}" is already used by ${owner.code} "${owner.name}"`);
        byName.set(key, indicator);
      } else {
        const plain = byName.get(key);
        if (plain && plain !== indicator) {
          fail(
            indicator,
            `the name "${text}" is already used, without a unit, by ${plain.code} "${plain.name}"`
          );
        }
      }
      const qualified = `${key}|${indicator.unit}`;
      const sameName = byNameAndUnit.get(qualified);
      if (sameName)
        fail(
          indicator,
          `the name "${text}" is already used by ${sameName.code} "${sameName.name}"`
        );
      byNameAndUnit.set(qualified, indicator);
      if (!owner) keyOwner.set(key, indicator);
    }
  }
  return { byCode, byName, byNameAndUnit };
}

/** Built once, at load; throws if the catalogue has a duplicate. */
const INDEX = indexKnownIndicators(KNOWN_INDICATORS);

/**
 * The known indicator for a KPI sheet row, or undefined. By `Code` first (case, spaces and the form of a
 * sub-measure ignored: `CH02 (1)`, `ch02(1)`, `CH02-1`, `CH02.1` are `CH02(1)`); a code the catalogue does
 * not know falls through to the name. Then by name or alias, exactly after `normaliseIndicatorName`; a
 * name that states a unit matches only an entry in that unit (`Average re-let time (days)` matches,
 * `Average re-let time (%)` does not). When code and name disagree, the code wins.
 */
export function findKnownIndicator(codeOrName: {
  code?: string;
  name?: string;
}): KnownIndicator | undefined {
  const { code, name } = codeOrName;
  if (code !== undefined) {
    const byCode = INDEX.byCode.get(codeKey(code));
    if (byCode) return byCode;
  }
  if (name === undefined) return undefined;
  const { key, unit } = parseName(name);
  if (key === "") return undefined;
  return unit === undefined ? INDEX.byName.get(key) : INDEX.byNameAndUnit.get(`${key}|${unit}`);
}
