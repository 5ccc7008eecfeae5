/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, screen, within } from "@testing-library/react";
import { render } from "./renderPane";
import { App } from "../../src/taskpane/App";
import { ScanOutcome } from "../../src/engine/session";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { DEMO_AS_OF, demoOutcome, fakeSession, standInForResizeObserver } from "./panelFixtures";

standInForResizeObserver();

const VIEW = "Complaints and hazards";

/** The pane after a scan of `outcome`, on the Overview. */
async function scanned(outcome: ScanOutcome = demoOutcome()) {
  const session = fakeSession(outcome);
  render(<App inExcel session={session} today={DEMO_AS_OF} />);
  fireEvent.click(screen.getByRole("button", { name: "Scan" }));
  await screen.findByText("Scan finished");
  return session;
}

/** The pane after a scan, on the Complaints and hazards view. */
async function openClocks(outcome: ScanOutcome = demoOutcome()) {
  const session = await scanned(outcome);
  fireEvent.click(screen.getByRole("tab", { name: VIEW }));
  return { session, view: screen.getByRole("tabpanel") };
}

/** The item of a reference in a list (overdue first, then the rest). */
const itemOf = (list: HTMLElement, reference: string): HTMLElement =>
  list.querySelector(`li[data-reference="${reference}"]`) as HTMLElement;

const overdueList = (): HTMLElement =>
  screen.getByRole("heading", { name: "Overdue" }).nextElementSibling as HTMLElement;

describe("Complaints and hazards", () => {
  test("the overdue complaints and hazards come first, the earliest due first, each saying what is overdue and since when", async () => {
    const { view } = await openClocks();
    expect(
      within(view).getByText(
        "2 complaints and 1 hazard overdue at 23/11/2026, the earliest due first."
      )
    ).toBeTruthy();
    const list = overdueList();
    expect(
      [...list.querySelectorAll(":scope > li")].map((li) => li.getAttribute("data-reference"))
    ).toEqual(["H-26-051", "C-26-013", "C-26-016"]);

    const hazard = within(itemOf(list, "H-26-051"));
    expect(hazard.getByText("Hazard H-26-051: Damp and mould")).toBeTruthy();
    expect(hazard.getByText("Overdue").getAttribute("data-colour")).toBe("danger");
    expect(
      hazard.getByText("Due to start the safety work by 06/11/2026: 11 working days overdue.")
    ).toBeTruthy();
    expect(hazard.getByText("No alternative accommodation is recorded as offered.")).toBeTruthy();

    const stage2 = within(itemOf(list, "C-26-013"));
    expect(stage2.getByText("Complaint C-26-013")).toBeTruthy();
    expect(stage2.getByText("Damp and mould")).toBeTruthy();
    expect(
      stage2.getByText("Due to send the stage 2 response by 13/11/2026: 6 working days overdue.")
    ).toBeTruthy();

    const stage1 = within(itemOf(list, "C-26-016"));
    expect(
      stage1.getByText("Due to send the stage 1 response by 13/11/2026: 6 working days overdue.")
    ).toBeTruthy();
    // What else went outside the Code on the way: the acknowledgement was late.
    expect(
      stage1.getByText("Stage 1 acknowledged 2 working days late (due 28/10/2026)")
    ).toBeTruthy();
  });

  test("each has a link that selects its row in the log", async () => {
    const { session } = await openClocks();
    const item = within(itemOf(overdueList(), "C-26-013"));
    expect(item.getByText("Complaints!A15")).toBeTruthy();
    fireEvent.click(item.getByRole("button", { name: "Show in the log" }));
    expect(session.showProblem).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: "Complaints", cell: { row: 14, column: 0 } })
    );
    expect(await item.findByText("Complaints!A15 is selected in the workbook.")).toBeTruthy();

    fireEvent.click(
      within(itemOf(overdueList(), "H-26-051")).getByRole("button", { name: "Show in the log" })
    );
    expect(session.showProblem).toHaveBeenLastCalledWith(
      expect.objectContaining({ sheet: "Hazards", cell: { row: 4, column: 0 } })
    );
    expect(await screen.findByText("Hazards!A5 is selected in the workbook.")).toBeTruthy();
  });

  test("then the rest of the complaints: open ones with their due dates, answered ones with their result under the Code", async () => {
    const { view } = await openClocks();
    const section = within(
      screen.getByRole("region", { name: "Complaints under the Complaint Handling Code" })
    );
    expect(
      section.getByText(
        "20 complaints in the log: 12 answered within the Code, 3 answered late, 2 overdue, 3 open."
      )
    ).toBeTruthy();
    const open = section.getByRole("list", { name: "Still open, not due yet" });
    expect(
      [...open.querySelectorAll(":scope > li")].map((li) => li.getAttribute("data-reference"))
    ).toEqual(["C-26-017", "C-26-018", "C-26-019"]);
    const due = within(itemOf(open, "C-26-017"));
    expect(due.getByText("Stage 1 response due 23/11/2026")).toBeTruthy();
    expect(due.getByText("Open: not due yet").getAttribute("data-colour")).toBe("informative");

    const answered = section.getByText("Answered complaints (15)").closest("details")!;
    expect(answered.open).toBe(false);
    const list = within(answered).getByRole("list", { name: "Answered complaints", hidden: true });
    // The overdue ones are listed once, under Overdue.
    expect(itemOf(list, "C-26-013")).toBeNull();
    expect(itemOf(list, "C-26-016")).toBeNull();
    const escalated = within(itemOf(list, "C-25-006"));
    expect(escalated.getByText("Stage 1 response due 30/10/2025")).toBeTruthy();
    expect(escalated.getByText("Stage 2 response due 12/12/2025")).toBeTruthy();
    expect(escalated.getByText("Answered within the Code").getAttribute("data-colour")).toBe(
      "success"
    );
    const extended = within(itemOf(list, "C-26-020"));
    expect(extended.getByText("Answered late: 13 working days").getAttribute("data-colour")).toBe(
      "warning"
    );
    expect(
      extended.getByText(
        "Stage 1 extended to 30/10/2026, 21 working days beyond the Code's limit of 01/10/2026"
      )
    ).toBeTruthy();
    // References only: never a member's or a tenant's name.
    expect(view.textContent).not.toMatch(/Pat Jones/);
  });

  test("then the rest of the hazards: the next step and its due date, steps done late with the time, and one Awaab's Law does not cover, shown and not counted", async () => {
    await openClocks();
    const section = within(screen.getByRole("region", { name: "Hazards under Awaab's Law" }));
    expect(
      section.getByText(
        "5 hazards in the log: 1 overdue, 1 with a step done late, 1 not covered by Awaab's Law (not counted)."
      )
    ).toBeTruthy();
    const rest = section.getByRole("list", { name: "Hazards not overdue" });
    expect(itemOf(rest, "H-26-051")).toBeNull();

    const next = within(itemOf(rest, "H-26-058"));
    expect(next.getByText("Next step: investigate by 30/11/2026.")).toBeTruthy();
    expect(next.getByText("In time")).toBeTruthy();

    const late = within(itemOf(rest, "H-26-032"));
    expect(late.getByText("Emergency hazard, landlord aware 24/10/2026 20:00")).toBeTruthy();
    expect(late.getByText("All steps done, some late").getAttribute("data-colour")).toBe("warning");
    expect(
      late.getByText("Investigated and made safe 30 minutes late (due 25/10/2026 19:00)")
    ).toBeTruthy();
    expect(
      late.getByText("Written summary sent 2 working days late (due 30/10/2026)")
    ).toBeTruthy();

    const notCovered = within(itemOf(rest, "H-26-040"));
    expect(notCovered.getByText("Not covered by Awaab's Law").getAttribute("data-colour")).toBe(
      "subtle"
    );
    expect(
      notCovered.getByText(
        "Excess cold is not among the hazard types Awaab's Law covers in the Settings: not counted."
      )
    ).toBeTruthy();
  });

  test("CH02 from the complaints log for the TSM year and the last 3 months, its code on the secondary line only", async () => {
    const { view } = await openClocks();
    const section = screen.getByRole("region", { name: "Worked out from the complaints log" });
    const stage1 = within(section.querySelector('li[data-code="CH02(1)"]') as HTMLElement);
    expect(stage1.getByText("Stage 1 complaints answered within the Code")).toBeTruthy();
    expect(
      stage1.getByText(
        "TSM year 2026/27 to 23/11/2026: 66.7% (4 of 6 stage 1 complaints answered within the Code)"
      )
    ).toBeTruthy();
    expect(
      stage1.getByText(
        "3 months to 23/11/2026: 60% (3 of 5 stage 1 complaints answered within the Code)"
      )
    ).toBeTruthy();
    expect(stage1.getByText("Bottom quartile among other landlords (median 88.5%)")).toBeTruthy();
    expect(stage1.getByText("CH02(1), worked out from the Complaints log")).toBeTruthy();
    const stage2 = within(section.querySelector('li[data-code="CH02(2)"]') as HTMLElement);
    expect(
      stage2.getByText("TSM year 2026/27 to 23/11/2026: no stage 2 complaint answered")
    ).toBeTruthy();
    // Without Homes owned there is no CH01: the complaints received are counted instead.
    expect(
      within(section).getByText(
        "Stage 1 complaints received: 10 in TSM year 2026/27 to 23/11/2026, 9 in 3 months to 23/11/2026"
      )
    ).toBeTruthy();
    // Codes and clause numbers stay out of the sentences.
    // Every line of words but the secondary lines (Caption1), where the codes belong.
    const sentences = [...view.querySelectorAll("p, .fui-Text, li > ul > li")]
      .filter((e) => !e.closest(".fui-Caption1"))
      .map((e) => e.textContent ?? "");
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences.filter((s) => /CH0\d|§/.test(s))).toEqual([]);
    expect(view.textContent).not.toMatch(/§/);
  });

  test("the publication check's findings point to Problems", async () => {
    await openClocks();
    const checks = within(screen.getByRole("region", { name: "Checks on the published figures" }));
    expect(
      checks.getByText(
        "The checks found 2 gaps in what is published with the Tenant Satisfaction Measures, and 1 reported figure the complaints log does not bear out."
      )
    ).toBeTruthy();
    fireEvent.click(checks.getByRole("button", { name: "See them under Problems" }));
    expect(screen.getByRole("tab", { name: /^Problems/ }).getAttribute("aria-selected")).toBe(
      "true"
    );
  });

  test("nothing overdue: it says so, and lists no Overdue section", async () => {
    const outcome = demoOutcome();
    const { findings } = outcome;
    findings.overdueClocks = [];
    findings.summary = { ...findings.summary, overdueComplaints: 0, overdueHazards: 0 };
    findings.complaints = findings.complaints!.filter((c) => !c.overdue);
    findings.hazards = findings.hazards!.filter((h) => !h.overdue);
    const { view } = await openClocks(outcome);
    expect(
      within(view).getByText("No complaint or hazard overdue at 23/11/2026.").className
    ).not.toMatch(/overdue/);
    expect(screen.queryByRole("heading", { name: "Overdue" })).toBeNull();
  });

  test("without the logs: says Set up can add them, and opens Set up", async () => {
    const sheets = demoWorkbook().filter((s) => s.name !== "Complaints" && s.name !== "Hazards");
    const outcome = demoOutcome(sheets);
    expect(outcome.findings.complaints).toBeUndefined();
    expect(outcome.findings.hazards).toBeUndefined();
    const { view } = await openClocks(outcome);
    expect(within(view).getByText("No complaints or hazards log to check.")).toBeTruthy();
    expect(
      within(view).getByText(/^There is no complaints log with a Responded column/)
    ).toBeTruthy();
    expect(
      within(view).getByText(
        "There is no Hazards sheet, so there are no Awaab's Law clocks to work out. Set up can add one."
      )
    ).toBeTruthy();
    fireEvent.click(within(view).getAllByRole("button", { name: "Open Set up" })[0]!);
    expect(screen.getByRole("tab", { name: "Set up" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("the Overview counts them", () => {
  test("an item says how many complaints and hazards are overdue, from the scan's summary, and opens the view", async () => {
    const outcome = demoOutcome();
    expect(outcome.findings.summary.overdueComplaints).toBe(2);
    expect(outcome.findings.summary.overdueHazards).toBe(1);
    await scanned(outcome);
    fireEvent.click(screen.getByRole("button", { name: "2 complaints and 1 hazard overdue" }));
    expect(screen.getByRole("tab", { name: VIEW }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: VIEW, level: 2 })).toBeTruthy();
  });

  test("the count is the summary's: a different count shows as given", async () => {
    const outcome = demoOutcome();
    outcome.findings.summary = {
      ...outcome.findings.summary,
      overdueComplaints: 0,
      overdueHazards: 4,
    };
    await scanned(outcome);
    expect(screen.getByRole("button", { name: "4 hazards overdue" })).toBeTruthy();
  });
});
