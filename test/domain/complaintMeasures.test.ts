import {
  complaintMeasures,
  ComplaintRecord,
  dayFromIso,
  formatUkDate,
  tsmPeriodsAt,
  tsmYear,
  tsmYearOf,
} from "../../src/domain";

const d = dayFromIso;
const AS_OF = d("2026-11-23");

describe("TSM reporting periods", () => {
  it("runs the TSM year from 1 April to 31 March", () => {
    expect(tsmYearOf(d("2027-03-31"))).toBe(2026);
    expect(tsmYearOf(d("2027-04-01"))).toBe(2027);
    const year = tsmYear(2026);
    expect([formatUkDate(year.first), formatUkDate(year.last), year.label]).toEqual([
      "01/04/2026",
      "31/03/2027",
      "TSM year 2026/27",
    ]);
  });

  it("gives the TSM year to date and the last 3 months at the as-of date", () => {
    const { yearToDate, recent } = tsmPeriodsAt(AS_OF);
    expect([
      formatUkDate(yearToDate.first),
      formatUkDate(yearToDate.last),
      yearToDate.label,
    ]).toEqual(["01/04/2026", "23/11/2026", "TSM year 2026/27 to 23/11/2026"]);
    // After EDATE(23/11/2026, −3) = 23/08/2026, as the complaints-theme trigger counts.
    expect([formatUkDate(recent.first), formatUkDate(recent.last), recent.label]).toEqual([
      "24/08/2026",
      "23/11/2026",
      "3 months to 23/11/2026",
    ]);
  });
});

/**
 * A small log worked by hand (as-of 23/11/2026). Due dates: working days, England and Wales bank
 * holidays skipped.
 */
const LOG: ComplaintRecord[] = [
  // A: received Fri 01/05/2026, acknowledged Tue 05/05 (04/05 a bank holiday) → due 19/05; answered
  // 15/05: within.
  {
    reference: "A",
    received: d("2026-05-01"),
    acknowledged: d("2026-05-05"),
    responded: d("2026-05-15"),
  },
  // B: received Mon 07/09/2026, not acknowledged → acknowledgement due 14/09, response due 28/09;
  // answered 30/09: late.
  { reference: "B", received: d("2026-09-07"), responded: d("2026-09-30") },
  // C: received Tue 01/09, acknowledged 03/09 → due 17/09; answered 21/09: late. Escalated 25/09,
  // acknowledged 30/09 → stage 2 due 28/10; answered 27/10: within.
  {
    reference: "C",
    received: d("2026-09-01"),
    acknowledged: d("2026-09-03"),
    responded: d("2026-09-21"),
    escalated: d("2026-09-25"),
    stage2Acknowledged: d("2026-09-30"),
    stage2Responded: d("2026-10-27"),
  },
  // D: received Mon 02/11, acknowledged 03/11 → due 17/11; answered 17/11: within.
  {
    reference: "D",
    received: d("2026-11-02"),
    acknowledged: d("2026-11-03"),
    responded: d("2026-11-17"),
  },
  // E: received Mon 12/10, not answered: counts only as received.
  { reference: "E", received: d("2026-10-12") },
  // F: received Fri 20/03/2026, in the year before → due 14/04 (Easter 03/04 and 06/04 skipped);
  // answered 08/04/2026, in this year: within. Counted in CH02 by its answer, not in CH01.
  { reference: "F", received: d("2026-03-20"), responded: d("2026-04-08") },
  // G: received Wed 10/06 → due 01/07; answered 22/06: within. Escalated Mon 20/07, not acknowledged
  // → stage 2 acknowledgement due 27/07, response due 24/08; answered 30/09: late.
  {
    reference: "G",
    received: d("2026-06-10"),
    responded: d("2026-06-22"),
    escalated: d("2026-07-20"),
    stage2Responded: d("2026-09-30"),
  },
];

describe("CH01 and CH02 from the complaints log (docs/rules.md, Complaints)", () => {
  const { yearToDate, recent } = tsmPeriodsAt(AS_OF);

  it("TSM year 2026/27 to 23/11/2026, 4,000 homes", () => {
    const measures = complaintMeasures(LOG, yearToDate, 4000);
    // Received in the year: A, B, C, D, E, G (F the year before); escalated: C, G.
    expect(measures.ch01).toEqual({
      stage1: { received: 6, perThousandHomes: 1.5 },
      stage2: { received: 2, perThousandHomes: 0.5 },
    });
    // Stage 1 answered in the year: A, B, C, D, F, G; within: A, D, F, G. Stage 2: C within, G late.
    expect(measures.ch02.stage1).toMatchObject({ answered: 6, withinCode: 4 });
    expect(measures.ch02.stage1.percent).toBeCloseTo(66.67, 2);
    expect(measures.ch02.stage2).toEqual({ answered: 2, withinCode: 1, percent: 50 });
  });

  it("the last 3 months (24/08 to 23/11/2026)", () => {
    const measures = complaintMeasures(LOG, recent, 4000);
    // Received: B, C, D, E; escalated: C (G's escalation was 20/07).
    expect(measures.ch01).toEqual({
      stage1: { received: 4, perThousandHomes: 1 },
      stage2: { received: 1, perThousandHomes: 0.25 },
    });
    // Stage 1 answered: B late, C late, D within. Stage 2 answered: C within (27/10), G late (30/09).
    expect(measures.ch02.stage1).toMatchObject({ answered: 3, withinCode: 1 });
    expect(measures.ch02.stage1.percent).toBeCloseTo(33.33, 2);
    expect(measures.ch02.stage2).toEqual({ answered: 2, withinCode: 1, percent: 50 });
  });

  it("gives no rate without homes owned, and no percentage when nothing was answered", () => {
    const quiet = { first: d("2026-12-01"), last: d("2026-12-31"), label: "December 2026" };
    const measures = complaintMeasures(LOG, quiet, undefined);
    expect(measures.ch01.stage1).toEqual({ received: 0 });
    expect(measures.ch02.stage1).toEqual({ answered: 0, withinCode: 0 });
  });

  it("counts an extension within the Code as in time, and one beyond it from the Code's limit", () => {
    // Received Mon 02/11/2026 → due 23/11; the Code's limit for an extension is 07/12/2026.
    const extended = (extendedTo: string, responded: string): ComplaintRecord => ({
      received: d("2026-11-02"),
      extendedTo: d(extendedTo),
      responded: d(responded),
    });
    const december = { first: d("2026-12-01"), last: d("2026-12-31"), label: "December 2026" };
    const measures = complaintMeasures(
      [extended("2026-12-04", "2026-12-04"), extended("2026-12-14", "2026-12-10")],
      december,
      undefined
    );
    expect(measures.ch02.stage1).toEqual({ answered: 2, withinCode: 1, percent: 50 });
  });
});
