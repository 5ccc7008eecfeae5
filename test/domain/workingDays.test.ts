import fc from "fast-check";
import {
  clearWorkingDays,
  dayFromIso,
  dueWithinWorkingDays,
  formatUkDate,
  isWorkingDay,
  RuleInputError,
  withExtraHolidays,
  workingDaysAfter,
} from "../../src/domain";

const d = dayFromIso;
const due = (iso: string, days: number): string => formatUkDate(dueWithinWorkingDays(d(iso), days));

describe("within N working days of X (docs/rules.md, Statutory clocks)", () => {
  it("is the N-th working day after X, X not counted: received Monday 02/11/2026 + 5 → Monday 09/11/2026", () => {
    expect(due("2026-11-02", 5)).toBe("09/11/2026");
  });

  it("counts a weekend receipt from the Monday: Saturday or Sunday 07–08/11/2026 + 5 → Friday 13/11/2026", () => {
    expect(due("2026-11-07", 5)).toBe("13/11/2026");
    expect(due("2026-11-08", 5)).toBe("13/11/2026");
    expect(due("2026-11-06", 5)).toBe("13/11/2026"); // Friday: Monday to Friday after it
  });

  it("skips Christmas 2026: 25/12 and the substitute for Boxing Day (Monday 28/12)", () => {
    // Monday 21/12/2026: 22, 23, 24 are 1–3; 25 and 28 are bank holidays; 29 and 30 are 4 and 5.
    expect(due("2026-12-21", 5)).toBe("30/12/2026");
    // …and New Year's Day 2027 (Friday 01/01): 31/12 is the 6th, 04/01/2027 the 7th.
    expect(due("2026-12-21", 7)).toBe("04/01/2027");
  });

  it("uses two substitute days when Christmas falls at a weekend (2027: Monday 27 and Tuesday 28/12), and one for New Year 2028", () => {
    expect(due("2027-12-24", 1)).toBe("29/12/2027");
    // 29, 30, 31/12 are 1–3; Saturday 01/01/2028's substitute is Monday 03/01; 04/01 is the 4th.
    expect(due("2027-12-24", 4)).toBe("04/01/2028");
  });

  it("skips Easter: Good Friday 26/03/2027 and Easter Monday 29/03/2027", () => {
    // Thursday 25/03/2027: 30/03, 31/03, 01/04, 02/04, 05/04.
    expect(due("2027-03-25", 5)).toBe("05/04/2027");
    // Easter 2026: Good Friday 03/04, Easter Monday 06/04.
    expect(due("2026-04-02", 1)).toBe("07/04/2026");
  });

  it("gives X itself for 0 days, and refuses a negative or fractional number of days", () => {
    expect(due("2026-11-07", 0)).toBe("07/11/2026");
    expect(() => dueWithinWorkingDays(d("2026-11-02"), -1)).toThrow(RuleInputError);
    expect(() => dueWithinWorkingDays(d("2026-11-02"), 2.5)).toThrow(
      "The number of working days must be a whole number of at least 0; got 2.5."
    );
  });
});

describe("working days after a date, up to and including another", () => {
  it("counts docs/rules.md's example: due Monday 19/10/2026, answered Wednesday 21/10/2026 → 2", () => {
    expect(workingDaysAfter(d("2026-10-19"), d("2026-10-21"))).toBe(2);
  });

  it("is 0 for the same day or an earlier one, and leaves out weekends and bank holidays", () => {
    expect(workingDaysAfter(d("2026-10-19"), d("2026-10-19"))).toBe(0);
    expect(workingDaysAfter(d("2026-10-19"), d("2026-10-01"))).toBe(0);
    // Friday 18/12/2026 to Monday 04/01/2027: 21–24, 29–31/12 and 04/01.
    expect(workingDaysAfter(d("2026-12-18"), d("2027-01-04"))).toBe(8);
  });

  it("is the inverse of 'within N working days', and a due date of N ≥ 1 is a working day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("2024-01-01"), max: d("2030-12-31") }),
        fc.integer({ min: 0, max: 60 }),
        (from, days) => {
          const dueDay = dueWithinWorkingDays(from, days);
          expect(workingDaysAfter(from, dueDay)).toBe(days);
          if (days >= 1) expect(isWorkingDay(dueDay)).toBe(true);
        }
      ),
      { numRuns: 400 }
    );
  });
});

describe("one calendar for every clock", () => {
  it("§7.1's clear working days are the working days after the notice and before the meeting", () => {
    // Unchanged results (test/domain/calendar.test.ts has the rest): 4 clear days before Monday 09/11.
    expect(clearWorkingDays(d("2026-11-02"), d("2026-11-09"))).toBe(4);
    expect(clearWorkingDays(d("2026-12-21"), d("2027-01-06"))).toBe(8);
  });

  it("takes a council's closure days as extra holidays: 29–31/12/2026 closed moves the Christmas example from 30/12/2026 to 05/01/2027", () => {
    const closed = withExtraHolidays([d("2026-12-29"), d("2026-12-30"), d("2026-12-31")]);
    expect(formatUkDate(dueWithinWorkingDays(d("2026-12-21"), 5, closed))).toBe("05/01/2027"); // 22–24/12, then 04/01 and 05/01
    expect(isWorkingDay(d("2026-12-30"), closed)).toBe(false);
    expect(clearWorkingDays(d("2026-12-21"), d("2027-01-06"), closed)).toBe(5);
  });

  it("adding a bank holiday never makes a due date earlier, and due dates are never before X", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("2025-01-01"), max: d("2028-12-31") }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -5, max: 70 }),
        (from, days, offset) => {
          const plain = dueWithinWorkingDays(from, days);
          const withHoliday = dueWithinWorkingDays(from, days, withExtraHolidays([from + offset]));
          expect(withHoliday).toBeGreaterThanOrEqual(plain);
          expect(plain).toBeGreaterThanOrEqual(from);
        }
      ),
      { numRuns: 400 }
    );
  });
});
