/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { render } from "./renderPane";
import { webDarkTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { HostProgress } from "../../src/engine/host";
import { ScanOutcome } from "../../src/engine/session";
import { dayFromIso } from "../../src/domain/calendar/days";
import { NARROW_PANE } from "../../src/taskpane/ViewPicker";
import { OTHER_INDICATORS, statusCountsByArea } from "../../src/wording/serviceAreas";
import {
  DEMO_AS_OF,
  demoOutcome,
  fakeSession,
  standInForResizeObserver,
  standInForStructuredClone,
} from "./panelFixtures";

standInForResizeObserver();

async function scanned(outcome: ScanOutcome = demoOutcome()) {
  const session = fakeSession(outcome);
  render(<App inExcel session={session} today={DEMO_AS_OF} />);
  fireEvent.click(screen.getByRole("button", { name: "Scan" }));
  await screen.findByText("Scan finished");
  return session;
}

/** The scan's message: the MessageBar under the Scan button. */
const scanMessage = (): HTMLElement =>
  screen.getByText("Scan finished").closest("[data-action='scan']") as HTMLElement;

describe("App outside Excel", () => {
  test("shows the add-in's name, how to open it in Excel, and the sample to try", async () => {
    const onTryDemo = jest.fn();
    render(<App inExcel={false} today={DEMO_AS_OF} onTryDemo={onTryDemo} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tenant Scrutiny Panel");
    expect(screen.getByText(/Open this page from Excel: /)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Open this in Excel" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Scan" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Try it with a sample workbook" }));
    expect(onTryDemo).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Try it with a sample workbook" }) as HTMLButtonElement)
          .disabled
      ).toBe(false)
    );
  });

  test("says so in plain words when the sample does not load", async () => {
    const onTryDemo = jest.fn(async () => {
      throw new Error("The sample workbook could not be read.");
    });
    render(<App inExcel={false} today={DEMO_AS_OF} onTryDemo={onTryDemo} />);
    fireEvent.click(screen.getByRole("button", { name: "Try it with a sample workbook" }));
    expect(await screen.findByText("The sample workbook could not be read.")).toBeTruthy();
  });

  test("in Excel without a session, shows what the add-in does and no warning", () => {
    render(<App inExcel today={DEMO_AS_OF} />);
    expect(screen.getByText(/KPIs for review triggers/)).toBeTruthy();
    expect(screen.queryByText(/Open this page from Excel/)).toBeNull();
  });
});

describe("App with a workbook", () => {
  test("Scan shows the overview figures of the scan's summary and the status line", async () => {
    const outcome = demoOutcome();
    const session = await scanned(outcome);
    expect(session.scan).toHaveBeenCalledTimes(1);
    const { summary } = outcome.findings;
    const areas = statusCountsByArea(outcome.findings.kpis);
    expect(areas.length).toBeGreaterThan(0);
    for (const { serviceArea, counts } of areas) {
      const item = within(screen.getByRole("button", { name: serviceArea }).closest("li")!);
      expect(item.getByText(`${counts.Met} Met`)).toBeTruthy();
      expect(item.getByText(`${counts["Near miss"]} Near miss`)).toBeTruthy();
      expect(item.getByText(`${counts.Missed} Missed`)).toBeTruthy();
    }
    // The sample's one indicator without a service area is on KPI - Rent: placed there by the name.
    expect(screen.queryByRole("button", { name: "No service area" })).toBeNull();
    expect(screen.queryByRole("button", { name: OTHER_INDICATORS })).toBeNull();
    const rent = within(
      screen.getByRole("button", { name: "Rent charging and recovery" }).closest("li")!
    );
    expect(rent.getByText("1 Context only")).toBeTruthy();
    // A count of nothing is neutral, never red ("0 Missed" in red).
    expect(rent.getByText("0 Missed").getAttribute("data-colour")).toBe("subtle");
    const voids = within(screen.getByRole("button", { name: "Voids and lettings" }).closest("li")!);
    expect(voids.getByText("1 Missed").getAttribute("data-colour")).toBe("danger");
    const waiting = summary.triggers.waiting;
    expect(screen.getByText(new RegExp(`^${waiting} new triggers? waiting`))).toBeTruthy();
    const atRisk = summary.membersByStatus["At risk of lapse"];
    expect(
      screen.getByText(new RegExp(`at risk of lapse, ${summary.membersByStatus.Lapsed} lapsed`))
        .textContent
    ).toMatch(new RegExp(`^${atRisk} members?`));
    expect(
      screen.getByText(new RegExp(`^${summary.overdueReviews} review stages? overdue`))
    ).toBeTruthy();
    // The confirmation is beside the Scan button, in plain words, and has the focus.
    // The sample's deliberate problems: the TSM publication gaps and a CH02 the log does not bear out.
    expect(outcome.problems).toHaveLength(3);
    expect(scanMessage().textContent).toBe(
      "Scan finished3 problems to put right: see Problems. The add-in wrote its results into 12 cells of its own sheets and columns."
    );
    await waitFor(() => expect(document.activeElement).toBe(scanMessage()));
  });

  test("an item of the overview opens its view", async () => {
    await scanned();
    fireEvent.click(screen.getByRole("button", { name: /review stages? overdue/ }));
    expect(screen.getByRole("tab", { name: "Reviews" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "Review programme" })).toBeTruthy();
  });

  test("an error from the session shows in a MessageBar and the pane still renders", async () => {
    const outcome = demoOutcome();
    const session = fakeSession(outcome);
    render(<App inExcel session={session} today={DEMO_AS_OF} />);
    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    await screen.findByText("Scan finished");
    session.scan.mockRejectedValueOnce(new Error("Set up the workbook first: no Members sheet."));
    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    const message = await screen.findByText("Set up the workbook first: no Members sheet.");
    expect(screen.getByText("The scan did not finish")).toBeTruthy();
    // Where the person is: beside Scan, with the focus.
    await waitFor(() => expect(document.activeElement).toBe(message.closest("[tabindex='-1']")));
    // The last scan is still shown, and Scan can be tried again.
    expect(screen.getAllByRole("tab")).toHaveLength(9);
    expect(screen.getByRole("heading", { name: /^Overview at/ })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Scan" }) as HTMLButtonElement).disabled).toBe(
      false
    );
  });

  test("the views are tabs, reachable and moved between by keyboard", async () => {
    await scanned();
    const tabs = screen.getAllByRole("tab");
    const names = [
      "Overview",
      "KPIs and triggers",
      "Complaints and hazards",
      "Members",
      "Reviews",
      "Recommendations",
      /^Problems/,
      "Set up",
      "Summary",
    ];
    expect(tabs).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    const overview = screen.getByRole("tab", { name: "Overview" });
    expect(overview.getAttribute("aria-selected")).toBe("true");
    expect(overview.tabIndex).toBe(0);
    // Every tab is a button in the tab order; Fluent's TabList moves between them with the arrow keys.
    for (const tab of tabs) {
      expect(tab.tagName).toBe("BUTTON");
      expect((tab as HTMLButtonElement).disabled).toBe(false);
      expect(tab.tabIndex).toBe(0);
    }
    const members = screen.getByRole("tab", { name: "Members" });
    act(() => members.focus());
    expect(document.activeElement).toBe(members);
    fireEvent.click(members);
    expect(members.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(members.id);
    expect(screen.getByRole("heading", { name: "Record a meeting" })).toBeTruthy();
  });

  test("the Problems tab counts the problems", async () => {
    const outcome = demoOutcome();
    outcome.problems = [
      { sheet: "Members", address: "Members!C4", message: '"soon" is not a date' },
      { sheet: "", address: "", message: "No Reviews sheet" },
    ];
    await scanned(outcome);
    const tab = screen.getByRole("tab", { name: /^Problems\s+\(2 problems\)$/ });
    expect(tab.querySelector(".tosp-StatusBadge")?.textContent).toBe("2");
  });

  test("follows Office's dark theme when told to", () => {
    const { container } = render(<App inExcel today={DEMO_AS_OF} theme={webDarkTheme} />);
    const provider = container.firstElementChild as HTMLElement;
    const light = render(<App inExcel today={DEMO_AS_OF} />).container
      .firstElementChild as HTMLElement;
    expect(provider.className).not.toBe(light.className);
  });

  test("while the session works, shows its progress and says so in the status line", async () => {
    let finish: ((outcome: ScanOutcome) => void) | undefined;
    const session = fakeSession(demoOutcome(), {
      scan: jest.fn(
        (onProgress: (p: HostProgress) => void) =>
          new Promise<ScanOutcome>((resolve) => {
            onProgress({ stage: "writing", done: 1, total: 4 });
            finish = resolve;
          })
      ),
    });
    render(<App inExcel session={session} today={DEMO_AS_OF} />);
    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    expect(screen.getByRole("status").textContent).toBe("Writing to the workbook…");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    expect((screen.getByRole("button", { name: "Scan" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish?.(demoOutcome()));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
    expect(scanMessage().textContent).toMatch(/^Scan finished/);
  });

  test("the sample workbook: scans on opening and records a meeting through a real session", async () => {
    standInForStructuredClone();
    const { createDemoSession } = await import("../../src/taskpane/demoSession");
    render(
      <App inExcel={false} session={createDemoSession()} today={DEMO_AS_OF} isDemo scanOnOpen />
    );
    expect(
      await screen.findByText(
        // The demo's deliberate problems: the TSM publication gaps and a CH02 the log does not bear out.
        /^3 problems to put right: see Problems\. The add-in wrote its results into \d+ cells of its own sheets and columns, and added \d+ sheets\.$/,
        undefined,
        { timeout: 10_000 }
      )
    ).toBeTruthy();
    expect(screen.getByText("Sample workbook")).toBeTruthy();
    // The scan on opening was not asked for: its message leaves the focus where it was.
    expect(document.activeElement).toBe(document.body);
    fireEvent.click(screen.getByRole("tab", { name: "Members" }));
    fireEvent.change(screen.getByLabelText(/Meeting date/), { target: { value: "17/11/2026" } });
    fireEvent.click(
      within(screen.getByRole("radiogroup", { name: "Pat Jones" })).getByRole("radio", {
        name: "P: present",
      })
    );
    fireEvent.click(screen.getByRole("button", { name: "Save the meeting" }));
    const wait = { timeout: 10_000 };
    fireEvent.click(await screen.findByRole("button", { name: "Confirm and save" }, wait));
    expect(
      await screen.findByText(
        /^The meeting of 17\/11\/2026 is on the Attendance and Meetings sheets\./,
        undefined,
        wait
      )
    ).toBeTruthy();

    // The meeting just recorded is corrected in place: chosen from the list, Pat Jones's mark changed.
    const which = screen.getByRole("combobox", { name: "Which meeting" });
    const options = () =>
      within(which)
        .getAllByRole("option")
        .map((o) => o.textContent);
    expect(options().filter((o) => o === "Correct 17/11/2026 (Main)")).toHaveLength(1);
    fireEvent.change(which, { target: { value: String(dayFromIso("2026-11-17")) } });
    const pat = within(screen.getByRole("radiogroup", { name: "Pat Jones" }));
    expect((pat.getByRole("radio", { name: "P: present" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(pat.getByRole("radio", { name: "R: absent with a reason" }));
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }));
    fireEvent.click(await screen.findByRole("button", { name: "Confirm the correction" }, wait));
    expect(
      await screen.findByText(
        /^The meeting of 17\/11\/2026 is corrected in place\./,
        undefined,
        wait
      )
    ).toBeTruthy();
    expect(options().filter((o) => o?.startsWith("Correct 17/11/2026"))).toHaveLength(1);
  }, 30_000);

  test("waits for a scan before showing the views' data", async () => {
    const session = fakeSession();
    render(<App inExcel session={session} today={DEMO_AS_OF} />);
    expect(screen.getByText(/Choose Scan to read this workbook/)).toBeTruthy();
    expect(session.scan).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(""));
  });
});

describe("the pane on a narrow screen", () => {
  /** A browser whose pane is 320 px wide: matchMedia answers the narrow query. */
  function narrowPane(): () => void {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query === NARROW_PANE,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    return () => {
      window.matchMedia = original;
    };
  }

  test("the views are a drop-down naming the view shown, not tabs that wrap", async () => {
    const restore = narrowPane();
    try {
      await scanned();
      expect(screen.queryAllByRole("tab")).toHaveLength(0);
      const picker = screen.getByRole("combobox", { name: "View" }) as HTMLSelectElement;
      expect(picker.value).toBe("overview");
      expect(
        within(picker)
          .getAllByRole("option")
          .map((o) => o.textContent)
      ).toEqual([
        "Overview",
        "KPIs and triggers",
        "Complaints and hazards",
        "Members",
        "Reviews",
        "Recommendations",
        "Problems (3)",
        "Set up",
        "Summary",
      ]);
      expect(screen.getByRole("region", { name: "Overview" })).toBeTruthy();
      fireEvent.change(picker, { target: { value: "reviews" } });
      expect(screen.getByRole("region", { name: "Reviews" })).toBeTruthy();
      expect(screen.getByRole("heading", { name: "Review programme" })).toBeTruthy();
    } finally {
      restore();
    }
  });

  test("the header is the name only: the description is for the page without a workbook", async () => {
    await scanned();
    expect(screen.queryByText(/KPIs for review triggers/)).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tenant Scrutiny Panel");
  });
});

describe("each action confirms beside its button, and the focus goes there", () => {
  test.each([
    [
      "Set up",
      "Set up the workbook",
      "Set up finished",
      "1 sheet added; 1 sheet already there left as it was.",
    ],
    [
      "Summary",
      "Write the Summary sheet with charts",
      "Summary sheet written",
      "The Summary sheet has the figures and three charts for the Tenants' Forum.",
    ],
  ])("%s", async (tab, button, title, message) => {
    await scanned();
    fireEvent.click(screen.getByRole("tab", { name: tab }));
    const control = screen.getByRole("button", { name: button });
    fireEvent.click(control);
    const shown = await screen.findByText(title);
    const bar = shown.closest("[tabindex='-1']") as HTMLElement;
    expect(bar.textContent).toBe(`${title}${message}`);
    await waitFor(() => expect(document.activeElement).toBe(bar));
    // Beside the button: the next thing after it in the view.
    expect(control.nextElementSibling).toBe(bar);
  });
});
