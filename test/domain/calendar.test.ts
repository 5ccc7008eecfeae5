import fc from "fast-check";
import {
  addMonths,
  bankHolidaysIn,
  clearWorkingDays,
  dayFromIso,
  dayOf,
  formatIsoDate,
  formatUkDate,
  isNoticeEnough,
  panelYearLabel,
  panelYearOf,
  parsePanelYear,
  RuleInputError,
  weekdayOf,
} from "../../src/domain";
import { partsOf } from "../../src/domain/calendar/days";

const d = dayFromIso;

describe("days as Excel serials", () => {
  it("matches Excel's serials", () => {
    expect(dayOf(1900, 3, 1)).toBe(61);
    expect(d("2026-11-23")).toBe(46349);
    expect(formatUkDate(46349)).toBe("23/11/2026");
    expect(formatIsoDate(46349)).toBe("2026-11-23");
  });

  it("knows the day of the week (0 = Sunday)", () => {
    expect(weekdayOf(d("2026-11-23"))).toBe(1);
    expect(weekdayOf(d("2026-11-22"))).toBe(0);
  });

  it("adds months as EDATE does, clamping to the end of a short month", () => {
    expect(formatUkDate(addMonths(d("2026-08-31"), 6))).toBe("28/02/2027");
    expect(formatUkDate(addMonths(d("2027-08-31"), 6))).toBe("29/02/2028");
    expect(formatUkDate(addMonths(d("2024-02-29"), -12))).toBe("28/02/2023");
    expect(formatUkDate(addMonths(d("2026-01-15"), -13))).toBe("15/12/2024");
  });
});

describe("panel year (1 September, §8.1 and §11.1)", () => {
  it("starts on 1 September", () => {
    expect(panelYearOf(d("2026-09-01"))).toBe(2026);
    expect(panelYearOf(d("2026-08-31"))).toBe(2025);
    expect(panelYearLabel(panelYearOf(d("2026-11-23")))).toBe("2026/27");
    expect(panelYearLabel(1999)).toBe("1999/00");
  });

  it("can start on another date (setting)", () => {
    expect(panelYearOf(d("2026-04-30"), { month: 5, day: 1 })).toBe(2025);
    expect(panelYearOf(d("2026-05-01"), { month: 5, day: 1 })).toBe(2026);
  });

  it("reads panel years as officers write them", () => {
    expect(["2026/27", "2026-27", "2026/2027", " 2026 / 27 ", "2026"].map(parsePanelYear)).toEqual([
      2026, 2026, 2026, 2026, 2026,
    ]);
    expect(parsePanelYear(2026)).toBe(2026);
    expect(() => parsePanelYear("2026/28")).toThrow(RuleInputError);
    expect(() => parsePanelYear("next year")).toThrow(
      '"next year" is not a panel year: write it as 2026/27 or as the start year 2026.'
    );
  });
});

describe("bank holidays (England and Wales, from date-holidays)", () => {
  it("has the 2026 bank holidays with the Boxing Day substitute", () => {
    expect([...bankHolidaysIn(2026)].map(formatIsoDate).sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26",
      "2026-12-28",
    ]);
  });

  it("has one-off days such as the 2022 jubilee and state funeral", () => {
    const days = bankHolidaysIn(2022);
    expect(days.has(d("2022-06-03"))).toBe(true);
    expect(days.has(d("2022-09-19"))).toBe(true);
  });
});

describe("clear working days (§7.1)", () => {
  it("counts days strictly between, Monday to Friday", () => {
    // Notice Monday 02/11/2026: Tue–Fri are 4 clear days before Monday 09/11; 5 before Tuesday 10/11.
    expect(clearWorkingDays(d("2026-11-02"), d("2026-11-09"))).toBe(4);
    expect(clearWorkingDays(d("2026-11-02"), d("2026-11-10"))).toBe(5);
    expect(isNoticeEnough(d("2026-11-02"), d("2026-11-09"))).toBe(false);
    expect(isNoticeEnough(d("2026-11-02"), d("2026-11-10"))).toBe(true);
  });

  it("skips bank holidays, including substitute days", () => {
    // 22–24/12 count; 25/12 Christmas, 28/12 substitute for Boxing Day and 01/01 do not; 29–31/12 and 4–5/01 count.
    expect(clearWorkingDays(d("2026-12-21"), d("2027-01-06"))).toBe(8);
    // Spring bank holiday Monday 25/05/2026.
    expect(clearWorkingDays(d("2026-05-22"), d("2026-06-01"))).toBe(4);
  });

  it("is zero for a meeting the next day or the same day, and an error for notice after the meeting", () => {
    expect(clearWorkingDays(d("2026-11-23"), d("2026-11-24"))).toBe(0);
    expect(clearWorkingDays(d("2026-11-23"), d("2026-11-23"))).toBe(0);
    expect(() => clearWorkingDays(d("2026-11-24"), d("2026-11-23"))).toThrow(
      "The notice date 24/11/2026 is after the meeting date 23/11/2026: check the two dates."
    );
  });

  it("moving the notice date earlier never reduces clear days", () => {
    const base = d("2026-01-01");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (start, gap, earlier) => {
          const notice = base + start;
          const meeting = notice + gap;
          expect(clearWorkingDays(notice - earlier, meeting)).toBeGreaterThanOrEqual(
            clearWorkingDays(notice, meeting)
          );
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("partsOf (whole-number arithmetic, no Date)", () => {
  test("agrees with the JavaScript Date for every day from 01/03/1900 to 31/12/2200", () => {
    const epoch = Date.UTC(1899, 11, 30);
    const last = dayOf(2200, 12, 31);
    let wrong = 0;
    for (let serial = dayOf(1900, 3, 1); serial <= last; serial++) {
      const date = new Date(epoch + serial * 86_400_000);
      const parts = partsOf(serial);
      if (
        parts.year !== date.getUTCFullYear() ||
        parts.month !== date.getUTCMonth() + 1 ||
        parts.day !== date.getUTCDate()
      )
        wrong++;
    }
    expect(wrong).toBe(0);
  });

  test("knows leap years when adding months: 29/02 in 2000 and 2024, not in 1900 or 2100", () => {
    expect(formatUkDate(addMonths(dayOf(2000, 1, 31), 1))).toBe("29/02/2000");
    expect(formatUkDate(addMonths(dayOf(2024, 1, 31), 1))).toBe("29/02/2024");
    expect(formatUkDate(addMonths(dayOf(2100, 1, 31), 1))).toBe("28/02/2100");
    expect(formatUkDate(addMonths(dayOf(2025, 8, 31), 6))).toBe("28/02/2026");
  });
});
