import { finishedWords, plainMessage, statusLine } from "../../src/taskpane/statusLine";
import { paneThemeOf, paneThemeOfScheme } from "../../src/taskpane/theme";
import { demoOutcome } from "./panelFixtures";

describe("statusLine", () => {
  const outcome = demoOutcome();

  test('says what was done and the problems, in plain words (not "cells updated")', () => {
    const problems = [1, 2, 3].map((n) => ({ sheet: "KPI", address: `KPI!D${n}`, message: "x" }));
    expect(statusLine("scan", { ...outcome, cellsWritten: 12, problems })).toBe(
      "Scan finished. 3 problems to put right: see Problems. The add-in wrote its results into 12 cells of its own sheets and columns."
    );
    expect(
      statusLine("recordMeeting", { ...outcome, cellsWritten: 1, problems: [problems[0]!] })
    ).toBe(
      "Meeting recorded. 1 problem to put right: see Problems. The add-in wrote its results into 1 cell of its own sheets and columns."
    );
    expect(statusLine("scan", { ...outcome, cellsWritten: 0, problems: [] })).toBe(
      "Scan finished. No problems found. Nothing in the workbook needed changing."
    );
  });

  test("counts sheets added, and set up says what it kept", () => {
    const created = { ...outcome, cellsWritten: 40, sheetsCreated: ["Members", "Settings"] };
    expect(finishedWords("scan", { ...created, problems: [] }).message).toBe(
      "No problems found. The add-in wrote its results into 40 cells of its own sheets and columns, and added 2 sheets."
    );
    expect(finishedWords("setUp", { ...created, sheetsKept: ["Attendance"] } as never)).toEqual({
      title: "Set up finished",
      message: "2 sheets added; 1 sheet already there left as it was.",
    });
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

describe("paneThemeOfScheme", () => {
  test("outside Excel, follows the system's dark setting; light when the browser cannot say", () => {
    const asks: string[] = [];
    const dark = (query: string) => {
      asks.push(query);
      return { matches: true };
    };
    expect(paneThemeOfScheme(dark)).toBe("dark");
    expect(asks).toEqual(["(prefers-color-scheme: dark)"]);
    expect(paneThemeOfScheme(() => ({ matches: false }))).toBe("light");
    expect(paneThemeOfScheme(undefined)).toBe("light");
  });
});
