import {
  findKnownIndicator,
  indexKnownIndicators,
  KNOWN_INDICATORS,
  normaliseIndicatorName,
} from "../../../src/domain/kpi/catalogue";
import { KnownIndicator, SERVICE_AREAS } from "../../../src/domain/kpi/types";

/** The Regulator of Social Housing's 22 Tenant Satisfaction Measures (TSM Technical requirements). */
const TSM_CODES = [
  "TP01",
  "TP02",
  "TP03",
  "TP04",
  "TP05",
  "TP06",
  "TP07",
  "TP08",
  "TP09",
  "TP10",
  "TP11",
  "TP12",
  "RP01",
  "RP02",
  "BS01",
  "BS02",
  "BS03",
  "BS04",
  "BS05",
  "CH01",
  "CH02",
  "NM01",
];
const SUB_MEASURE_CODES = [
  "RP02(1)",
  "RP02(2)",
  "CH01(1)",
  "CH01(2)",
  "CH02(1)",
  "CH02(2)",
  "NM01(1)",
  "NM01(2)",
];

const byCode = (code: string): KnownIndicator => {
  const found = KNOWN_INDICATORS.find((indicator) => indicator.code === code);
  if (!found) throw new Error(`${code} is not in the catalogue`);
  return found;
};
const summary = (indicator: KnownIndicator | undefined) =>
  indicator && {
    code: indicator.code,
    polarity: indicator.polarity,
    serviceArea: indicator.serviceArea,
    unit: indicator.unit,
  };

describe("catalogue of known indicators: contents", () => {
  it("has the 22 Tenant Satisfaction Measures and their 8 sub-measures, and nothing else from the Regulator", () => {
    const tsmCodes = KNOWN_INDICATORS.filter((i) => i.source === "Tenant Satisfaction Measure").map(
      (i) => i.code
    );
    expect(tsmCodes).toEqual([
      ...TSM_CODES.slice(0, 13),
      "RP02",
      "RP02(1)",
      "RP02(2)",
      ...TSM_CODES.slice(14, 19),
      "CH01",
      "CH01(1)",
      "CH01(2)",
      "CH02",
      "CH02(1)",
      "CH02(2)",
      "NM01",
      "NM01(1)",
      "NM01(2)",
    ]);
    expect(new Set(tsmCodes)).toEqual(new Set([...TSM_CODES, ...SUB_MEASURE_CODES]));
    expect(TSM_CODES).toHaveLength(22);
    for (const code of TSM_CODES) expect(findKnownIndicator({ code })?.code).toBe(code);
  });

  it("uses the Regulator's names", () => {
    expect(byCode("TP01").name).toBe("Overall satisfaction");
    expect(byCode("TP12").name).toBe(
      "Satisfaction with the landlord's approach to handling anti-social behaviour"
    );
    expect(byCode("RP01").name).toBe("Homes that do not meet the Decent Homes Standard");
    expect(byCode("BS05").name).toBe("Lift safety checks");
    expect(byCode("CH02").name).toBe(
      "Complaints responded to within Complaint Handling Code timescales"
    );
    expect(byCode("NM01(2)").name).toBe(
      "Anti-social behaviour cases that involve hate incidents opened per 1,000 homes"
    );
  });

  it("makes the CH01 and NM01 families context only, per 1,000 homes", () => {
    for (const code of ["CH01", "CH01(1)", "CH01(2)", "NM01", "NM01(1)", "NM01(2)"]) {
      expect([code, byCode(code).polarity, byCode(code).unit]).toEqual([
        code,
        "context",
        "per 1,000 homes",
      ]);
    }
    const context = KNOWN_INDICATORS.filter((i) => i.polarity === "context").map((i) => i.code);
    expect(context).toEqual(["CH01", "CH01(1)", "CH01(2)", "NM01", "NM01(1)", "NM01(2)"]);
  });

  it("has the polarities the panel expects", () => {
    expect(summary(byCode("RP01"))).toEqual({
      code: "RP01",
      polarity: "lower",
      serviceArea: "Repairs and maintenance",
      unit: "%",
    });
    expect(summary(byCode("CH02(1)"))).toEqual({
      code: "CH02(1)",
      polarity: "higher",
      serviceArea: "Complaints",
      unit: "%",
    });
    expect(summary(byCode("RELET-TIME"))).toEqual({
      code: "RELET-TIME",
      polarity: "lower",
      serviceArea: "Voids and lettings",
      unit: "days",
    });
    expect(summary(byCode("RENT-COLLECTED"))).toEqual({
      code: "RENT-COLLECTED",
      polarity: "higher",
      serviceArea: "Rent charging and recovery",
      unit: "%",
    });
    expect(summary(byCode("EVICTIONS-ARREARS"))).toEqual({
      code: "EVICTIONS-ARREARS",
      polarity: "lower",
      serviceArea: "Rent charging and recovery",
      unit: "count",
    });
    for (const code of TSM_CODES.filter((c) => c.startsWith("TP"))) {
      expect([code, byCode(code).polarity, byCode(code).unit]).toEqual([code, "higher", "%"]);
    }
  });

  it("maps the TSMs to the panel's service areas", () => {
    const areas = Object.fromEntries(TSM_CODES.map((code) => [code, byCode(code).serviceArea]));
    expect(areas).toEqual({
      TP01: "Customer feedback",
      TP02: "Repairs and maintenance",
      TP03: "Repairs and maintenance",
      TP04: "Repairs and maintenance",
      TP05: "Repairs and maintenance",
      TP06: "Customer feedback",
      TP07: "Customer feedback",
      TP08: "Customer feedback",
      TP09: "Complaints",
      TP10: "Neighbourhood management",
      TP11: "Neighbourhood management",
      TP12: "Neighbourhood management",
      RP01: "Repairs and maintenance",
      RP02: "Repairs and maintenance",
      BS01: "Repairs and maintenance",
      BS02: "Repairs and maintenance",
      BS03: "Repairs and maintenance",
      BS04: "Repairs and maintenance",
      BS05: "Repairs and maintenance",
      CH01: "Complaints",
      CH02: "Complaints",
      NM01: "Neighbourhood management",
    });
  });

  it("gives every entry one of the six service areas and a known unit", () => {
    for (const indicator of KNOWN_INDICATORS) {
      expect(SERVICE_AREAS).toContain(indicator.serviceArea);
      expect(["%", "days", "£", "count", "per 1,000 homes"]).toContain(indicator.unit);
    }
    expect(new Set(KNOWN_INDICATORS.map((i) => i.serviceArea))).toEqual(new Set(SERVICE_AREAS));
  });

  it("has unique codes, names and aliases after normalisation", () => {
    const codes = KNOWN_INDICATORS.map((i) => i.code.toUpperCase().replace(/[^A-Z0-9]/g, ""));
    expect(new Set(codes).size).toBe(KNOWN_INDICATORS.length);
    const names = KNOWN_INDICATORS.flatMap((i) => [i.name, ...i.aliases]);
    // "Current tenant arrears (%)" and "Current tenant arrears (£)" share a key but state different units.
    const keyed = names.map(
      (n) => `${normaliseIndicatorName(n)}|${findKnownIndicator({ name: n })?.unit}`
    );
    expect(new Set(keyed).size).toBe(names.length);
    for (const indicator of KNOWN_INDICATORS) {
      for (const name of [indicator.name, ...indicator.aliases])
        expect([name, findKnownIndicator({ name })?.code]).toEqual([name, indicator.code]);
    }
  });

  it("refuses to build a catalogue with a duplicate name, alias or code", () => {
    const a = byCode("RENT-COLLECTED");
    const b = byCode("RELET-TIME");
    expect(() => indexKnownIndicators([a, { ...b, aliases: ["Rent collected!"] }])).toThrow(
      'Indicator catalogue: RELET-TIME "Average re-let time": the name "Rent collected!" is already used by RENT-COLLECTED "Rent collected as % of rent due".'
    );
    expect(() => indexKnownIndicators([a, { ...b, code: "rent collected" }])).toThrow(
      "the code is already used by RENT-COLLECTED"
    );
    expect(() =>
      indexKnownIndicators([{ ...a, aliases: ["Rent collected", "RENT  collected"] }])
    ).toThrow("is already used");
    expect(() => indexKnownIndicators([{ ...a, aliases: ["Rent collected (days)"] }])).toThrow(
      "states the unit days, not %"
    );
    const pct = byCode("CURRENT-ARREARS-PCT");
    expect(() =>
      indexKnownIndicators([
        pct,
        { ...byCode("CURRENT-ARREARS-GBP"), aliases: ["Current tenant arrears"] },
      ])
    ).toThrow("is already used by CURRENT-ARREARS-PCT");
    expect(indexKnownIndicators(KNOWN_INDICATORS).byCode.size).toBe(KNOWN_INDICATORS.length);
  });

  it("cannot be changed by a caller", () => {
    const found = findKnownIndicator({ code: "TP01" }) as KnownIndicator;
    expect(() => {
      found.polarity = "lower";
    }).toThrow(TypeError);
    expect(() => found.aliases.push("Happiness")).toThrow(TypeError);
    expect(findKnownIndicator({ code: "TP01" })?.polarity).toBe("higher");
  });
});

describe("catalogue of known indicators: matching", () => {
  it("matches a code whatever its case, spaces or sub-measure form", () => {
    for (const code of ["CH02(1)", "CH02 (1)", "ch02(1)", "CH02-1", "CH02.1", " ch 02 ( 1 ) "]) {
      expect([code, findKnownIndicator({ code })?.code]).toEqual([code, "CH02(1)"]);
    }
    expect(findKnownIndicator({ code: "CH02" })?.code).toBe("CH02");
    expect(findKnownIndicator({ code: "rp02-2" })?.code).toBe("RP02(2)");
    expect(findKnownIndicator({ code: "nm01 (2)" })?.code).toBe("NM01(2)");
    expect(findKnownIndicator({ code: "relet-time" })?.code).toBe("RELET-TIME");
    expect(findKnownIndicator({ code: "RELET_TIME" })?.code).toBe("RELET-TIME");
  });

  it("prefers the code, and falls back to the name when the code is unknown", () => {
    expect(findKnownIndicator({ code: "TP01", name: "Average re-let time" })?.code).toBe("TP01");
    expect(findKnownIndicator({ code: "KPI-17", name: "Average re-let time" })?.code).toBe(
      "RELET-TIME"
    );
    expect(findKnownIndicator({ code: "", name: "Average re-let time" })?.code).toBe("RELET-TIME");
    expect(findKnownIndicator({ code: "TP13" })).toBeUndefined();
    expect(findKnownIndicator({})).toBeUndefined();
  });

  it("matches a name or alias ignoring case, punctuation, spaces, %, a unit in brackets and a leading code", () => {
    const cases: [string, string][] = [
      ["Overall satisfaction", "TP01"],
      ["TP01 Overall satisfaction", "TP01"],
      ["TP01: overall SATISFACTION (%)", "TP01"],
      ["Overall satisfaction (TP01)", "TP01"],
      [
        "CH02(1) - Stage one complaints responded to within Complaint Handling Code timescales",
        "CH02(1)",
      ],
      ["Satisfaction with the landlords approach to handling anti social behaviour", "TP12"],
      ["Average re-let time (days)", "RELET-TIME"],
      ["average  relet time", "RELET-TIME"],
      ["Average void turnaround", "RELET-TIME"],
      ["Average days to re-let", "RELET-TIME"],
      ["Re-let time", "RELET-TIME"],
      ["% rent collected", "RENT-COLLECTED"],
      ["Rent collected %", "RENT-COLLECTED"],
      ["Percentage of rent collected", "RENT-COLLECTED"],
      ["Rent collected as % of rent due", "RENT-COLLECTED"],
      ["Rent collected (%)", "RENT-COLLECTED"],
      ["Proportion of homes that do not meet the Decent Homes Standard", "RP01"],
      ["Non-decent homes", "RP01"],
      ["Current tenant arrears (£)", "CURRENT-ARREARS-GBP"],
      ["Current tenant arrears (%)", "CURRENT-ARREARS-PCT"],
      ["Current tenant arrears %", "CURRENT-ARREARS-PCT"],
      ["Former tenant arrears (£)", "FORMER-ARREARS-GBP"],
      ["Void rent loss", "VOID-RENT-LOSS"],
      ["Number of empty homes (number)", "EMPTY-HOMES"],
      ["Right first time", "REPAIRS-FIRST-TIME"],
      ["Right-first-time", "REPAIRS-FIRST-TIME"],
      ["Emergency repairs completed within target", "EMERGENCY-REPAIRS"],
      ["Emergency repairs completed within target timescale", "RP02(2)"],
      ["Routine repairs completed within target", "ROUTINE-REPAIRS"],
      ["Average time to complete routine repairs (days)", "ROUTINE-REPAIR-DAYS"],
      ["Appointments kept", "APPOINTMENTS-KEPT"],
      ["Properties with a valid LGSR", "GAS-SAFETY"],
      ["Gas safety checks", "BS01"],
      ["Stage 1 complaints answered within 10 working days", "COMPLAINTS-STAGE1"],
      ["Stage 2 complaints responded to within 20 working days", "COMPLAINTS-STAGE2"],
      ["ASB cases per 1,000 homes", "NM01(1)"],
      ["Stage 1 complaints per 1000 homes", "CH01(1)"],
      ["Complaints per 1,000 homes", "CH01"],
      ["ASB cases resolved", "ASB-RESOLVED"],
      ["Tenancy sustainment", "TENANCY-SUSTAINMENT"],
      ["Evictions for rent arrears", "EVICTIONS-ARREARS"],
    ];
    expect(cases.map(([name]) => [name, findKnownIndicator({ name })?.code])).toEqual(cases);
  });

  it("does not guess: unknown and near names match nothing", () => {
    const misses = [
      "Rent collected from former tenants",
      "Homes meeting the Decent Homes Standard", // the opposite of RP01
      "Overall satisfaction with parking",
      "Satisfaction",
      "Average re-let time (%)", // re-let time is in days
      "Current tenant arrears", // % or £? ambiguous, so neither
      "Current tenant arrears (days)",
      "Number of compliments",
      "TP01",
      "",
      "   ",
      "%",
    ];
    expect(misses.map((name) => [name, findKnownIndicator({ name })])).toEqual(
      misses.map((name) => [name, undefined])
    );
  });

  it("normalises names to a comparison key", () => {
    expect(normaliseIndicatorName("TP01: Overall  Satisfaction (%)")).toBe("overallsatisfaction");
    expect(normaliseIndicatorName("Average re-let time (days)")).toBe("averagerelettime");
    expect(normaliseIndicatorName("Landlord’s approach")).toBe("landlordsapproach");
    expect(normaliseIndicatorName("Complaints per 1,000 homes")).toBe("complaintsper1000homes");
    expect(normaliseIndicatorName("Repairs (non-emergency)")).toBe("repairsnonemergency");
    expect(normaliseIndicatorName("Percentage of rent collected")).toBe("rentcollected");
  });
});
