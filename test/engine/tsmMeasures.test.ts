import { dayFromIso } from "../../src/domain";
import { acceptTriggerPlan } from "../../src/engine/actions/acceptTrigger";
import { scan } from "../../src/engine/scan";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { MemoryWorkbook } from "../../src/hosts/memory/memoryHost";
import { describeProblem } from "../../src/workbook/problems";
import { RawCell } from "../../src/workbook/snapshot";

/**
 * The statutory clocks through the scan: CH02 from a small complaints log worked out by hand and set against a
 * reported figure; the TSM publication check on complete and incomplete sets; KPI status's Quartile for
 * both polarities and the Benchmark trigger; a KPI status an earlier version wrote, without Quartile.
 */

const AS_OF = dayFromIso("2026-11-23");
const d = dayFromIso;

/**
 * Five stage 1 complaints answered in the TSM year 2025/26, worked out by hand:
 * - 01/04/2025, acknowledged 02/04, due 10 working days on, 16/04; answered 10/04: within;
 * - 07/05/2025, acknowledged 08/05, due 22/05; answered 30/05: late;
 * - 02/06/2025, not acknowledged: the acknowledgement was due 09/06, the answer 23/06; answered 20/06: within;
 * - 01/07/2025, acknowledged 02/07, due 16/07; answered 10/07: within; escalated 14/07, acknowledged
 *   15/07, stage 2 due 20 working days on, 12/08; answered 05/08: within;
 * - 01/09/2025, acknowledged 02/09, answered 03/09: within.
 * CH02 (1) = 4 of 5 = 80%; CH02 (2) = 1 of 1 = 100%.
 */
function log(): MemorySheet {
  return {
    name: "Complaints",
    cells: [
      [
        "Date received",
        "Theme",
        "Acknowledged",
        "Responded",
        "Escalated",
        "Stage 2 acknowledged",
        "Stage 2 responded",
      ],
      [d("2025-04-01"), "Repairs", d("2025-04-02"), d("2025-04-10")],
      [d("2025-05-07"), "Repairs", d("2025-05-08"), d("2025-05-30")],
      [d("2025-06-02"), "Noise", null, d("2025-06-20")],
      [
        d("2025-07-01"),
        "Damp",
        d("2025-07-02"),
        d("2025-07-10"),
        d("2025-07-14"),
        d("2025-07-15"),
        d("2025-08-05"),
      ],
      [d("2025-09-01"), "Rent", d("2025-09-02"), d("2025-09-03")],
    ],
  };
}

/** A TSM sheet, a year a column: the rows given, under Code, Indicator, Target, Timescale and the years. */
function tsm(rows: RawCell[][], extraHeaders: string[] = []): MemorySheet {
  return {
    name: "TSM",
    cells: [["Code", "Indicator", "Target", "Timescale", ...extraHeaders, "2025-04"], ...rows],
  };
}

const CODE = "Complaint Handling Code: 10 and 20 working days";

describe("CH02 from the complaints log against the reported figure", () => {
  it("works CH02 (1) and (2) out of the log for the TSM year and shows them in KPI status", () => {
    const workbook = new MemoryWorkbook([log()]);
    const result = scan(workbook.readSnapshot(), { asOf: AS_OF });
    const logged = result.findings.kpis.filter((k) => k.fromLog);
    expect(logged.map((k) => [k.code, k.latest?.actual, k.status])).toEqual([
      ["CH02(1)", 80, "Missed"],
      ["CH02(2)", 100, "Met"],
    ]);
    workbook.applyPlan(result.plan);
    const status = workbook.sheet("KPI status")?.cells ?? [];
    const headers = status[0] ?? [];
    const row = status.find(
      (r) => r[0] === "Stage 1 complaints answered within the Code (complaints log)"
    );
    expect(row?.[headers.indexOf("Source")]).toBe("Complaints log");
    expect(row?.[headers.indexOf("Target")]).toBe(95);
    // Missed beyond the 5% tolerance: a responsive trigger on the log's own figure.
    expect(result.findings.triggers.map((t) => t.key)).toEqual([
      "Responsive: CH02(1) (complaints log)",
    ]);
  });

  it("says where a reported figure differs from the log's, and is quiet where it agrees", () => {
    const reported = (stage1: number) =>
      tsm([
        ["CH02(1)", "Stage one complaints", 95, CODE, stage1],
        ["CH02(2)", "Stage two complaints", 95, CODE, 100],
      ]);
    const differs = scan(new MemoryWorkbook([log(), reported(90)]).readSnapshot(), {
      asOf: AS_OF,
    });
    expect(differs.problems.map(describeProblem)).toEqual([
      "TSM!E2: CH02(1) is 90% for TSM year 2025/26 here, but the complaints log gives 80% (4 of 5 stage 1 complaints answered within the Code): check the figure and the log",
    ]);
    expect(differs.findings.measureMismatches).toEqual([
      {
        code: "CH02(1)",
        period: "TSM year 2025/26",
        reported: 90,
        fromLog: 80,
        unit: "%",
        where: "TSM!E2",
      },
    ]);
    const agrees = scan(new MemoryWorkbook([log(), reported(80)]).readSnapshot(), {
      asOf: AS_OF,
    });
    expect(agrees.problems).toEqual([]);
  });

  it("does not set a monthly figure against the year's", () => {
    const monthly: MemorySheet = {
      name: "KPI - Complaints",
      cells: [
        ["Code", "Indicator", "Target", "Timescale", "2025-04", "2025-05"],
        ["CH02(1)", "Stage one complaints", 95, CODE, 100, 0],
        ["CH02(2)", "Stage two complaints", 95, CODE, 100, 100],
      ],
    };
    const result = scan(new MemoryWorkbook([log(), monthly]).readSnapshot(), { asOf: AS_OF });
    expect(result.problems).toEqual([]);
  });
});

describe("the TSM publication check, through the scan", () => {
  const survey: MemorySheet = {
    name: "TSM survey",
    cells: [
      ["Survey", "Responses", "Population"],
      ["2025/26", 636, 8367],
    ],
  };

  it("finds nothing in a complete set: both parts, the timescales, a survey within ±4 points", () => {
    const complete = tsm([
      ["TP01", "Overall satisfaction", 75, null, 72.5],
      ["CH02(1)", "Stage one complaints", 95, CODE, 91],
      ["CH02(2)", "Stage two complaints", 95, CODE, 88],
      ["RP02(1)", "Non-emergency repairs within target", 90, "28 days", 86],
      ["RP02(2)", "Emergency repairs within target", 98, "24 hours", 97],
    ]);
    const result = scan(new MemoryWorkbook([complete, survey]).readSnapshot(), { asOf: AS_OF });
    expect(result.problems).toEqual([]);
    expect(result.findings.publicationGaps).toEqual([]);
  });

  it("names each gap of an incomplete set at its cell, or the measure missing", () => {
    const incomplete = tsm(
      [
        ["TP01", "Overall satisfaction", 75, null, null, null, 72.5],
        ["TP02", "Satisfaction with repairs", 70, null, 200, 8367, 68],
        ["CH02(1)", "Stage one complaints", 95, null, null, null, 91],
      ],
      ["Responses", "Population"]
    );
    const result = scan(new MemoryWorkbook([incomplete]).readSnapshot(), { asOf: AS_OF });
    expect(result.problems.map(describeProblem)).toEqual([
      "TSM!E2: TP01 has no survey responses or population: give the survey's Responses and Population so the margin of error can be worked out",
      "TSM!A3: TP02: 200 responses from 8367 give a margin of error of ±6.8 points at 95%, wider than the ±4 required",
      "TSM!A4: CH02(2) (Stage two complaints responded to within Complaint Handling Code timescales) is not reported: the Regulator publishes CH02 in two parts, and CH02(1) is at TSM!A4",
      "TSM!D4: CH02(1) does not state the timescale it measures against: give it in a Timescale column (e.g. the Complaint Handling Code's 10 and 20 working days)",
    ]);
    expect(result.findings.publicationGaps.map((g) => [g.codes, g.where])).toEqual([
      [["CH02(2)"], "TSM!A4"],
      [["CH02(1)"], "TSM!D4"],
      [["TP01"], "TSM!E2"],
      [["TP02"], "TSM!A3"],
    ]);
  });
});

describe("KPI status's Quartile, the right way round for polarity", () => {
  const kpis: MemorySheet = {
    name: "KPI - Performance",
    cells: [
      ["Indicator", "Target", "Polarity", "Oct-26"],
      ["Overall satisfaction", 75, null, 66],
      ["Average re-let time (days)", 28, null, 60],
      ["Tenant newsletter readers", 40, "Higher is better", 41],
    ],
  };
  const benchmarks: MemorySheet = {
    name: "Benchmarks",
    cells: [
      ["Code", "Indicator", "Lower quartile", "Median", "Upper quartile", "Source"],
      ["TP01", null, 64.2, 70.1, 75.3, "RSH TSM 2024/25"],
      [null, "Average re-let time (days)", 28, 37, 52, "HouseMark 2025"],
      [null, "Tenant newsletter readers", null, 45, null, "Made up"],
    ],
  };

  function quartiles(sheets: MemorySheet[]) {
    const workbook = new MemoryWorkbook(sheets);
    const result = scan(workbook.readSnapshot(), { asOf: AS_OF });
    workbook.applyPlan(result.plan);
    const status = workbook.sheet("KPI status")?.cells ?? [];
    const column = (status[0] ?? []).indexOf("Quartile");
    return { result, rows: status.slice(1).map((row) => [row[0], row[column] ?? null]) };
  }

  it("places higher-is-better and lower-is-better figures, and a median alone as a half", () => {
    const { rows } = quartiles([kpis, benchmarks]);
    expect(rows).toEqual([
      // 66 between the lower quartile 64.2 and the median 70.1, higher is better
      ["Overall satisfaction", "Third quartile"],
      // 60 days beyond the upper quartile 52, lower is better: the worst quarter
      ["Average re-let time (days)", "Bottom quartile"],
      ["Tenant newsletter readers", "Worse than median"],
    ]);
  });

  it("raises the Benchmark trigger for the bottom quartile, or below the median, or not at all", () => {
    const keys = (setting?: string) =>
      quartiles([
        kpis,
        benchmarks,
        ...(setting
          ? [
              {
                name: "Settings",
                cells: [
                  ["Setting", "Value"],
                  ["Benchmark trigger (Off, Bottom quartile or Below median)", setting],
                ],
              },
            ]
          : []),
      ])
        .result.findings.triggers.filter((t) => t.type === "Benchmark")
        .map((t) => t.key);
    expect(keys()).toEqual(["Benchmark: RELET-TIME"]);
    expect(keys("Below median")).toEqual([
      "Benchmark: TP01",
      "Benchmark: RELET-TIME",
      "Benchmark: Tenant newsletter readers",
    ]);
    expect(keys("Off")).toEqual([]);
    const relet = quartiles([kpis, benchmarks]).result.findings.triggers.find(
      (t) => t.key === "Benchmark: RELET-TIME"
    );
    expect(relet?.evidence).toBe(
      "Bottom quartile: Oct 2026 60 days against lower quartile 28 days, median 37 days, upper quartile 52 days (HouseMark 2025; lower is better; Benchmark trigger: Bottom quartile)"
    );
    expect(relet?.source).toBe("'KPI - Performance'!D3, Benchmarks!D3");
  });

  it("puts a Benchmark trigger on the programme as a responsive review", () => {
    const workbook = new MemoryWorkbook([
      kpis,
      benchmarks,
      { name: "Reviews", cells: [["Review", "Panel year", "Origin"]] },
    ]);
    workbook.applyPlan(scan(workbook.readSnapshot(), { asOf: AS_OF }).plan);
    const accepted = acceptTriggerPlan(workbook.readSnapshot(), "Benchmark: RELET-TIME", AS_OF);
    if (!("plan" in accepted)) throw new Error(accepted.error);
    workbook.applyPlan(accepted.plan);
    expect(workbook.sheet("Reviews")?.cells[1]?.slice(0, 3)).toEqual([
      "Average re-let time (days) (responsive review)",
      "2026/27",
      "Responsive",
    ]);
  });
});

describe("a KPI status an earlier version wrote, without Quartile", () => {
  const BEFORE = [
    "Indicator",
    "Code",
    "Service area",
    "Polarity",
    "Latest period",
    "Actual",
    "Target",
    "Status",
    "Periods worse than target",
    "Trend",
    "Source",
  ];
  const kpis: MemorySheet = {
    name: "KPI - Performance",
    cells: [
      ["Indicator", "Target", "Oct-26"],
      ["Average re-let time (days)", 28, 41],
    ],
  };
  const benchmarks: MemorySheet = {
    name: "Benchmarks",
    cells: [
      ["Code", "Median"],
      ["RELET-TIME", 37],
    ],
  };
  /** What that version wrote for the KPI sheet above, with no claim. */
  const earlier = (extra: RawCell[][] = []): MemorySheet => ({
    name: "KPI status",
    cells: [
      [...BEFORE, ...(extra[0] ?? [])],
      [
        "Average re-let time (days)",
        "RELET-TIME",
        "Voids and lettings",
        "Lower is better",
        d("2026-10-01"),
        41,
        28,
        "Missed",
        1,
        null,
        "'KPI - Performance'!C2",
        ...(extra[1] ?? []),
      ],
    ],
  });

  it("is adopted and given the column before Source, and a rescan then plans nothing", () => {
    const workbook = new MemoryWorkbook([kpis, benchmarks, earlier()]);
    const result = scan(workbook.readSnapshot(), { asOf: AS_OF });
    expect(result.problems).toEqual([]);
    workbook.applyPlan(result.plan);
    const status = workbook.sheet("KPI status")?.cells ?? [];
    expect(status[0]?.slice(9)).toEqual(["Trend", "Quartile", "Source"]);
    expect(status[1]?.slice(9)).toEqual([null, "Worse than median", "'KPI - Performance'!C2"]);
    expect(workbook.names.map((n) => n.name)).toContain("TOSP_Sheet_KpiStatus");
    expect(scan(workbook.readSnapshot(), { asOf: AS_OF }).plan).toEqual({ sheets: [] });
  });

  it("keeps the officers' column beside it, says so, and plans nothing more on a rescan", () => {
    const own: RawCell[][] = [["Officer's note"], ["Survey again in spring"]];
    const workbook = new MemoryWorkbook([kpis, benchmarks, earlier(own)]);
    const result = scan(workbook.readSnapshot(), { asOf: AS_OF });
    expect(result.problems.map(describeProblem)).toEqual([
      "'KPI status'!L1: KPI status now has a Quartile column before Source, and this column is yours: move it one column to the right and scan again to see the quartiles",
    ]);
    workbook.applyPlan(result.plan);
    const status = workbook.sheet("KPI status")?.cells ?? [];
    expect(status.map((row) => row[11])).toEqual(["Officer's note", "Survey again in spring"]);
    expect(status[0]?.slice(0, 11)).toEqual(BEFORE);
    expect(scan(workbook.readSnapshot(), { asOf: AS_OF }).plan).toEqual({ sheets: [] });
  });
});
