import {
  chairEligible,
  deadline,
  decision,
  eligible,
  kpiStatusOf,
  lapse,
  noticeDays,
  noticeOk,
  panelYear,
  quorate,
  quorum,
  surveyMarginOf,
} from "../../src/functions/functions";
import { dayFromIso } from "../../src/domain";
import { cellError } from "./cellError";
import { WORKED_EXAMPLE_AS_OF, WORKED_EXAMPLE_MEETINGS } from "../fixtures/workedExample";

const serial = dayFromIso; // what a date cell passes: its serial number

describe("TOSP.QUORATE and TOSP.QUORUM (§7.2)", () => {
  it("needs half the membership: 8 → 4, 7 → 4, 5 → 3", () => {
    expect([8, 7, 5].map(quorum)).toEqual([4, 4, 3]);
    expect(quorate(8, 4)).toBe(true);
    expect(quorate(8, 3)).toBe(false);
    expect(quorate("7", 4)).toBe(true);
  });

  it("says what to fix for a blank, a word or 0", () => {
    expect(cellError(() => quorum(""))).toEqual({
      code: "#VALUE!",
      message:
        "membership is blank: give a count of tenant members (Tenants' Forum, Silver Service Forum and general).",
    });
    expect(cellError(() => quorate("eight", 4)).message).toBe(
      'membership: "eight" is not a number. Give a number or a cell holding one.'
    );
    expect(cellError(() => quorum(0)).message).toMatch(
      /^Membership must be the number of tenant members, at least 1; got 0/
    );
    expect(cellError(() => quorate(8, 2.5)).message).toBe(
      "present: 2.5 is not a number. Give a number or a cell holding one."
    );
  });
});

describe("TOSP.LAPSE (§4.3, §10.4), docs/rules.md worked examples", () => {
  const dates = WORKED_EXAMPLE_MEETINGS;
  const asOf = WORKED_EXAMPLE_AS_OF;
  const asRow = (marks: string) => [marks.split(" ")];

  it("A A P A R P A P P A P P P → Lapsed on 14/07/2026: 5 absences in 12 months", () => {
    expect(lapse(asRow("A A P A R P A P P A P P P"), [dates], asOf)).toBe(
      "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025, 13/01/2026, 14/04/2026, 14/07/2026)"
    );
  });

  it("… A R A A → At risk of lapse", () => {
    expect(lapse(asRow("P P P P P P P P P A R A A"), [dates], asOf)).toBe("At risk of lapse");
  });

  it("from 14/04/26: P A - A A P P → Lapsed on 08/09/2026: 3 consecutive absences", () => {
    expect(lapse(asRow("- - - - - - P A - A A P P"), [dates], asOf, serial("2026-04-14"))).toBe(
      "Lapsed on 08/09/2026: 3 consecutive absences (12/05/2026, 14/07/2026, 08/09/2026)"
    );
  });

  it("takes a column as well as a row, blank cells as not expected, lower-case marks and UK date text", () => {
    const column = [["p"], [""], ["a"], ["A"], ["a"]];
    const columnDates = [
      ["01/09/2026"],
      [serial("2026-09-08")],
      [serial("2026-09-15")],
      [serial("2026-09-22")],
      [serial("2026-09-29")],
    ];
    expect(lapse(column, columnDates, "23/11/2026")).toBe(
      "Lapsed on 29/09/2026: 3 consecutive absences (15/09/2026, 22/09/2026, 29/09/2026)"
    );
  });

  it("ignores unused columns at the end of a register", () => {
    expect(
      lapse([["P", "A", "", ""]], [[serial("2026-09-08"), serial("2026-10-13"), "", ""]], asOf)
    ).toBe("Active");
  });

  it("names the cell of a bad mark or date, and ranges that do not match", () => {
    expect(cellError(() => lapse([["P", "X"]], [[dates[0], dates[1]]], asOf)).message).toBe(
      'marks (cell 2): "X" is not one of P, A, R, -, blank.'
    );
    expect(cellError(() => lapse([["P", "A"]], [[dates[0], "soon"]], asOf)).message).toBe(
      'meetingDates (cell 2): "soon" is not a date. Give a date cell, or text such as 09/03/2026.'
    );
    expect(cellError(() => lapse([["P", "A"]], [[dates[0]]], asOf)).message).toBe(
      "marks has 2 cells but meetingDates has 1: give the same number of cells, one date per mark."
    );
    expect(
      cellError(() =>
        lapse(
          [
            ["P", "A"],
            ["P", "A"],
          ],
          [
            [1, 2],
            [3, 4],
          ],
          asOf
        )
      ).message
    ).toBe("marks must be a single row or a single column of cells.");
    expect(cellError(() => lapse([["P"]], [[dates[0]]], "")).message).toBe(
      "asOf is blank: give a date."
    );
  });
});

describe("TOSP.DECISION (§9.3, §9.4, §7.2)", () => {
  it("gives the decision in words", () => {
    expect(decision(4, 2, 6, 8)).toBe("Carried");
    expect(decision(2, 4, 6, 8)).toBe("Not carried");
    expect(decision(3, 3, 6, 8)).toBe("Tied – Chair's casting vote needed");
    expect(decision(3, 3, 6, 8, "For")).toBe("Carried on the Chair's casting vote");
    expect(decision(3, 3, 6, 8, "against")).toBe("Not carried on the Chair's casting vote");
    expect(decision(3, 3, 6, 8, false)).toBe("Not carried on the Chair's casting vote");
    expect(decision(3, 0, 3, 8)).toBe("No decision – inquorate (ratify at next full meeting)");
  });

  it("refuses impossible counts and unknown casting votes", () => {
    expect(cellError(() => decision(5, 2, 6, 8)).message).toBe(
      "5 for and 2 against is more votes than the 6 members present: check the count."
    );
    expect(cellError(() => decision(3, 3, 6, 8, "maybe")).message).toBe(
      'castingVote: "maybe" is not one of For, Against.'
    );
  });
});

describe("TOSP.NOTICEDAYS and TOSP.NOTICEOK (§7.1)", () => {
  it("counts clear working days, skipping weekends and bank holidays", () => {
    expect(noticeDays(serial("2026-11-02"), serial("2026-11-09"))).toBe(4);
    expect(noticeOk(serial("2026-11-02"), serial("2026-11-09"))).toBe(false);
    expect(noticeOk(serial("2026-11-02"), serial("2026-11-10"))).toBe(true);
    expect(noticeDays("21/12/2026", "06/01/2027")).toBe(8);
  });

  it("says which date is wrong", () => {
    expect(cellError(() => noticeDays(serial("2026-11-24"), serial("2026-11-23"))).message).toBe(
      "The notice date 24/11/2026 is after the meeting date 23/11/2026: check the two dates."
    );
    expect(cellError(() => noticeOk("", serial("2026-11-23"))).message).toBe(
      "noticeDate is blank: give a date."
    );
  });
});

describe("TOSP.KPISTATUS (docs/rules.md, KPIs)", () => {
  it("rates with polarity and inclusive tolerance", () => {
    expect(kpiStatusOf(21, 20, "Lower is better")).toBe("Near miss");
    expect(kpiStatusOf(22, 20, "lower")).toBe("Missed");
    expect(kpiStatusOf(97.5, 97, "Higher is better")).toBe("Met");
    expect(kpiStatusOf(0.955, 0.97, "↑")).toBe("Near miss"); // percentage cells pass fractions: same unit as the target
    expect(kpiStatusOf(23, 20, "lower", 3)).toBe("Near miss");
    expect(kpiStatusOf(23, 20, "lower", "10%")).toBe("Missed");
  });

  it("says No data, No target and Context only", () => {
    expect(kpiStatusOf("", 20, "lower")).toBe("No data");
    expect(kpiStatusOf(21, "", "lower")).toBe("No target");
    expect(kpiStatusOf(3.2, 2, "Context only")).toBe("Context only");
  });

  it("refuses an unknown polarity or a bad figure", () => {
    expect(cellError(() => kpiStatusOf(21, 20, "better")).message).toBe(
      'polarity: "better" is not one of Higher is better, Lower is better, Context only.'
    );
    expect(cellError(() => kpiStatusOf("n/a", 20, "lower")).message).toBe(
      'actual: "n/a" is not a number. Give a number or a cell holding one.'
    );
    expect(cellError(() => kpiStatusOf(21, 20, "lower", "lots")).message).toMatch(
      /^"lots" is not a tolerance/
    );
  });
});

describe("TOSP.DEADLINE (§11.4)", () => {
  it("returns date serials: 28 days, the alternative, 14 days, 6 months", () => {
    expect(deadline("information", serial("2026-10-01"))).toBe(serial("2026-10-29"));
    expect(deadline("Information", serial("2026-10-01"), serial("2026-11-30"))).toBe(
      serial("2026-11-30")
    );
    expect(deadline("manager", serial("2026-11-02"))).toBe(serial("2026-11-16"));
    expect(deadline("impact", serial("2026-08-31"))).toBe(serial("2027-02-28"));
  });

  it("refuses an unknown kind or an alternative date on the wrong kind", () => {
    expect(cellError(() => deadline("survey", serial("2026-10-01"))).message).toBe(
      'kind: "survey" is not one of information, manager, impact.'
    );
    expect(
      cellError(() => deadline("manager", serial("2026-10-01"), serial("2026-12-01"))).message
    ).toBe(
      "alternativeDate applies only to information requests: leave it blank for manager and impact."
    );
  });
});

describe("TOSP.CHAIRELIGIBLE (§8.2)", () => {
  const years = [["2023/24"], ["2024/25"], [2025], [""]];
  const chairs = [["Pat Jones"], ["Pat Jones"], ["Pat Jones"], [""]];
  it("is FALSE after 3 consecutive years in the chair, TRUE otherwise", () => {
    expect(chairEligible("Pat Jones", years, chairs, "2026/27")).toBe(false);
    expect(chairEligible("Pat Jones", years, chairs, serial("2026-11-23"))).toBe(false);
    expect(chairEligible("Sam Lee", years, chairs, 2026)).toBe(true);
    expect(chairEligible("Pat Jones", years, chairs, "2027/28")).toBe(true);
  });

  it("says what is wrong with the history", () => {
    expect(cellError(() => chairEligible("Pat", [["2023/25"]], [["Pat"]], 2026)).message).toBe(
      '"2023/25" is not a panel year: write it as 2026/27 or as the start year 2026.'
    );
    expect(cellError(() => chairEligible("Pat", [[2024], [2025]], [["Pat"]], 2026)).message).toBe(
      "years has 2 cells but chairs has 1: give one name per year."
    );
  });
});

describe("TOSP.ELIGIBLE (§4.2)", () => {
  it("is Eligible with blank answers (the harmless ones)", () => {
    expect(eligible("", "", "", "", "", "")).toBe("Eligible");
    expect(eligible("Y", "N", "N", "N", "Y", "N")).toBe("Eligible");
  });

  it("lists every failed criterion", () => {
    expect(eligible("N", "Y", "N", "yes", "Y", "Y")).toBe(
      "Not eligible: not a tenant of the council (§4.2); has a current eviction application or anti-social behaviour order (§4.2); " +
        "in legal action or a dispute with the council (§4.2); a member of both the Tenants' Forum and the Silver Service Forum (§4.2)"
    );
  });

  it("refuses an answer that is not Y/N", () => {
    expect(cellError(() => eligible("Y", "perhaps", "", "", "", "")).message).toBe(
      'evictionOrAsbo: "perhaps" is not one of Y, N, TRUE, FALSE.'
    );
  });
});

describe("TOSP.SURVEYMARGIN (Oxford report ¶21)", () => {
  it("gives 0.0374 for 636 of 8,367 at 95%, however the confidence is written", () => {
    for (const confidence of [undefined, 0.95, 95, "95%"]) {
      expect(surveyMarginOf(636, 8367, confidence)).toBeCloseTo(0.0374, 4);
    }
    expect(surveyMarginOf(636, "8,367")).toBeCloseTo(0.0374, 4);
  });

  it("says what to fix", () => {
    expect(cellError(() => surveyMarginOf(900, 800)).message).toBe(
      "900 responses is more than the population of 800: check the two numbers."
    );
    expect(cellError(() => surveyMarginOf(636, 8367, 1)).message).toMatch(
      /^Confidence must be between 0 and 1/
    );
  });
});

describe("TOSP.PANELYEAR", () => {
  it("names the panel year from 1 September", () => {
    expect(panelYear(serial("2026-11-23"))).toBe("2026/27");
    expect(panelYear(serial("2026-08-31"))).toBe("2025/26");
    expect(panelYear("01/09/2026")).toBe("2026/27");
    expect(cellError(() => panelYear("soon")).message).toBe(
      'date: "soon" is not a date. Give a date cell, or text such as 09/03/2026.'
    );
  });
});
