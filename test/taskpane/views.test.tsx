/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { dayFromIso, formatUkDate } from "../../src/domain/calendar/days";
import { isTenantMember } from "../../src/domain/members/groups";
import { ScanOutcome } from "../../src/engine/session";
import { Problem } from "../../src/workbook/problems";
import { DEMO_AS_OF, demoOutcome, fakeSession, standInForResizeObserver } from "./panelFixtures";

standInForResizeObserver();

/** The pane after a scan, on the given tab. */
async function openView(tab: string | RegExp, outcome: ScanOutcome = demoOutcome()) {
  const session = fakeSession(outcome);
  render(<App inExcel session={session} today={DEMO_AS_OF} />);
  fireEvent.click(screen.getByRole("button", { name: "Scan" }));
  await screen.findByText(/^Scan finished/);
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  return { session, outcome };
}

describe("KPIs and triggers", () => {
  test("each indicator has its status in words, a trend arrow with words and a labelled chart", async () => {
    const { outcome } = await openView("KPIs and triggers");
    const rent = outcome.findings.kpis.find(
      (k) => k.indicator === "Rent collected as % of rent due"
    )!;
    const chart = screen.getByRole("img", { name: /^Rent collected as % of rent due, actual/ });
    const label = chart.getAttribute("aria-label")!;
    expect(label).toMatch(
      /12 periods from \w{3} \d{4} to \w{3} \d{4}; latest [\d.]+% against a target of [\d.]+%, getting worse$/
    );
    expect(chart.querySelectorAll("polyline")).toHaveLength(2);
    const item = within(chart.closest("li")!);
    expect(item.getByText(rent.status!)).toBeTruthy();
    expect(item.getByRole("img", { name: "getting worse" }).textContent).toBe("↓");
  });

  test("Add to review programme calls acceptTrigger with the trigger's key", async () => {
    const { session, outcome } = await openView("KPIs and triggers");
    const trigger = outcome.findings.triggers.find((t) => t.subject === "Damp and mould")!;
    const item = [...document.querySelectorAll("[data-trigger-key]")].find(
      (li) => li.getAttribute("data-trigger-key") === trigger.key
    ) as HTMLElement;
    expect(within(item).getByText(trigger.evidence)).toBeTruthy();
    expect(within(item).getByText("Panel decision: New")).toBeTruthy();
    fireEvent.click(within(item).getByRole("button", { name: "Add to review programme" }));
    await screen.findByText(/^Added to the review programme/);
    expect(session.acceptTrigger).toHaveBeenCalledWith(trigger.key, expect.any(Function));
  });

  test("a trigger the panel has already decided on cannot be added again", async () => {
    const outcome = demoOutcome();
    outcome.findings.triggers = outcome.findings.triggers.map((t) => ({
      ...t,
      panelDecision: "Accepted into programme",
    }));
    await openView("KPIs and triggers", outcome);
    expect(screen.queryByRole("button", { name: "Add to review programme" })).toBeNull();
  });
});

describe("Members", () => {
  test("marking members updates the live quorum, and Save records the meeting", async () => {
    const { session, outcome } = await openView("Members");
    const groups = new Map(outcome.findings.members.map((m) => [m.name, m.group]));
    const tenants = outcome.membersOnRoll.filter((n) => isTenantMember(groups.get(n)!));
    expect(tenants).toHaveLength(6);
    expect(screen.getByText("0 present of 6 members: not quorate (quorum 3)")).toBeTruthy();

    const mark = (name: string, label: string) =>
      fireEvent.click(
        within(screen.getByRole("radiogroup", { name })).getByRole("radio", { name: label })
      );
    mark(tenants[0]!, "P: present");
    mark(tenants[1]!, "P: present");
    expect(screen.getByText("2 present of 6 members: not quorate (quorum 3)")).toBeTruthy();
    mark(tenants[2]!, "P: present");
    expect(screen.getByText("3 present of 6 members: quorate (quorum 3)")).toBeTruthy();
    mark(tenants[3]!, "R: absent with a reason");
    const deputy = outcome.membersOnRoll.find((n) => !isTenantMember(groups.get(n)!))!;
    mark(deputy, "P: present"); // §7.7: a deputy does not count towards quorum
    expect(screen.getByText("3 present of 6 members: quorate (quorum 3)")).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Meeting date/), { target: { value: "2026-12-08" } });
    expect(screen.getByText("Meeting on 08/12/2026")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save the meeting" }));
    await screen.findByText(/^Meeting recorded/);
    expect(session.recordMeeting).toHaveBeenCalledWith(
      {
        date: dayFromIso("2026-12-08"),
        type: "Main",
        marks: {
          [tenants[0]!]: "P",
          [tenants[1]!]: "P",
          [tenants[2]!]: "P",
          [tenants[3]!]: "R",
          [deputy]: "P",
        },
      },
      expect.any(Function)
    );
  });

  test("an interim meeting asks for the notice date and sends it", async () => {
    const { session } = await openView("Members");
    fireEvent.click(screen.getByRole("radio", { name: "Interim" }));
    fireEvent.change(screen.getByLabelText("Notice sent"), { target: { value: "2026-11-16" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the meeting" }));
    await screen.findByText(/^Meeting recorded/);
    expect(session.recordMeeting).toHaveBeenCalledWith(
      { date: DEMO_AS_OF, type: "Interim", noticeSent: dayFromIso("2026-11-16"), marks: {} },
      expect.any(Function)
    );
  });

  test("each member's status and reasons, the make-up of the panel and lapse risk", async () => {
    const { outcome } = await openView("Members");
    const lapsed = outcome.findings.members.find((m) => m.status === "Lapsed")!;
    expect(screen.getAllByText(lapsed.reasons[0]!).length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: /Make-up of the panel/ })).toBeTruthy();
    expect(screen.getByText(/Bernadette O'Leary: At risk of lapse/)).toBeTruthy();
  });
});

describe("Reviews, Problems, Set up and Summary", () => {
  test("reviews by panel year with the next deadline, and overdue stages say Overdue", async () => {
    const { outcome } = await openView("Reviews");
    const late = outcome.findings.reviews.find((r) => r.overdue)!;
    const item = within(screen.getByText(late.review).closest("li")!);
    expect(
      item.getByText(`Next deadline: ${formatUkDate(late.nextDeadline!)} (information request)`)
    ).toBeTruthy();
    expect(item.getByText(/^Overdue: Information request due/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "2026/27" })).toBeTruthy();
    expect(screen.getByText(new RegExp(`^${outcome.findings.programme.message}`))).toBeTruthy();
  });

  test("clicking a problem calls showProblem with it", async () => {
    const problem: Problem = {
      sheet: "Members",
      address: "Members!C4",
      message: '"soon" is not a date',
      cell: { row: 3, column: 2 },
    };
    const outcome = { ...demoOutcome(), problems: [problem] };
    const { session } = await openView(/^Problems/, outcome);
    fireEvent.click(screen.getByRole("button", { name: /Members!C4/ }));
    expect(session.showProblem).toHaveBeenCalledWith(problem);
  });

  test("Set up shows the sheets created and kept", async () => {
    const { session } = await openView("Set up");
    fireEvent.click(screen.getByRole("button", { name: "Set up the workbook" }));
    expect(await screen.findByText("Sheets created: Settings")).toBeTruthy();
    expect(screen.getByText("Sheets kept as they were: Members")).toBeTruthy();
    expect(session.setUp).toHaveBeenCalledTimes(1);
  });

  test("Summary writes the sheet and shows the key figures", async () => {
    const { session, outcome } = await openView("Summary");
    const { summary } = outcome.findings;
    expect(screen.getByText(`Review stages overdue: ${summary.overdueReviews}`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Write the Summary sheet with charts" }));
    await screen.findByText(/^Summary sheet written/);
    expect(session.writeSummary).toHaveBeenCalledTimes(1);
  });
});

describe("Recommendations", () => {
  test("shows each recommendation's stage in words and the impact assessment date", async () => {
    await openView("Recommendations");
    const { findings } = demoOutcome();
    expect(findings.recommendations.length).toBeGreaterThan(0);
    for (const r of findings.recommendations)
      expect(screen.getAllByText(r.recommendation).length).toBeGreaterThan(0);
    const overdue = findings.recommendations.filter((r) => r.impactAssessmentOverdue);
    expect(screen.queryAllByText("Impact assessment overdue")).toHaveLength(overdue.length);
    expect(screen.getByRole("heading", { name: "You said, we did" })).toBeTruthy();
  });
});

describe("issue 7 in the pane", () => {
  test("a trigger in the programme lists people from the involvement pool, noting groups to reach", async () => {
    const outcome = demoOutcome();
    const repairs = outcome.findings.triggers.find(
      (t) => t.serviceArea === "Repairs and maintenance"
    )!;
    repairs.panelDecision = "Accepted into programme";
    await openView("KPIs and triggers", outcome);
    const list = screen.getByLabelText(`People for a task team on ${repairs.subject}`);
    // The demo's pool: Daniel Lee is 16–24 and of mixed ethnicity, groups with no member (§4.4).
    expect(within(list).getByText(/^Daniel Lee/).textContent).toMatch(
      /a group the panel needs to reach: .*16–24/
    );
    expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(1);
  });

  test("membership renewal moves to the year after: the rotation's next group (§15.2)", async () => {
    await openView("Members");
    expect(screen.getByRole("heading", { name: "Membership renewal in 2026/27" })).toBeTruthy();
    expect(screen.getByText(/Silver Service Forum members are due for renewal/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Year after" }));
    expect(screen.getByRole("heading", { name: "Membership renewal in 2027/28" })).toBeTruthy();
    expect(screen.getByText(/General members are due for renewal/)).toBeTruthy();
  });
});
