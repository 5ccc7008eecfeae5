import {
  complaintDue,
  deadline,
  hazardDue,
  lapse,
  noticeOk,
  panelYear,
} from "../../src/functions/functions";
import { dayFromIso } from "../../src/domain";
import { cellError } from "./cellError";
import { WORKED_EXAMPLE_AS_OF, WORKED_EXAMPLE_MEETINGS } from "../fixtures/workedExample";

/**
 * A formula gives the scan's answer when it is given the workbook's settings (docs/rules.md: every
 * *setting* may differ): each function whose answer depends on one takes it as an optional last
 * argument, and a blank (an omitted argument, or an empty Settings cell) means the default.
 */
const serial = (iso: string) => dayFromIso(iso);
const ROW_3 = "P P P P P P P P P A R A A".split(" ");

describe("the settings a formula may be given", () => {
  it("LAPSE: its own limits, and the defaults when blank", () => {
    const marks = [ROW_3];
    const dates = [WORKED_EXAMPLE_MEETINGS];
    expect(lapse(marks, dates, WORKED_EXAMPLE_AS_OF)).toBe("At risk of lapse");
    expect(lapse(marks, dates, WORKED_EXAMPLE_AS_OF, null, null, null)).toBe("At risk of lapse");
    expect(lapse(marks, dates, WORKED_EXAMPLE_AS_OF, null, 2)).toBe(
      "Lapsed on 10/11/2026: 2 consecutive absences (13/10/2026, 10/11/2026)"
    );
    expect(lapse(marks, dates, WORKED_EXAMPLE_AS_OF, null, 9, 3)).toMatch(
      /^Lapsed on 10\/11\/2026: 3 absences in 12 months/
    );
  });

  it("LAPSE: a limit below 1 or not whole says what to give", () => {
    expect(
      cellError(() => lapse([ROW_3], [WORKED_EXAMPLE_MEETINGS], WORKED_EXAMPLE_AS_OF, null, 0))
    ).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^consecutiveAbsences/) });
    expect(
      cellError(() => lapse([ROW_3], [WORKED_EXAMPLE_MEETINGS], WORKED_EXAMPLE_AS_OF, null, 2.5))
        .message
    ).toMatch(/^consecutiveAbsences/);
  });

  it("NOTICEOK: the notice the workbook's terms ask for", () => {
    const [notice, meeting] = [serial("2026-10-26"), serial("2026-11-09")];
    expect(noticeOk(notice, meeting)).toBe(true);
    expect(noticeOk(notice, meeting, 10)).toBe(false);
    expect(noticeOk(notice, meeting, 9)).toBe(true);
  });

  it("DEADLINE: the impact assessment's months, and only for an impact assessment", () => {
    expect(deadline("impact", serial("2026-03-16"), null, 12)).toBe(serial("2027-03-16"));
    expect(cellError(() => deadline("manager", serial("2026-11-16"), null, 12)).message).toBe(
      "impactMonths applies only to impact assessments: leave it blank for manager."
    );
  });

  it("PANELYEAR: a year that starts on another day", () => {
    expect(panelYear(serial("2027-03-23"))).toBe("2026/27");
    expect(panelYear(serial("2027-03-23"), serial("2026-04-01"))).toBe("2026/27");
    expect(panelYear(serial("2027-04-01"), serial("2026-04-01"))).toBe("2027/28");
    expect(panelYear(serial("2026-08-31"), "01/04/2026")).toBe("2026/27");
  });

  it("COMPLAINTDUE: the Code's working days as the workbook's Settings give them", () => {
    // Received Monday 02/11/2026, acknowledged Tuesday 03/11: 10 working days → Tuesday 17/11/2026.
    const [received, acknowledged] = [serial("2026-11-02"), serial("2026-11-03")];
    expect(complaintDue(1, received, acknowledged)).toBe(serial("2026-11-17"));
    expect(complaintDue(1, received, acknowledged, null, 5)).toBe(serial("2026-11-10"));
    // Not acknowledged: counted from the last day to acknowledge (5 → 09/11, 3 → 05/11).
    expect(complaintDue(1, received, null, null, null, 3)).toBe(serial("2026-11-19"));
  });

  it("HAZARDDUE: a step's own time, in hours, working days or weeks", () => {
    const aware = serial("2026-11-02") + 0.375; // 09:00
    expect(hazardDue("Make safe", "Emergency", aware)).toBe(serial("2026-11-03") + 0.375);
    expect(hazardDue("Make safe", "Emergency", aware, null, null, 12)).toBe(aware + 0.5);
    expect(hazardDue("Investigate", "Significant", aware, null, null, 5)).toBe(
      serial("2026-11-09")
    );
    const concluded = serial("2026-11-12");
    expect(hazardDue("Preventative work", "Significant", aware, concluded, "Y", 4)).toBe(
      concluded + 28
    );
  });
});
