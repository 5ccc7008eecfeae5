import fs from "fs";
import path from "path";
import { settingCellName } from "../src/workbook/settingNames";
import { WORKED_EXAMPLE_MEETINGS } from "./fixtures/workedExample";
import { argumentsOf as readArguments, expectedOf } from "./functionExamples";
import * as tosp from "../src/functions/functions";
import { dayFromIso } from "../src/domain";
import { recordMeetingPlan } from "../src/engine/actions/recordMeeting";
import { scan } from "../src/engine/scan";
import { MeetingToRecord } from "../src/engine/session";
import { DEMO_AS_OF, demoWorkbook } from "../src/demo/demoWorkbook";
import { MemorySheet } from "../src/workbook/memorySheet";
import { MemoryWorkbook } from "../src/hosts/memory/memoryHost";
import { SETTING_ROWS, copyOfDefaults } from "../src/workbook/readers/settings";
import { describeProblem } from "../src/workbook/problems";
import { RawCell } from "../src/workbook/snapshot";

/**
 * The officer's guide (docs/guide.md) is checked against the add-in, so it cannot drift from what the
 * add-in does: every formula example is run and gives its documented result; every TOSP function has an
 * example; every picture exists; every problem and refusal message quoted is one the add-in gives, word
 * for word; the Settings table lists every setting with its default; and every link inside the guide
 * leads to a heading. Formula rows are tables of function, gives, example and result:
 * `| \`TOSP.NAME\` | example in words | \`=TOSP.NAME(args)\` | \`result\` … |`.
 */

const ROOT = path.join(__dirname, "..");
const guide = fs.readFileSync(path.join(ROOT, "docs", "guide.md"), "utf8");
const lines = guide.split("\n");

/** The lines of the guide's section whose `## ` heading starts with `heading`, up to the next `## `. */
function section(heading: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(`## ${heading}`));
  if (start < 0) throw new Error(`docs/guide.md has no section "## ${heading}…"`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A markdown table row's cells, split as test/readmeExamples.test.ts splits them. */
const cellsOf = (line: string): string[] =>
  line.split(" | ").map((cell) => cell.replace(/^\| /, "").replace(/ \|$/, ""));

/** The rows of the table whose header row is `header` (without the header and its rule). */
function tableUnder(sectionLines: string[], header: string): string[] {
  const start = sectionLines.indexOf(header);
  if (start < 0) throw new Error(`docs/guide.md has no table headed ${header}`);
  const rows = sectionLines.slice(start + 2);
  const end = rows.findIndex((line) => !line.startsWith("|"));
  return end < 0 ? rows : rows.slice(0, end);
}

/** The text between the first pair of backticks in a cell. */
const quoted = (cell: string | undefined): string => /`([^`]*)`/.exec(cell ?? "")?.[1] ?? "";

// ---------------------------------------------------------------------------------------------------
// Formula examples

/** Every `@customfunction NAME` of functions.ts with the export it documents, read from the source. */
const source = fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");
const EXPORTED: Record<string, string> = Object.fromEntries(
  [...source.matchAll(/@customfunction (\w+)[\s\S]*?export function (\w+)\(/g)].map((match) => [
    match[1] as string,
    match[2] as string,
  ])
);
const FUNCTIONS = tosp as unknown as Record<string, (...args: unknown[]) => unknown>;

/**
 * Functions whose examples need cells on a sheet (a row of attendance marks, a history of Chairs), so
 * their example can only be a formula over cell references; the guide explains the cells in words.
 * Their examples are still run here, over REGISTER below, a copy of the cells the guide describes.
 */
const RANGE_FUNCTIONS = ["LAPSE", "CHAIRELIGIBLE"];

const marks = (row: string): RawCell[][] => [row.split(" ")];

/** The cells the guide's range examples refer to, as Excel passes them (dates as serial numbers). */
const REGISTER: Record<string, RawCell[][]> = {
  "B1:N1": [WORKED_EXAMPLE_MEETINGS],
  "B2:N2": marks("A A P A R P A P P A P P P"),
  "B3:N3": marks("P P P P P P P P P A R A A"),
  "B4:N4": marks("- - - - - - P A - A A P P"),
  "A2:A4": [["2023/24"], ["2024/25"], ["2025/26"]],
  "B2:B4": [["Pat Jones"], ["Pat Jones"], ["Pat Jones"]],
};
/** Excel's reading of an argument, a range coming from REGISTER (functionExamples.ts). */
const argumentsOf = (formula: string): unknown[] => readArguments(formula, REGISTER);

const examples = section("8.")
  .filter((line) => line.startsWith("| `TOSP."))
  .map((line) => {
    const cells = cellsOf(line);
    const formula = quoted(cells[2]);
    return {
      named: quoted(cells[0]).replace(/^TOSP\./, ""),
      name: /^=TOSP\.([A-Z]+)\(/.exec(formula)?.[1] ?? "",
      formula,
      result: cells[3] ?? "",
      // A cell range (B2:N2), not the colon of a time in text ("24/10/2026 10:00").
      usesRange: /\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/.test(formula),
    };
  });

describe("the guide's formula examples (docs/guide.md, section 8)", () => {
  it("finds the TOSP functions and their examples", () => {
    expect(Object.keys(EXPORTED).length).toBeGreaterThanOrEqual(12);
    expect(examples.length).toBeGreaterThanOrEqual(Object.keys(EXPORTED).length);
  });

  it("gives every TOSP function an example (range functions: an example over the cells described)", () => {
    const withLiteralExample = new Set(examples.filter((e) => !e.usesRange).map((e) => e.name));
    const withoutExample = Object.keys(EXPORTED).filter(
      (name) => !withLiteralExample.has(name) && !RANGE_FUNCTIONS.includes(name)
    );
    expect(withoutExample).toEqual([]);
    // Only the allow-listed functions may rely on cells; and the guide shows them too.
    expect([...new Set(examples.filter((e) => e.usesRange).map((e) => e.name))].sort()).toEqual(
      [...RANGE_FUNCTIONS].sort()
    );
  });

  it("names each row after the function its formula calls", () => {
    for (const example of examples)
      expect(`${example.formula}: ${example.named}`).toBe(`${example.formula}: ${example.name}`);
  });

  it.each(examples.map((e) => [e.formula, e.result, e.name]))(
    "%s gives %s",
    (formula, result, name) => {
      const exported = EXPORTED[name];
      expect(exported).toBeDefined();
      const call = FUNCTIONS[exported as string];
      expect(typeof call).toBe("function");
      const actual = (call as (...args: unknown[]) => unknown)(...argumentsOf(formula));
      const expected = expectedOf(result);
      if (typeof expected === "number" && !Number.isInteger(expected))
        expect(actual).toBeCloseTo(expected, 4);
      else expect(actual).toEqual(expected);
    }
  );
});

// ---------------------------------------------------------------------------------------------------
// Pictures and links

describe("the guide's pictures and links", () => {
  const images = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({
    alt: m[1] as string,
    target: m[2] as string,
  }));

  it("links every picture relatively, from docs/images/, with alt text, and each file exists", () => {
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter(({ target }) => !/^images\/[\w-]+\.png$/.test(target))).toEqual([]);
    expect(images.filter(({ alt }) => alt.length < 20)).toEqual([]);
    const missing = images.filter(({ target }) => !fs.existsSync(path.join(ROOT, "docs", target)));
    expect(missing.map(({ target }) => target)).toEqual([]);
  });

  it("shows every screenshot the end-to-end test takes", () => {
    const shown = new Set(images.map((image) => path.basename(image.target)));
    const taken = fs
      .readdirSync(path.join(ROOT, "docs", "images"))
      .filter((f) => f.endsWith(".png"));
    expect(taken.filter((file) => !shown.has(file))).toEqual([]);
  });

  it("links inside the guide only to headings it has", () => {
    // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    const anchors = new Set(
      lines
        .filter((line) => /^#{2,4} /.test(line))
        .map((line) =>
          line
            .replace(/^#+ /, "")
            .toLowerCase()
            .replace(/[^\p{L}\p{N} -]/gu, "")
            .replace(/ /g, "-")
        )
    );
    const targets = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !anchors.has(target))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Problems and refusals, word for word

/** A workbook with the mistakes the guide's problem table quotes, at the cells it quotes. */
function workbookWithMistakes(): MemorySheet[] {
  return [
    {
      name: "Members",
      cells: [
        ["Name", "Group", "Start date", "Training %", "Tenant", "Status"],
        ["Pat Jones", "Tenants' Forum", "01/09/2024", 100, "Y"],
        ["Sam Lee", "Tenant rep", "01/09/2024", 90, "Y", "Resigned 03/2026 – letter on file"],
        ["Jo Khan", "General", "TBC", 120, "Maybe"],
        ["Amir Khan", "General", "01/09/2204", 100, "Y"],
        ["Pat Jones", "General", "01/09/2024", 100, "Y"],
      ],
    },
    {
      name: "Attendance",
      cells: [
        ["Member", "14/10/2025", "11/11/2025", "Meeting 3"],
        ["Pat Jones", "P", "Y", null],
        ["Jo Bloggs", "P", "P", null],
      ],
    },
    {
      name: "Meetings",
      cells: [
        ["Date", "Type", "Notice sent", "Meeting date"],
        ["14/10/2025", "Main", null],
        ["11/11/2025", "Special", null],
        ["20/10/2025", "Interim", "25/10/2025"],
      ],
    },
    {
      name: "Reviews",
      cells: [
        ["Review", "Panel year", "Origin", "Information requested", "Alternative deadline"],
        ["Rent arrears letters", "2026/27", "Tenant request", "01/10/2026", null],
        ["Estate cleaning", null, "Scheduled", null, null],
        ["Empty homes", "2026/27", "Scheduled", "01/10/2026", "15/09/2026"],
      ],
    },
    { name: "Tenant profile", cells: [["Figures to follow from the housing register"]] },
    // The Complaints and Hazards logs, Benchmarks, the TSM survey and a TSM sheet.
    {
      name: "Complaints",
      cells: [
        [
          "Reference",
          "Date received",
          "Theme",
          "Stage",
          "Acknowledged",
          "Extended to",
          "Responded",
          "Escalated",
          "Stage 2 acknowledged",
        ],
        ["C-1", "02/11/2026", "Damp", 2, "03/11/2026"],
        ["C-2", "02/11/2026", "Damp", "3"],
        ["C-3", "10/11/2026", "Rent", 1, null, null, "01/11/2026"],
        ["C-4", "02/11/2026", "Noise", 1, "03/11/2026", "05/11/2026"],
        ["C-5", "02/11/2026", "Noise", null, null, null, null, null, "05/11/2026"],
        ["C-6", "02/11/2026", "Noise", 1, "01/11/2026"],
        ["C-7", "02/11/2026", "Noise", 2, null, null, null, "01/11/2026"],
        ["C-8", "01/04/2025", "Repairs", 1, "02/04/2025", null, "10/04/2025"],
      ],
    },
    {
      name: "Hazards",
      cells: [
        [
          "Reference",
          "Category",
          "Hazard",
          "Aware",
          "Made safe",
          "Investigation concluded",
          "Summary sent",
          "Safety work started",
        ],
        [null, "Emergency", "Gas leak", "04/11/2026 10:00"],
        ["H-2", "Urgent", "Gas leak", "04/11/2026 10:00"],
        ["H-3", "Emergency", "Gas leak", "04/11/2026 25:10"],
        ["H-4", "Significant", "Damp and mould", "02/11/2026 09:00", null, null, null, "not yet"],
        [
          "H-5",
          "Significant",
          "Damp and mould",
          "19/10/2026 09:30",
          null,
          "30/10/2026",
          "18/10/2026",
        ],
        ["H-6", "Significant", "Damp and mould", "02/11/2026 09:00", null, null, "05/11/2026"],
        ["H-7", null, "Damp and mould", "02/11/2026 09:00"],
        ["H-8", "Emergency", "Gas leak", null],
        ["H-9", "Emergency", "Gas leak", "04/11/2026 10:00", "03/11/2026 10:00"],
      ],
    },
    {
      name: "Benchmarks",
      cells: [
        ["Code", "Indicator", "Lower quartile", "Median", "Upper quartile", "Source"],
        ["TP09", null, 40, 34.2, 29.6, "copied best first"],
        ["TP02", null, 60, 70, 65],
        [null, null, 10, 20, 30],
        ["TP03", null, 60, null, 70],
        ["TP01", null, 64.2, 70.1, 75.3],
        ["TP01", null, 60, 65, 70],
      ],
    },
    {
      name: "TSM survey",
      cells: [
        ["Survey", "Responses", "Population"],
        ["2026/27", 410, 8367],
        ["2025/26", 620, 8400],
      ],
    },
    {
      name: "TSM",
      cells: [
        ["Code", "Indicator", "Target", "Timescale", "Responses", "Population", "2025-04"],
        ["TP01", "Overall satisfaction", 75, null, null, null, 72.5],
        ["TP02", "Satisfaction with repairs", 70, null, 200, null, 68],
        ["CH02(1)", "Stage one complaints", 95, null, null, null, 91],
        ["TP03", "Satisfaction with time taken", 70, null, 5, 3, 60],
      ],
    },
    // A KPI status an earlier version wrote, without Quartile, with the officers' column beside it.
    {
      name: "KPI status",
      cells: [
        [
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
          "Notes",
        ],
      ],
    },
    // The officers' own summary, and their Status column on Members: theirs, not the add-in's.
    {
      name: "Summary",
      cells: [
        ["Budget line", "Budget", "Spent"],
        ["Training", 1200, 1150],
      ],
    },
    {
      name: "KPI - Rent",
      cells: [
        ["Rent and voids, 2026/27"],
        ["Indicator", "Target", "Polarity", "Apr-26", "May-26", "May 2026"],
        ["Rent collected as % of rent due", "97%", null, "96.1%", "n/a", null],
        ["Estate inspections passed", "90%", null, "91,5%", "9,2,0", null],
        ["Average re-let time (days)", 28, "Good", 31, 29, null],
      ],
    },
    {
      name: "KPI - Services",
      cells: [
        ["Indicator", "Period", "Actual", "Target", "May-26"],
        ["Repairs completed right first time", "Apr-26", 90.4, 90],
        ["Repairs completed right first time", null, 88, null],
        ["Repairs completed right first time", "Apr-26", 88, null],
        ["Garden waste collected on time", "Apr-26", 97, 95],
      ],
    },
    {
      name: "Triggers",
      cells: [
        [
          "Key",
          "Trigger type",
          "Service area",
          "Indicator",
          "Evidence",
          "Source",
          "First flagged",
          "Last updated",
          "Panel decision",
          "Panel notes",
        ],
        [
          "Responsive: RENT-COLLECTED",
          "Responsive",
          "Rent charging and recovery",
          "Rent collected as % of rent due",
          "Worse than target",
          "'KPI - Rent'!E3",
          null,
          null,
          "Agreed",
          null,
        ],
        // The same trigger typed again by hand, without a key and under another of its names.
        [
          null,
          "responsive",
          null,
          "Rent collection rate",
          null,
          null,
          null,
          null,
          "Discussed",
          null,
        ],
      ],
    },
    {
      name: "Settings",
      cells: [
        ["Setting", "Value"],
        ["Quorum (%)", 50],
        ["Most deputies", "four"],
        ["Awaab's Law in scope: Falls on stairs", null],
        ["Awaab's Law in scope: falls on stairs", "01/04/2026"],
        ["Benchmark trigger (Off, Bottom quartile or Below median)", "Sometimes"],
        ["CH02 target (% answered within the Code)", 120],
        ["TSM survey: confidence level (%)", 100],
        ["Homes owned (for CH01 per 1,000 homes)", "lots"],
      ],
    },
  ];
}

/** The first backticked text of each table row in a section (the message column). */
const quotedMessages = (heading: string): string[] =>
  section(heading)
    .filter((line) => line.startsWith("| `"))
    .map((line) => quoted(cellsOf(line)[0]));

describe("the guide's messages are the add-in's own words", () => {
  it("quotes at least 10 problems, each as the Problems tab shows it", () => {
    const documented = quotedMessages("9.");
    expect(documented.length).toBeGreaterThanOrEqual(10);
    const workbook = new MemoryWorkbook(workbookWithMistakes());
    const { problems } = scan(workbook.readSnapshot(), { asOf: dayFromIso("2026-11-23") });
    const shown = problems.map(describeProblem);
    expect(documented.filter((message) => !shown.includes(message))).toEqual([]);
  });

  it("quotes what the pane says when it cannot record a meeting", () => {
    const documented = quotedMessages("4.");
    expect(documented.length).toBeGreaterThanOrEqual(3);
    const demo = new MemoryWorkbook(demoWorkbook()).readSnapshot();
    const membersOnly = new MemoryWorkbook([
      {
        name: "Members",
        cells: [
          ["Name", "Group"],
          ["Pat Jones", "Tenants' Forum"],
        ],
      },
    ]).readSnapshot();
    const meeting = (iso: string): MeetingToRecord => ({
      date: dayFromIso(iso),
      type: "Main",
      marks: {},
    });
    const refusals = [
      recordMeetingPlan(demo, meeting("2026-11-30"), DEMO_AS_OF),
      recordMeetingPlan(demo, meeting("2026-11-10"), DEMO_AS_OF),
      recordMeetingPlan(membersOnly, meeting("2026-11-10"), DEMO_AS_OF),
    ].map((planned) => ("error" in planned ? planned.error : "(recorded)"));
    expect(refusals).toEqual(documented);
  });

  it("lists every setting with its default, in the Settings sheet's order", () => {
    const table = tableUnder(section("2."), "| setting | default | name in formulas |").map(
      cellsOf
    );
    const defaults = copyOfDefaults();
    expect(table).toEqual(
      SETTING_ROWS.map((row) => {
        const name = settingCellName(row.label);
        return [row.label, String(row.written(defaults)), name ? `\`${name}\`` : ""];
      })
    );
  });
});
