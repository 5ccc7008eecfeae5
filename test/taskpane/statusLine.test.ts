import { plainMessage, statusLine } from "../../src/taskpane/statusLine";
import { paneThemeOf } from "../../src/taskpane/theme";
import { demoOutcome } from "./panelFixtures";

describe("statusLine", () => {
  const outcome = demoOutcome();

  test("says what was done, cells updated and problems", () => {
    const problems = [1, 2, 3].map((n) => ({ sheet: "KPI", address: `KPI!D${n}`, message: "x" }));
    expect(statusLine("scan", { ...outcome, cellsWritten: 12, problems })).toBe(
      "Scan finished: 12 cells updated, 3 problems"
    );
    expect(
      statusLine("recordMeeting", { ...outcome, cellsWritten: 1, problems: [problems[0]!] })
    ).toBe("Meeting recorded: 1 cell updated, 1 problem");
  });

  test("counts sheets created", () => {
    expect(
      statusLine("setUp", {
        ...outcome,
        cellsWritten: 40,
        sheetsCreated: ["Members", "Settings"],
        problems: [],
      })
    ).toBe("Set up finished: 40 cells updated, 2 sheets created, 0 problems");
  });
});

describe("plainMessage", () => {
  test("shows a message as it is and never an empty one", () => {
    expect(plainMessage({ message: "Set up the workbook first." })).toBe(
      "Set up the workbook first."
    );
    expect(plainMessage(42)).toMatch(/^Something went wrong/);
    expect(plainMessage({ message: 7 })).toMatch(/^Something went wrong/);
    expect(plainMessage(null)).toMatch(/^Something went wrong/);
  });
});

describe("paneThemeOf", () => {
  test("dark for Office's dark themes, light otherwise", () => {
    expect(paneThemeOf({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(paneThemeOf({ bodyBackgroundColor: "#000" })).toBe("dark");
    expect(paneThemeOf({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(paneThemeOf({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
    expect(paneThemeOf({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(paneThemeOf(undefined)).toBe("light");
  });
});
