import {
  isRunningInExcel,
  OfficeLike,
  officeThemeColours,
} from "../../../src/hosts/excel/officeReady";

/** A stand-in for Office.js whose onReady reports the given host, as Office.js does. */
function officeReporting(host: string | null): OfficeLike {
  return {
    onReady: () => Promise.resolve({ host }),
    HostType: { Excel: "Excel" },
  };
}

describe("isRunningInExcel", () => {
  test("is true when Office reports Excel", async () => {
    await expect(isRunningInExcel(officeReporting("Excel"))).resolves.toBe(true);
  });

  test("is false in a plain browser, where onReady reports host null", async () => {
    await expect(isRunningInExcel(officeReporting(null))).resolves.toBe(false);
  });

  test("is false in another Office application", async () => {
    await expect(isRunningInExcel(officeReporting("Word"))).resolves.toBe(false);
  });

  test("is false when Office.js did not load at all", async () => {
    // No Office global in this (node) test environment: the default argument finds none.
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    await expect(isRunningInExcel()).resolves.toBe(false);
    await expect(isRunningInExcel(undefined)).resolves.toBe(false);
  });

  test("is false when onReady fails", async () => {
    const failing: OfficeLike = {
      onReady: () => Promise.reject(new Error("host went away")),
      HostType: { Excel: "Excel" },
    };
    await expect(isRunningInExcel(failing)).resolves.toBe(false);
  });
});

describe("officeThemeColours", () => {
  const global = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete global.Office);

  test("gives Office's theme colours, and nothing outside Office or when Office cannot say", () => {
    expect(officeThemeColours()).toBeUndefined();
    global.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(officeThemeColours()).toEqual({ bodyBackgroundColor: "#262626" });
    global.Office = {
      get context(): never {
        throw new Error("Office is not ready");
      },
    };
    expect(officeThemeColours()).toBeUndefined();
  });
});
