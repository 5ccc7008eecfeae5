import {
  complaintDue,
  complaintStatus,
  hazardDue,
  quartile,
  workDaysAfter,
} from "../../src/functions/functions";
import { dayFromIso, formatUkDate, formatUkDateTime } from "../../src/domain";
import { cellError } from "./cellError";

const serial = dayFromIso; // what a date cell passes
const date = (value: number): string => formatUkDate(value);

describe("TOSP.WORKDAYSAFTER (docs/rules.md: within N working days of X)", () => {
  it("received Monday 02/11/2026, within 5 working days → 09/11/2026; over Christmas and Easter", () => {
    expect(date(workDaysAfter(serial("2026-11-02"), 5))).toBe("09/11/2026");
    expect(date(workDaysAfter("21/12/2026", 5))).toBe("30/12/2026");
    expect(date(workDaysAfter("25/03/2027", "5"))).toBe("05/04/2027");
    expect(date(workDaysAfter("07/11/2026", 5))).toBe("13/11/2026"); // a Saturday
  });

  it("says what to fix", () => {
    expect(cellError(() => workDaysAfter("", 5)).message).toBe("date is blank: give a date.");
    expect(cellError(() => workDaysAfter("02/11/2026", "five")).message).toBe(
      'days: "five" is not a number. Give a number or a cell holding one.'
    );
    expect(cellError(() => workDaysAfter("02/11/2026", -2)).message).toBe(
      "The number of working days must be a whole number of at least 0; got -2."
    );
  });
});

describe("TOSP.COMPLAINTDUE (the Complaint Handling Code)", () => {
  it("stage 1: 10 working days after acknowledgement, or after the last day to acknowledge", () => {
    expect(date(complaintDue(1, "02/11/2026", "09/11/2026"))).toBe("23/11/2026");
    expect(date(complaintDue(1, "02/11/2026"))).toBe("23/11/2026");
    expect(date(complaintDue("Stage 1", "02/11/2026", "03/11/2026"))).toBe("17/11/2026");
    expect(date(complaintDue(1, "02/11/2026", "12/11/2026"))).toBe("26/11/2026"); // acknowledged late
  });

  it("stage 2: 20 working days, over Easter 2027", () => {
    expect(date(complaintDue(2, "22/03/2027"))).toBe("28/04/2027");
  });

  it("takes an extension up to the Code's limit, and no further", () => {
    expect(date(complaintDue(1, "02/11/2026", "", "04/12/2026"))).toBe("04/12/2026");
    expect(date(complaintDue(1, "02/11/2026", "", "14/12/2026"))).toBe("07/12/2026");
  });

  it("says what to fix: the stage, dates in the wrong order", () => {
    expect(cellError(() => complaintDue(3, "02/11/2026")).message).toBe(
      'stage: "3" is not one of 1, 2.'
    );
    expect(cellError(() => complaintDue(1, "02/11/2026", "30/10/2026")).message).toBe(
      "acknowledged 30/10/2026 is before received 02/11/2026: check the two dates."
    );
    expect(cellError(() => complaintDue(1, "02/11/2026", "", "20/11/2026")).message).toBe(
      "extendedTo is not after the due date 23/11/2026, so it extends nothing: give a later date, or leave it blank."
    );
    expect(cellError(() => complaintDue(1, "soon")).message).toBe(
      'received: "soon" is not a date. Give a date cell, or text such as 09/03/2026.'
    );
  });
});

describe("TOSP.COMPLAINTSTATUS", () => {
  it("docs/rules.md: due Monday 19/10/2026, answered Wednesday 21/10/2026 → Late: 2 working days", () => {
    expect(complaintStatus("19/10/2026", "23/11/2026", "21/10/2026")).toBe("Late: 2 working days");
  });

  it("Within the Code, Open and Overdue", () => {
    expect(complaintStatus("19/10/2026", "23/11/2026", "19/10/2026")).toBe("Within the Code");
    expect(complaintStatus("23/11/2026", "23/11/2026")).toBe("Open");
    expect(complaintStatus("19/10/2026", serial("2026-10-23"), "")).toBe("Overdue: 4 working days");
  });

  it("needs the as-of date", () => {
    expect(cellError(() => complaintStatus("19/10/2026", "")).message).toBe(
      "asOf is blank: give a date."
    );
  });
});

describe("TOSP.HAZARDDUE (Awaab's Law)", () => {
  it("an emergency: 24 elapsed hours, an hour earlier on the clock across the October change", () => {
    expect(formatUkDateTime(hazardDue("Make safe", "Emergency", "24/10/2026 10:00"))).toBe(
      "25/10/2026 09:00"
    );
    // A date-and-time cell passes the time as the serial's fraction.
    expect(
      formatUkDateTime(hazardDue("make safe", "emergency", serial("2026-11-10") + 15 / 24))
    ).toBe("11/11/2026 15:00");
  });

  it("a significant hazard: investigate in 10 working days; the later steps from the investigation", () => {
    expect(date(hazardDue("Investigate", "Significant", "02/11/2026 09:15"))).toBe("16/11/2026");
    expect(date(hazardDue("Written summary", "Significant", "02/11/2026", "12/11/2026"))).toBe(
      "17/11/2026"
    );
    expect(date(hazardDue("Safety work", "Significant", "02/11/2026", "12/11/2026"))).toBe(
      "19/11/2026"
    );
    expect(
      date(hazardDue("Preventative work", "Significant", "02/11/2026", "12/11/2026", "Y"))
    ).toBe("04/02/2027");
  });

  it("says what to fix: a step the category does not have, a missing investigation date, a bad time", () => {
    expect(cellError(() => hazardDue("Make safe", "Significant", "02/11/2026")).message).toBe(
      'step: "Make safe" is not one of Investigate, Written summary, Safety work, Preventative work.'
    );
    expect(cellError(() => hazardDue("Safety work", "Significant", "02/11/2026")).message).toBe(
      "investigationConcluded is blank: give the date the investigation concluded: the safety work clock starts then."
    );
    expect(cellError(() => hazardDue("Investigate", "Urgent", "02/11/2026")).message).toBe(
      'category: "Urgent" is not one of Emergency, Significant.'
    );
    expect(cellError(() => hazardDue("Make safe", "Emergency", "24/10/2026 25:00")).message).toBe(
      'aware: "24/10/2026 25:00" is not a date and time. Give a date-and-time cell, or text such as 24/10/2026 10:00.'
    );
  });
});

describe("TOSP.QUARTILE", () => {
  it("is the right way round for both polarities", () => {
    expect(quartile(78, 64.2, 70.1, 75.3, "Higher is better")).toBe("Top quartile");
    expect(quartile(60, 64.2, 70.1, 75.3, "Higher is better")).toBe("Bottom quartile");
    expect(quartile(21, 28, 37, 52, "Lower is better")).toBe("Top quartile");
    expect(quartile(45, 28, 37, 52, "Lower is better")).toBe("Third quartile");
    expect(quartile(72, "", 70.1, "", "Higher")).toBe("Median or better");
  });

  it("says what to fix", () => {
    expect(cellError(() => quartile(30, 52, 37, 28, "Lower is better")).message).toMatch(
      /^The lower quartile 52 is above the median 37: give the quartiles in number order/
    );
    expect(cellError(() => quartile(30, 28, 37, 52, "Best")).message).toBe(
      'polarity: "Best" is not one of Higher is better, Lower is better, Context only.'
    );
    expect(cellError(() => quartile(30, 28, "", 52, "Lower is better")).message).toBe(
      "median is blank: give the published median."
    );
  });
});
