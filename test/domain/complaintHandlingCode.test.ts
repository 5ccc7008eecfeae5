import fc from "fast-check";
import {
  codeStatus,
  complaintClocks,
  ComplaintRecord,
  dayFromIso,
  describeCodeStatus,
  formatUkDate,
  stageClock,
  withExtraHolidays,
} from "../../src/domain";

const d = dayFromIso;
const uk = (day: number | undefined): string | undefined =>
  day === undefined ? undefined : formatUkDate(day);
const status = (due: string, responded: string | undefined, asOf: string): string =>
  describeCodeStatus(codeStatus(d(due), responded ? d(responded) : undefined, d(asOf)));

describe("the Code status (docs/rules.md)", () => {
  it("due Monday 19/10/2026, answered Wednesday 21/10/2026 → Late: 2 working days", () => {
    expect(status("2026-10-19", "2026-10-21", "2026-11-23")).toBe("Late: 2 working days");
  });

  it("is Within the Code on or before the due date, Open before it with no answer, Overdue after it", () => {
    expect(status("2026-10-19", "2026-10-19", "2026-11-23")).toBe("Within the Code");
    expect(status("2026-10-19", "2026-10-12", "2026-11-23")).toBe("Within the Code");
    expect(status("2026-10-19", undefined, "2026-10-19")).toBe("Open");
    expect(status("2026-10-19", undefined, "2026-10-20")).toBe("Overdue: 1 working day");
    expect(status("2026-10-19", undefined, "2026-10-23")).toBe("Overdue: 4 working days");
  });

  it("is late by at least 1 when the answer comes on a weekend after a Friday due date", () => {
    expect(status("2026-10-23", "2026-10-24", "2026-11-23")).toBe("Late: 1 working day");
    expect(status("2026-10-23", undefined, "2026-10-25")).toBe("Overdue: 1 working day");
    expect(status("2026-10-23", "2026-10-26", "2026-11-23")).toBe("Late: 1 working day");
  });
});

describe("stage 1 clock (acknowledge in 5 working days, respond in 10 after acknowledgement)", () => {
  const stage1 = (dates: { opened: string; acknowledged?: string; extendedTo?: string }) =>
    stageClock(1, {
      opened: d(dates.opened),
      acknowledged: dates.acknowledged ? d(dates.acknowledged) : undefined,
      extendedTo: dates.extendedTo ? d(dates.extendedTo) : undefined,
    });

  it("received Monday 02/11/2026, acknowledged on the last day 09/11 → response due Monday 23/11/2026", () => {
    const clock = stage1({ opened: "2026-11-02", acknowledged: "2026-11-09" });
    expect(uk(clock.acknowledgementDue)).toBe("09/11/2026");
    expect(clock.acknowledgementLateBy).toBe(0);
    expect(uk(clock.due)).toBe("23/11/2026");
  });

  it("counts from the acknowledgement: acknowledged the next day, 03/11 → due 17/11/2026", () => {
    expect(uk(stage1({ opened: "2026-11-02", acknowledged: "2026-11-03" }).due)).toBe("17/11/2026");
  });

  it("not acknowledged: counted from the last day acknowledgement was due → due 23/11/2026", () => {
    const clock = stage1({ opened: "2026-11-02" });
    expect(clock.acknowledgementLateBy).toBeUndefined();
    expect(uk(clock.due)).toBe("23/11/2026");
  });

  it("acknowledged late, Thursday 12/11/2026: 3 working days late, and the response counts from it → due 26/11/2026", () => {
    const clock = stage1({ opened: "2026-11-02", acknowledged: "2026-11-12" });
    expect(clock.acknowledgementLateBy).toBe(3);
    expect(uk(clock.due)).toBe("26/11/2026");
  });

  it("counts a weekend receipt from the Monday: received Saturday 07/11/2026 → acknowledge by 13/11, respond by 27/11", () => {
    const clock = stage1({ opened: "2026-11-07" });
    expect(uk(clock.acknowledgementDue)).toBe("13/11/2026");
    expect(uk(clock.due)).toBe("27/11/2026");
  });

  it("skips Christmas and New Year: received 14/12/2026 → acknowledge by 21/12, respond by 07/01/2027", () => {
    // 22–24/12 (3), 25/12 and 28/12 bank holidays, 29–31/12 (6), 01/01 bank holiday, 04–07/01 (10).
    const clock = stage1({ opened: "2026-12-14" });
    expect(uk(clock.acknowledgementDue)).toBe("21/12/2026");
    expect(uk(clock.due)).toBe("07/01/2027");
  });

  it("moves the due date to a recorded extension within 10 more working days", () => {
    const clock = stage1({ opened: "2026-11-02", extendedTo: "2026-12-04" });
    expect(clock.extension).toEqual({ to: d("2026-12-04"), limit: d("2026-12-07") });
    expect(uk(clock.due)).toBe("04/12/2026");
    expect(clock.issues).toEqual([]);
  });

  it("flags an extension beyond the Code, and judges the answer by the Code's limit", () => {
    // Due 23/11/2026; the Code allows to 07/12/2026; extended to 14/12/2026 is 5 working days beyond.
    const clock = stage1({ opened: "2026-11-02", extendedTo: "2026-12-14" });
    expect(clock.extension).toEqual({
      to: d("2026-12-14"),
      limit: d("2026-12-07"),
      beyondCodeBy: 5,
    });
    expect(uk(clock.due)).toBe("07/12/2026");
    expect(describeCodeStatus(codeStatus(clock.due, d("2026-12-10"), d("2026-12-31")))).toBe(
      "Late: 3 working days"
    );
  });

  it("ignores an 'extension' that is not after the due date, saying so", () => {
    const clock = stage1({ opened: "2026-11-02", extendedTo: "2026-11-20" });
    expect(uk(clock.due)).toBe("23/11/2026");
    expect(clock.extension).toBeUndefined();
    expect(clock.issues).toEqual([
      {
        column: "Extended to",
        message:
          "Extended to 20/11/2026 is not after the response's due date 23/11/2026, so it extends nothing: check the date",
      },
    ]);
  });
});

describe("stage 2 clock (acknowledge in 5, respond in 20, extend by up to 20)", () => {
  it("escalated Monday 22/03/2027, over Easter: acknowledge by 31/03, respond by 28/04/2027", () => {
    const clock = stageClock(2, { opened: d("2027-03-22") });
    expect(uk(clock.acknowledgementDue)).toBe("31/03/2027");
    expect(uk(clock.due)).toBe("28/04/2027");
  });

  it("allows 20 more working days of extension, flagging more", () => {
    const clock = stageClock(2, { opened: d("2027-03-22"), extendedTo: d("2027-06-30") });
    // 28/04 + 20 working days, the early May bank holiday (03/05) skipped → Thursday 27/05/2027; to
    // 30/06/2027 is 23 working days beyond (the spring bank holiday 31/05 skipped).
    expect(uk(clock.extension?.limit)).toBe("27/05/2027");
    expect(clock.extension?.beyondCodeBy).toBe(23);
    expect(uk(clock.due)).toBe("27/05/2027");
  });
});

describe("a complaint's clocks", () => {
  const complaint: ComplaintRecord = {
    reference: "C-0101",
    received: d("2026-09-01"),
    acknowledged: d("2026-09-03"),
    responded: d("2026-09-21"),
    escalated: d("2026-09-25"),
    stage2Acknowledged: d("2026-09-30"),
  };

  it("judges a complaint at stage 2 on its stage 2 clock; its stage 1 result stays with stage 1", () => {
    // Stage 1: acknowledged 03/09, due 17/09/2026, answered 21/09 → Late: 2 working days.
    // Stage 2: acknowledged 30/09, due 28/10/2026; no answer at 23/11/2026 → Overdue: 18 working days.
    const clocks = complaintClocks(complaint, d("2026-11-23"));
    expect(uk(clocks.stage1.due)).toBe("17/09/2026");
    expect(describeCodeStatus(clocks.stage1.status)).toBe("Late: 2 working days");
    expect(uk(clocks.stage2?.due)).toBe("28/10/2026");
    expect(describeCodeStatus(clocks.status)).toBe("Overdue: 18 working days");
    expect(clocks.issues).toEqual([]);
  });

  it("answers stage 2 in time → Within the Code, whatever stage 1 was", () => {
    const clocks = complaintClocks(
      { ...complaint, stage2Responded: d("2026-10-28") },
      d("2026-11-23")
    );
    expect(describeCodeStatus(clocks.status)).toBe("Within the Code");
    expect(describeCodeStatus(clocks.stage1.status)).toBe("Late: 2 working days");
  });

  it("says what does not fit: an acknowledgement before receipt (counted as none), stage 2 dates without an escalation", () => {
    const clocks = complaintClocks(
      {
        received: d("2026-11-02"),
        acknowledged: d("2026-10-30"),
        stage2Responded: d("2026-12-01"),
      },
      d("2026-11-23")
    );
    expect(uk(clocks.stage1.due)).toBe("23/11/2026");
    expect(clocks.stage2).toBeUndefined();
    expect(clocks.issues).toEqual([
      {
        column: "Acknowledged",
        message: "Acknowledged 30/10/2026 is before Date received 02/11/2026: check the date",
      },
      {
        column: "Stage 2 responded",
        message:
          "Stage 2 responded is given but Escalated is blank: the stage 2 clock starts on the day the resident asked to escalate, so give that date",
      },
    ]);
  });
});

describe("properties of the Code's clocks", () => {
  const day = fc.integer({ min: d("2025-01-01"), max: d("2028-12-31") });
  const optionalGap = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
  const complaints = fc
    .record({
      received: day,
      acknowledgedAfter: optionalGap,
      extendedAfter: optionalGap,
      escalatedAfter: optionalGap,
      stage2AcknowledgedAfter: optionalGap,
    })
    .map((c): ComplaintRecord => ({
      received: c.received,
      acknowledged: plus(c.received, c.acknowledgedAfter),
      extendedTo: plus(
        c.received,
        c.extendedAfter === undefined ? undefined : c.extendedAfter + 10
      ),
      escalated: plus(c.received, c.escalatedAfter),
      stage2Acknowledged: plus(
        plus(c.received, c.escalatedAfter),
        c.escalatedAfter === undefined ? undefined : c.stage2AcknowledgedAfter
      ),
    }));
  function plus(from: number | undefined, gap: number | undefined): number | undefined {
    return from === undefined || gap === undefined ? undefined : from + gap;
  }

  it("a later response never turns Late into Within the Code, nor makes it less late", () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 30 }), (due, responded, later) => {
        const first = codeStatus(due, responded, responded);
        const second = codeStatus(due, responded + later, responded + later);
        if (first.kind === "late") {
          expect(second.kind).toBe("late");
          if (second.kind === "late")
            expect(second.workingDays).toBeGreaterThanOrEqual(first.workingDays);
        }
        if (second.kind === "within") expect(first.kind).toBe("within");
      }),
      { numRuns: 500 }
    );
  });

  it("due dates are never before the complaint (or the escalation) was received", () => {
    fc.assert(
      fc.property(complaints, (complaint) => {
        const clocks = complaintClocks(complaint, complaint.received + 100);
        expect(clocks.stage1.acknowledgementDue).toBeGreaterThan(complaint.received);
        expect(clocks.stage1.due).toBeGreaterThan(complaint.received);
        if (clocks.stage2 && complaint.escalated !== undefined)
          expect(clocks.stage2.due).toBeGreaterThan(complaint.escalated);
      }),
      { numRuns: 500 }
    );
  });

  it("adding a bank holiday never makes a due date earlier", () => {
    fc.assert(
      fc.property(complaints, fc.integer({ min: -5, max: 80 }), (complaint, offset) => {
        const plain = complaintClocks(complaint, complaint.received + 100);
        const calendar = withExtraHolidays([complaint.received + offset]);
        const moreHolidays = complaintClocks(
          complaint,
          complaint.received + 100,
          undefined,
          calendar
        );
        expect(moreHolidays.stage1.due).toBeGreaterThanOrEqual(plain.stage1.due);
        expect(moreHolidays.stage1.acknowledgementDue).toBeGreaterThanOrEqual(
          plain.stage1.acknowledgementDue
        );
        if (plain.stage2 && moreHolidays.stage2)
          expect(moreHolidays.stage2.due).toBeGreaterThanOrEqual(plain.stage2.due);
      }),
      { numRuns: 500 }
    );
  });
});
