import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import { dayFromIso } from "../../src/domain";
import {
  chairEligible,
  complaintDue,
  complaintStatus,
  deadline,
  decision,
  eligible,
  hazardDue,
  kpiStatusOf,
  lapse,
  noticeDays,
  noticeOk,
  panelYear,
  quorate,
  quartile,
  quorum,
  surveyMarginOf,
  workDaysAfter,
} from "../../src/functions/functions";
import { WORKED_EXAMPLE_AS_OF, WORKED_EXAMPLE_MEETINGS } from "../fixtures/workedExample";
import { cellError } from "./cellError";

/**
 * functions.json sets allowCustomDataForDataTypeAny, so Excel (CustomFunctionsRuntime 1.4) may pass a
 * data type for any `any` argument, or for a cell of a range (Use data types with custom functions in
 * Excel; shapes from Excel.CellValue). Every argument of every TOSP function takes one: a data type
 * with a plain value gives the answer the plain value gives; one without is #VALUE! saying what to fix.
 */
type TospFunction = (...args: never[]) => unknown;

const serial = dayFromIso;

/** Each function with arguments it answers (docs/rules.md's examples), in its parameters' order. */
const CALLS: Record<string, { call: TospFunction; args: unknown[] }> = {
  QUORATE: { call: quorate, args: [8, 4] },
  QUORUM: { call: quorum, args: [7] },
  LAPSE: {
    call: lapse,
    args: [
      ["A A P A R P A P P A P P P".split(" ")],
      [WORKED_EXAMPLE_MEETINGS],
      WORKED_EXAMPLE_AS_OF,
      serial("2025-09-01"),
      3,
      5,
    ],
  },
  DECISION: { call: decision, args: [4, 4, 8, 12, "For"] },
  NOTICEDAYS: { call: noticeDays, args: [serial("2026-11-02"), serial("2026-11-10")] },
  NOTICEOK: { call: noticeOk, args: [serial("2026-11-02"), serial("2026-11-10"), 5] },
  KPISTATUS: { call: kpiStatusOf, args: [88, 90, "Higher is better", "5%"] },
  DEADLINE: {
    call: deadline,
    args: ["information", serial("2026-11-02"), serial("2026-12-15"), 6],
  },
  CHAIRELIGIBLE: {
    call: chairEligible,
    args: [
      "Pat Jones",
      [["2023/24"], ["2024/25"], ["2025/26"]],
      [["Pat Jones"], ["Pat Jones"], ["Amir Khan"]],
      "2026/27",
    ],
  },
  ELIGIBLE: { call: eligible, args: ["Y", "N", "N", "N", "Y", "N"] },
  SURVEYMARGIN: { call: surveyMarginOf, args: [636, 8367, 0.95] },
  PANELYEAR: { call: panelYear, args: [serial("2026-11-23"), serial("2026-09-01")] },
  WORKDAYSAFTER: { call: workDaysAfter, args: [serial("2026-11-02"), 5] },
  COMPLAINTDUE: {
    call: complaintDue,
    args: [1, serial("2026-11-02"), serial("2026-11-03"), serial("2026-12-01"), 10, 5],
  },
  COMPLAINTSTATUS: {
    call: complaintStatus,
    args: [serial("2026-10-19"), serial("2026-11-23"), serial("2026-10-21")],
  },
  HAZARDDUE: {
    call: hazardDue,
    args: [
      "Preventative work",
      "Significant",
      serial("2026-11-02") + 0.375,
      serial("2026-11-12"),
      "Y",
      12,
    ],
  },
  QUARTILE: { call: quartile, args: [66, 64.2, 70.1, 75.3, "Higher is better"] },
};

/** The data types a plain value can come as: formatted numbers, text, a card (entity) showing it. */
function asDataTypes(value: unknown): { kind: string; value: unknown }[] {
  if (typeof value === "number")
    return [
      { kind: "Double", value: { type: "Double", basicValue: value, numberFormat: "0.00" } },
      {
        kind: "FormattedNumber",
        value: { type: "FormattedNumber", basicValue: value, numberFormat: "0" },
      },
    ];
  if (typeof value === "string")
    return [
      { kind: "String", value: { type: "String", basicValue: value } },
      {
        kind: "Entity",
        value: {
          type: "Entity",
          text: value,
          basicType: "Error",
          basicValue: "#VALUE!",
          properties: { Note: { type: "String", basicValue: "from a card" } },
        },
      },
    ];
  if (typeof value === "boolean")
    return [{ kind: "Boolean", value: { type: "Boolean", basicValue: value } }];
  throw new Error(`no data type for ${String(value)}`);
}

/** The arguments with one replaced: a range gets the data type in its first cell. */
function withArgument(
  args: unknown[],
  index: number,
  make: (plain: unknown) => unknown
): unknown[] {
  return args.map((arg, i) => {
    if (i !== index) return arg;
    if (!Array.isArray(arg)) return make(arg);
    const rows = arg as unknown[][];
    return rows.map((row, r) => row.map((cell, c) => (r === 0 && c === 0 ? make(cell) : cell)));
  });
}

const call = (name: string, args: unknown[]): unknown =>
  (CALLS[name]!.call as (...args: unknown[]) => unknown)(...args);

let parameters: { fn: string; name: string; index: number; matrix: boolean }[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
    true
  );
  const metadata = JSON.parse(result.metadataJson) as {
    allowCustomDataForDataTypeAny?: boolean;
    functions: {
      name: string;
      parameters: { name: string; type: string; dimensionality?: string }[];
    }[];
  };
  // The premise: Excel may pass data types to these parameters.
  expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  parameters = metadata.functions.flatMap((fn) =>
    fn.parameters.map((parameter, index) => {
      expect(`${fn.name}.${parameter.name}: ${parameter.type}`).toBe(
        `${fn.name}.${parameter.name}: any`
      );
      return {
        fn: fn.name,
        name: parameter.name,
        index,
        matrix: parameter.dimensionality === "matrix",
      };
    })
  );
}, 30_000);

describe("a data type passed to a TOSP function's argument", () => {
  test("every function of functions.json has example arguments here, one per parameter", () => {
    const functions = [...new Set(parameters.map((parameter) => parameter.fn))];
    expect(functions.sort()).toEqual(Object.keys(CALLS).sort());
    for (const fn of functions)
      expect([fn, CALLS[fn]!.args.length]).toEqual([
        fn,
        parameters.filter((p) => p.fn === fn).length,
      ]);
  });

  test("gives the answer its plain value gives: formatted numbers, text, entities' text, booleans", () => {
    let checked = 0;
    for (const { fn, name, index } of parameters) {
      const { args } = CALLS[fn]!;
      const plainAnswer = call(fn, args);
      const arg = args[index];
      const plain = Array.isArray(arg) ? (arg as unknown[][])[0]![0] : arg;
      for (const { kind, value } of asDataTypes(plain)) {
        const answer = call(
          fn,
          withArgument(args, index, () => value)
        );
        expect({ at: `${fn}.${name} as ${kind}`, answer }).toEqual({
          at: `${fn}.${name} as ${kind}`,
          answer: plainAnswer,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(parameters.length);
  });

  test("is #VALUE! naming the argument, for an error, a picture or a list it cannot use", () => {
    const unusable = [
      {
        value: { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" },
        says: "the cell holds the error #DIV/0!. Correct that cell first",
      },
      {
        value: {
          type: "WebImage",
          address: "https://example.org/estate.png",
          basicValue: "#VALUE!",
        },
        says: "a picture is not a value. Give a number, a date or text, or a cell holding one",
      },
      {
        value: {
          type: "Array",
          elements: [[{ type: "Double", basicValue: 1 }]],
          basicValue: "#VALUE!",
        },
        says: "a list of values is not one value. Give a number, a date or text, or a cell holding one",
      },
      {
        value: { type: "Entity", basicType: "Error", basicValue: "#VALUE!", properties: {} },
        says: "this Entity data type has no text to use. Give a number, a date or text, or a cell holding one",
      },
    ];
    for (const { fn, name, index, matrix } of parameters) {
      for (const { value, says } of unusable) {
        const error = cellError(() =>
          call(
            fn,
            withArgument(CALLS[fn]!.args, index, () => value)
          )
        );
        const argument = matrix ? `${name} (cell 1)` : name;
        expect({ at: `${fn}.${name}`, error }).toEqual({
          at: `${fn}.${name}`,
          error: { code: "#VALUE!", message: `${argument}: ${says}.` },
        });
      }
    }
  });

  test("takes an empty data type as a blank cell", () => {
    expect(cellError(() => quorum({ type: "Empty", basicValue: "" }))).toEqual(
      cellError(() => quorum(""))
    );
    expect(kpiStatusOf({ type: "Empty" }, 90, "Higher is better")).toBe("No data");
  });
});
