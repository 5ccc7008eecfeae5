import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";

/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts at build, by
 * custom-functions-metadata-plugin calling this same generator. This checks what Excel will see.
 */
interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string };
  options?: { volatile?: boolean };
}

const EXPECTED: Record<string, string[]> = {
  QUORATE: ["membership", "present"],
  QUORUM: ["membership"],
  LAPSE: [
    "marks",
    "meetingDates",
    "asOf",
    "[startDate]",
    "[consecutiveAbsences]",
    "[absencesIn12Months]",
  ],
  DECISION: ["votesFor", "votesAgainst", "present", "membership", "[castingVote]"],
  NOTICEDAYS: ["noticeDate", "meetingDate"],
  NOTICEOK: ["noticeDate", "meetingDate", "[daysNeeded]"],
  KPISTATUS: ["actual", "target", "polarity", "[tolerance]"],
  DEADLINE: ["kind", "fromDate", "[alternativeDate]", "[impactMonths]"],
  CHAIRELIGIBLE: ["name", "years", "chairs", "panelYear"],
  ELIGIBLE: [
    "tenant",
    "evictionOrAsbo",
    "employeeOrCouncillor",
    "legalDispute",
    "tenantsForumMember",
    "silverServiceMember",
  ],
  SURVEYMARGIN: ["responses", "population", "[confidence]"],
  PANELYEAR: ["date", "[yearStarts]"],
  WORKDAYSAFTER: ["date", "days"],
  COMPLAINTDUE: [
    "stage",
    "received",
    "[acknowledged]",
    "[extendedTo]",
    "[respondDays]",
    "[acknowledgeDays]",
  ],
  // asOf before [responded]: optional arguments come last, as in Excel's own functions.
  COMPLAINTSTATUS: ["due", "asOf", "[responded]"],
  HAZARDDUE: [
    "step",
    "category",
    "aware",
    "[investigationConcluded]",
    "[laterReason]",
    "[allowance]",
  ],
  QUARTILE: ["actual", "lower", "median", "upper", "polarity"],
};

describe("custom functions metadata (functions.json)", () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      path.resolve(__dirname, "../../src/functions/functions.ts"),
      true
    );
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
  }, 30_000);

  it("names every TOSP function with its parameters in order, optional ones marked", () => {
    const named = Object.fromEntries(
      functions.map((f) => [f.name, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))])
    );
    expect(named).toEqual(EXPECTED);
  });

  it("takes ranges as 2-D arrays where a range is expected", () => {
    const matrices = functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.name}.${p.name}`)
    );
    expect(matrices.sort()).toEqual([
      "CHAIRELIGIBLE.chairs",
      "CHAIRELIGIBLE.years",
      "LAPSE.marks",
      "LAPSE.meetingDates",
    ]);
  });

  it("has no volatile function: today comes in as an argument", () => {
    expect(functions.filter((f) => f.options?.volatile)).toEqual([]);
  });
});
