/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { render } from "./renderPane";
import { App } from "../../src/taskpane/App";
import { dayFromIso, formatUkDate } from "../../src/domain/calendar/days";
import { MeetingMode, MeetingToRecord, ScanOutcome } from "../../src/engine/session";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { Problem } from "../../src/workbook/problems";
import {
  DEMO_AS_OF,
  demoOutcome,
  demoPreview,
  fakeSession,
  standInForResizeObserver,
} from "./panelFixtures";

standInForResizeObserver();

/** The pane after a scan, on the given tab. */
async function openView(tab: string | RegExp, outcome: ScanOutcome = demoOutcome()) {
  const session = fakeSession(outcome);
  render(<App inExcel session={session} today={DEMO_AS_OF} />);
  fireEvent.click(screen.getByRole("button", { name: "Scan" }));
  await screen.findByText("Scan finished");
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  return { session, outcome };
}

/** The item of an indicator in the KPIs view (a trigger may have the same name). */
const indicatorItem = (indicator: string): HTMLElement =>
  screen
    .getAllByRole("list", { name: /^Indicators: / })
    .flatMap((list) => within(list).queryAllByText(indicator))[0]!
    .closest("li") as HTMLElement;

/** The item of the trigger with `key` in the KPIs view. */
const triggerItem = (key: string): HTMLElement =>
  [...document.querySelectorAll("[data-trigger-key]")].find(
    (li) => li.getAttribute("data-trigger-key") === key
  ) as HTMLElement;

describe("KPIs and triggers", () => {
  test("each indicator has its status in words, a trend arrow with words and a labelled chart", async () => {
    const { outcome } = await openView("KPIs and triggers");
    const rent = outcome.findings.kpis.find(
      (k) => k.indicator === "Rent collected as % of rent due"
    )!;
    const chart = screen.getByRole("img", { name: /^Rent collected as % of rent due, actual/ });
    const label = chart.getAttribute("aria-label")!;
    expect(label).toMatch(
      /12 periods from \w{3} \d{4} to \w{3} \d{4}; latest [\d.]+% against a target of [\d.]+%\. Worse: down from 96\.2% in Sep 2026 to 96% in Oct 2026$/
    );
    expect(chart.querySelectorAll("polyline")).toHaveLength(2);
    const item = within(chart.closest("li")!);
    expect(item.getByText(rent.status!)).toBeTruthy();
    // The code is on the secondary line, not in the name.
    expect(item.getByText("Rent collected as % of rent due")).toBeTruthy();
    expect(item.getByText("Code RENT-COLLECTED")).toBeTruthy();
  });

  test("the arrow is the figure's direction and the word says better or worse", async () => {
    await openView("KPIs and triggers");
    const trendOf = (indicator: string) => indicatorItem(indicator).querySelector("[data-trend]")!;
    // A re-let time rising from 35 to 41 days: up, and worse.
    const relet = trendOf("Average re-let time (days)");
    expect(relet.getAttribute("data-trend")).toBe("up");
    expect(relet.textContent).toBe("↑ up, worse");
    expect(trendOf("Stage 1 complaints responded to within 10 working days").textContent).toBe(
      "↑ up, better"
    );
    expect(trendOf("Current tenant arrears (%)").textContent).toBe("→ level, no change");
    // Context only: which way it went, and neither better nor worse.
    expect(trendOf("Households in temporary accommodation").textContent).toBe("↓ down");
    const legend = screen.getByRole("region", { name: "How to read the trends" });
    expect(legend.textContent).toMatch(/↑ up, ↓ down, → level/);
    expect(legend.textContent).toMatch(
      /solid line is the actual figure, the dashed line the target/
    );
  });

  test("a show-cell link selects the latest figure's cell", async () => {
    const { session } = await openView("KPIs and triggers");
    const item = within(indicatorItem("Average re-let time (days)"));
    expect(item.getByText("Latest figure in 'KPI - Rent'!P5")).toBeTruthy();
    fireEvent.click(item.getByRole("button", { name: "Show the cell" }));
    expect(session.showProblem).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: "KPI - Rent", cell: { row: 4, column: 15 } })
    );
    expect(await item.findByText("'KPI - Rent'!P5 is selected in the workbook.")).toBeTruthy();
  });

  test("an indicator with no service area is placed by its sheet's name, never under No service area", async () => {
    await openView("KPIs and triggers");
    expect(screen.queryByText(/^No service area/)).toBeNull();
    const rent = screen.getByText(/^Rent charging and recovery: 3 indicators/).closest("details")!;
    expect(within(rent).getByText("Households in temporary accommodation")).toBeTruthy();
  });

  test("a trigger's evidence reads as a sentence, with the figures behind it in a disclosure", async () => {
    const { outcome } = await openView("KPIs and triggers");
    const trigger = outcome.findings.triggers.find(
      (t) => t.subject === "Rent collected as % of rent due"
    )!;
    const item = within(triggerItem(trigger.key));
    expect(
      item.getByText("Below target for 7 months running since April 2026; latest 96% against 97%.")
    ).toBeTruthy();
    const figures = item.getByText("The 7 figures behind it").closest("details")!;
    expect(figures.open).toBe(false);
    expect(within(figures).getAllByRole("listitem", { hidden: true })[0]!.textContent).toBe(
      "Apr 2026: 96.1% against 97% (near miss)"
    );
    expect(within(figures).getByText("Cells 'KPI - Rent'!J3 to P3")).toBeTruthy();
    // The trigger's type is a neutral label, not an alarm.
    expect(item.getByText("Responsive trigger").getAttribute("data-colour")).toBe("informative");
    expect(item.queryByText(/§/)).toBeNull();
  });

  test("Add to review programme: the confirmation is in the trigger's place with the focus, the area stays open, and the trigger stays, marked accepted, with its task team", async () => {
    const outcome = demoOutcome();
    const trigger = outcome.findings.triggers.find((t) => t.subject === "Damp and mould")!;
    const accepted = demoOutcome();
    // Once accepted, nothing in Repairs and maintenance waits for the panel any more.
    for (const t of accepted.findings.triggers)
      if (t.serviceArea === trigger.serviceArea)
        Object.assign(t, {
          panelDecision: "Accepted into programme",
          canAccept: false,
          acceptedIntoProgramme: true,
        });
    const session = fakeSession(outcome, { acceptTrigger: jest.fn(async () => accepted) });
    render(<App inExcel session={session} today={DEMO_AS_OF} />);
    fireEvent.click(screen.getByRole("button", { name: "Scan" }));
    await screen.findByText("Scan finished");
    fireEvent.click(screen.getByRole("tab", { name: "KPIs and triggers" }));

    const area = triggerItem(trigger.key).closest("details")!;
    expect(area.open).toBe(true);
    const item = within(triggerItem(trigger.key));
    expect(item.getByText("Panel decision:").parentElement!.textContent).toBe("Panel decision:New");
    fireEvent.click(item.getByRole("button", { name: "Add to review programme" }));
    const title = await item.findByText("Added to the review programme");
    expect(session.acceptTrigger).toHaveBeenCalledWith(trigger.key, expect.any(Function));
    await waitFor(() => expect(document.activeElement).toBe(title.closest("[tabindex='-1']")));
    expect(triggerItem(trigger.key).closest("details")!.open).toBe(true);
    expect(item.getByText("Accepted into programme").getAttribute("data-colour")).toBe("success");
    expect(item.queryByRole("button", { name: "Add to review programme" })).toBeNull();
    expect(
      item.getByRole("group", { name: /^People for a task team on Damp and mould/ })
    ).toBeTruthy();
  }, 20_000);

  test("a trigger the panel has already decided on cannot be added again", async () => {
    const outcome = demoOutcome();
    outcome.findings.triggers = outcome.findings.triggers.map((t) => ({
      ...t,
      panelDecision: "Accepted into programme",
      canAccept: false,
      acceptedIntoProgramme: true,
    }));
    await openView("KPIs and triggers", outcome);
    expect(screen.queryByRole("button", { name: "Add to review programme" })).toBeNull();
  });

  test("the button follows the engine's canAccept, whatever the decision's words (§11.3)", async () => {
    const outcome = demoOutcome();
    const [open, closed] = outcome.findings.triggers;
    Object.assign(open!, { panelDecision: "discussed", canAccept: true });
    Object.assign(closed!, { panelDecision: "New", canAccept: false });
    await openView("KPIs and triggers", outcome);
    const button = { name: "Add to review programme" };
    expect(within(triggerItem(open!.key)).getByRole("button", button)).toBeTruthy();
    expect(
      within(triggerItem(closed!.key)).queryByRole("button", { ...button, hidden: true })
    ).toBeNull();
  });
});

describe("Members", () => {
  const mark = (name: string, label: string) =>
    fireEvent.click(
      within(screen.getByRole("radiogroup", { name, hidden: true })).getByRole("radio", {
        name: label,
        hidden: true,
      })
    );
  const markRadio = (name: string, label: string) =>
    within(screen.getByRole("radiogroup", { name, hidden: true })).getByRole("radio", {
      name: label,
      hidden: true,
    }) as HTMLInputElement;
  const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
  /** The quorum line kept in view while marking: its state and its words. */
  const quorumLine = () => {
    const line = document.querySelector("[data-quorate]")!;
    return { quorate: line.getAttribute("data-quorate"), text: line.textContent };
  };
  const check = () => screen.queryByRole("region", { name: /^Check/ });
  // The form has 30-odd radios, each test many steps: jsdom is slow with them on a busy machine.
  const SLOW = 20_000;

  test(
    "marking members updates the live quorum, and Save checks then records the meeting",
    async () => {
      const { session, outcome } = await openView("Members");
      const { roll } = outcome.findings;
      const tenants = roll.filter((entry) => entry.countsForQuorum).map((entry) => entry.name);
      expect(tenants).toHaveLength(6);
      expect(quorumLine()).toEqual({
        quorate: "false",
        text: "Not quorate: 0 of 6 tenant members present, 3 needed6 tenant members can vote; deputies and co-optees don't count towards quorum",
      });

      mark(tenants[0]!, "P: present");
      mark(tenants[1]!, "P: present");
      expect(quorumLine().text).toMatch(/^Not quorate: 2 of 6 tenant members present, 3 needed/);
      mark(tenants[2]!, "P: present");
      expect(quorumLine()).toMatchObject({
        quorate: "true",
        text: expect.stringMatching(/^Quorate: 3 of 6 tenant members present \(3 needed\)/),
      });
      mark(tenants[3]!, "R: absent with a reason");
      const deputy = roll.find((entry) => !entry.countsForQuorum)!.name;
      mark(deputy, "P: present"); // §7.7: a deputy does not count towards quorum, and it says so
      expect(quorumLine().text).toBe(
        "Quorate: 3 of 6 tenant members present (3 needed)6 tenant members can vote; deputies and co-optees don't count towards quorum (1 marked present is a deputy or co-optee)"
      );

      fireEvent.change(screen.getByLabelText(/Meeting date/), { target: { value: "17/11/2026" } });
      expect(screen.getByText("Meeting on 17/11/2026")).toBeTruthy();
      fireEvent.click(button("Save the meeting"));
      await screen.findByRole("region", { name: "Check before saving" });
      const meeting = {
        date: dayFromIso("2026-11-17"),
        type: "Main",
        marks: {
          [tenants[0]!]: "P",
          [tenants[1]!]: "P",
          [tenants[2]!]: "P",
          [tenants[3]!]: "R",
          [deputy]: "P",
        },
      };
      expect(session.previewMeeting).toHaveBeenCalledWith(meeting, "record");
      expect(session.recordMeeting).not.toHaveBeenCalled();
      fireEvent.click(button("Confirm and save"));
      await screen.findByText("Meeting recorded");
      expect(session.recordMeeting).toHaveBeenCalledTimes(1);
      expect(session.recordMeeting).toHaveBeenCalledWith(meeting, expect.any(Function));
    },
    SLOW
  );

  test(
    "Enter in any field of the form neither saves nor checks",
    async () => {
      const { session } = await openView("Members");
      const form = screen.getByRole("form", { name: "Record a meeting" });
      // What a browser does on Enter in a field: submit the form, unless the key press was stopped.
      const pressEnter = (field: HTMLElement) => {
        if (fireEvent.keyDown(field, { key: "Enter", code: "Enter" })) fireEvent.submit(form);
      };
      mark("Pat Jones", "P: present");
      fireEvent.click(screen.getByRole("radio", { name: "Interim" }));
      const fields = [
        screen.getByLabelText(/Meeting date/),
        screen.getByLabelText("Notice sent"),
        screen.getByRole("combobox", { name: "Which meeting" }),
        ...["Main", "Interim", "Sub-panel"].map((t) => screen.getByRole("radio", { name: t })),
        ...within(screen.getByRole("group", { name: /^Attendance/ })).getAllByRole("radio"),
      ];
      expect(fields.length).toBe(6 + 3 * 8);
      for (const field of fields) pressEnter(field);
      fireEvent.submit(form);
      expect(session.previewMeeting).not.toHaveBeenCalled();
      expect(session.recordMeeting).not.toHaveBeenCalled();
      expect(session.correctMeeting).not.toHaveBeenCalled();
      expect(check()).toBeNull();
      // The marks are all still there to finish.
      expect(markRadio("Pat Jones", "P: present").checked).toBe(true);
    },
    SLOW
  );

  test(
    "the check names the unmarked, the quorum and whom the meeting lapses or puts at risk",
    async () => {
      // The sample with Pat Jones absent on 10/11/2026: one more absence is two in a row.
      const sheets = demoWorkbook();
      const register = sheets.find((sheet) => sheet.name === "Attendance")!;
      register.cells[1]![13] = "A";
      const session = fakeSession(demoOutcome(), {
        previewMeeting: jest.fn((meeting: MeetingToRecord, mode: MeetingMode) =>
          demoPreview(meeting, mode, sheets)
        ),
      });
      render(<App inExcel session={session} today={DEMO_AS_OF} />);
      fireEvent.click(screen.getByRole("button", { name: "Scan" }));
      await screen.findByText(/^Scan finished/);
      fireEvent.click(screen.getByRole("tab", { name: "Members" }));
      mark("Pat Jones", "A: absent");
      mark("Bernadette O'Leary", "A: absent");
      mark("Amir Khan", "P: present");
      mark("Doris Smith", "P: present");
      fireEvent.click(button("Save the meeting"));

      const region = await screen.findByRole("region", { name: "Check before saving" });
      expect(document.activeElement).toBe(region);
      const shown = within(region);
      expect(
        shown.getByText(
          "A new column on the Attendance sheet headed 23/11/2026 with 4 marks, and the meeting on the Meetings sheet as Main."
        )
      ).toBeTruthy();
      expect(
        shown.getByText(
          "Left unmarked (read as not expected): Chen Wei, George Evans, Hannah Wright, Ian Patel."
        )
      ).toBeTruthy();
      expect(
        shown.getByText(/^Quorum: 2 of 6 tenant members present, 3 needed: not quorate\./)
      ).toBeTruthy();
      expect(
        within(shown.getByRole("list", { name: "Places lapsed" })).getByRole("listitem").textContent
      ).toBe(
        "Bernadette O'Leary: Lapsed on 23/11/2026: 3 consecutive absences (13/10/2026, 10/11/2026, 23/11/2026)"
      );
      expect(
        within(shown.getByRole("list", { name: "Put at risk of lapse" })).getByRole("listitem")
          .textContent
      ).toBe(
        "Pat Jones: 2 absences in a row — one more absence without a reason would lapse the place"
      );
      // Nothing is written, and the form stays as it is while the check is shown.
      expect(session.recordMeeting).not.toHaveBeenCalled();
      expect(markRadio("Amir Khan", "P: present").disabled).toBe(true);

      // Back to the form: the marks are kept and can be changed.
      fireEvent.click(shown.getByRole("button", { name: "Go back and change" }));
      expect(check()).toBeNull();
      expect(markRadio("Amir Khan", "P: present")).toMatchObject({
        checked: true,
        disabled: false,
      });
      expect(session.recordMeeting).not.toHaveBeenCalled();
    },
    SLOW
  );

  test(
    "after the write the confirmation is next to the form, has the focus, and the form starts again",
    async () => {
      const { session } = await openView("Members");
      fireEvent.change(screen.getByLabelText(/Meeting date/), { target: { value: "17/11/2026" } });
      mark("Pat Jones", "P: present");
      fireEvent.click(button("Save the meeting"));
      await screen.findByRole("region", { name: "Check before saving" });
      fireEvent.click(button("Confirm and save"));
      const section = screen.getByRole("region", { name: "Record a meeting" });
      const confirmation = await within(section).findByText(
        "The meeting of 17/11/2026 is on the Attendance and Meetings sheets. Not quorate: 1 of 6 tenant members present.",
        { exact: false }
      );
      expect(within(section).getByText("Meeting recorded")).toBeTruthy();
      await waitFor(() =>
        expect(confirmation.closest("[tabindex='-1']")).toBe(document.activeElement)
      );
      expect(session.recordMeeting).toHaveBeenCalledTimes(1);
      expect(check()).toBeNull();
      expect((screen.getByLabelText(/Meeting date/) as HTMLInputElement).value).toBe("23/11/2026");
      expect(markRadio("Pat Jones", "P: present").checked).toBe(false);
    },
    SLOW
  );

  test(
    "a recorded meeting is corrected: its marks and type load, and the correction is checked then written",
    async () => {
      const { session } = await openView("Members");
      fireEvent.change(screen.getByRole("combobox", { name: "Which meeting" }), {
        target: { value: String(dayFromIso("2026-11-10")) },
      });
      expect(screen.getByText(/^Correcting the meeting of 10\/11\/2026/)).toBeTruthy();
      expect(screen.queryByLabelText(/Meeting date/)).toBeNull();
      expect(markRadio("Bernadette O'Leary", "A: absent").checked).toBe(true);
      expect(markRadio("George Evans", "P: present").checked).toBe(true);
      expect((screen.getByRole("radio", { name: "Main" }) as HTMLInputElement).checked).toBe(true);

      mark("Bernadette O'Leary", "P: present");
      fireEvent.click(screen.getByRole("radio", { name: "Sub-panel" }));
      fireEvent.click(button("Save the correction"));
      const region = await screen.findByRole("region", {
        name: "Check the correction before saving",
      });
      const changes = within(within(region).getByRole("list", { name: "Changes" }))
        .getAllByRole("listitem")
        .map((item) => item.textContent);
      expect(changes).toEqual([
        "Bernadette O'Leary: A (absent) to P (present)",
        "Type: Main to Sub-panel",
      ]);
      expect(
        within(region).getByText("No longer at risk of lapse: Bernadette O'Leary.")
      ).toBeTruthy();
      const [sent, mode] = session.previewMeeting.mock.calls[0] as [MeetingToRecord, MeetingMode];
      expect(mode).toBe("correct");
      expect(sent).toMatchObject({ date: dayFromIso("2026-11-10"), type: "Sub-panel" });
      expect(sent.marks).toMatchObject({ "Bernadette O'Leary": "P", "Pat Jones": "P" });

      fireEvent.click(button("Confirm the correction"));
      await screen.findByText("Meeting corrected");
      expect(session.correctMeeting).toHaveBeenCalledWith(sent, expect.any(Function));
      expect(session.recordMeeting).not.toHaveBeenCalled();
    },
    SLOW
  );

  test(
    "a correction that changes nothing cannot be confirmed",
    async () => {
      const { session } = await openView("Members");
      fireEvent.change(screen.getByRole("combobox", { name: "Which meeting" }), {
        target: { value: String(dayFromIso("2026-11-10")) },
      });
      fireEvent.click(button("Save the correction"));
      const region = await screen.findByRole("region", {
        name: "Check the correction before saving",
      });
      expect(
        within(region).getByText(
          "Nothing to change: the marks, the type and the notice date are as recorded."
        )
      ).toBeTruthy();
      expect(within(region).queryByRole("button", { name: "Confirm the correction" })).toBeNull();
      expect(session.correctMeeting).not.toHaveBeenCalled();
    },
    SLOW
  );

  test(
    "a date already recorded is pointed out, and the refusal shows next to the form",
    async () => {
      await openView("Members");
      fireEvent.change(screen.getByLabelText(/Meeting date/), { target: { value: "10/11/2026" } });
      expect(
        screen.getByText(
          "A meeting on 10/11/2026 is already recorded: choose it under Which meeting to correct it."
        )
      ).toBeTruthy();
      fireEvent.click(button("Save the meeting"));
      const section = screen.getByRole("region", { name: "Record a meeting" });
      const message = await within(section).findByText(
        "A meeting on 10/11/2026 is already recorded in Attendance!N1: choose it in the list of recorded meetings to correct it."
      );
      expect(within(section).getByText("The meeting was not recorded")).toBeTruthy();
      await waitFor(() => expect(message.closest("[tabindex='-1']")).toBe(document.activeElement));
      expect(check()).toBeNull();
    },
    SLOW
  );

  test(
    "an interim meeting asks for the notice date and sends it",
    async () => {
      const { session } = await openView("Members");
      fireEvent.click(screen.getByRole("radio", { name: "Interim" }));
      fireEvent.change(screen.getByLabelText("Notice sent"), { target: { value: "16/11/2026" } });
      fireEvent.click(button("Save the meeting"));
      fireEvent.click(await screen.findByRole("button", { name: "Confirm and save" }));
      await screen.findByText("Meeting recorded");
      expect(session.recordMeeting).toHaveBeenCalledWith(
        { date: DEMO_AS_OF, type: "Interim", noticeSent: dayFromIso("2026-11-16"), marks: {} },
        expect.any(Function)
      );
    },
    SLOW
  );

  test(
    "each member's status and reasons, the make-up of the panel and lapse risk",
    async () => {
      const { outcome } = await openView("Members");
      const lapsed = outcome.findings.members.find((m) => m.status === "Lapsed")!;
      // The reason in words; its clause on the line under it.
      expect(lapsed.reasons[0]).toMatch(/ \(§4\.3\)$/);
      const reason = lapsed.reasons[0]!.replace(/ \(§4\.3\)$/, "");
      const shown = screen.getAllByText(reason);
      expect(shown.length).toBeGreaterThan(0);
      expect(
        within(shown[0]!.closest("li")!.parentElement!.parentElement!).getByText(
          "Terms of reference §4.3"
        )
      ).toBeTruthy();
      expect(screen.getByRole("heading", { name: "Make-up of the panel" })).toBeTruthy();
      expect(screen.getByRole("heading", { name: "Lapse risk" })).toBeTruthy();
      expect(screen.getByText(/Bernadette O'Leary: At risk of lapse/)).toBeTruthy();
      // Headings and sentences carry no clause numbers; plurals agree.
      for (const heading of screen.getAllByRole("heading"))
        expect(heading.textContent).not.toMatch(/§/);
      expect(screen.queryByText(/\b1 members\b/)).toBeNull();
    },
    SLOW
  );
});

describe("Members: lapse risk from the engine's data", () => {
  test("says each lapse from the finding's lapse watch, never by searching the reasons (§4.3)", async () => {
    const outcome = demoOutcome();
    const bernadette = outcome.findings.members.find((m) => m.name === "Bernadette O'Leary")!;
    Object.assign(bernadette, {
      reasons: [],
      lapseWatch: { kind: "At risk of lapse", absencesInARow: 2, absencesIn12Months: 4 },
    });
    await openView("Members", outcome);
    const lapse = screen.getByRole("heading", { name: "Lapse risk" }).closest("section")!;
    expect(
      within(lapse).getByText(
        "Bernadette O'Leary: At risk of lapse: 2 absences in a row and 4 absences in the last 12 months — one more absence without a reason would lapse the place"
      )
    ).toBeTruthy();
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
    // What is wrong first, in a sentence; the cell's address on the line under it.
    const button = screen.getByRole("button", { name: /Members!C4/ });
    expect(button.textContent).toBe('"soon" is not a dateMembers!C4');
    fireEvent.click(button);
    expect(session.showProblem).toHaveBeenCalledWith(problem);
    expect(await screen.findByText("Members!C4 is selected in the workbook.")).toBeTruthy();
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
    expect(overdue.length).toBeGreaterThan(0);
    expect(screen.queryAllByText("Impact assessment overdue")).toHaveLength(overdue.length);
    // The date beside "overdue" is the date it was due, not the date it was implemented.
    for (const r of overdue) {
      const item = within(screen.getAllByText(r.recommendation)[0]!.closest("li")!);
      expect(
        item.getByText(
          `Impact assessment overdue: it was due on ${formatUkDate(r.impactAssessmentDue!)}`
        )
      ).toBeTruthy();
      expect(item.getByText(`Implemented on ${formatUkDate(r.implemented!)}`)).toBeTruthy();
    }
    expect(screen.getByRole("heading", { name: "You said, we did" })).toBeTruthy();
  });
});

describe("the optional sheets in the pane", () => {
  test("a trigger in the programme lists people from the involvement pool, noting groups to reach", async () => {
    const outcome = demoOutcome();
    const repairs = outcome.findings.triggers.find(
      (t) => t.serviceArea === "Repairs and maintenance"
    )!;
    Object.assign(repairs, {
      panelDecision: "Accepted into programme",
      canAccept: false,
      acceptedIntoProgramme: true,
    });
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
