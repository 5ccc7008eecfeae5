import fc from "fast-check";
import {
  AttendanceMark,
  dayFromIso,
  describeLapseStatus,
  describeLapseWatch,
  formatUkDate,
  lapseStatus,
  lapseWatchOf,
  MeetingMark,
  parseAttendanceMark,
} from "../../src/domain";
import { WORKED_EXAMPLE_AS_OF, WORKED_EXAMPLE_MEETINGS } from "../fixtures/workedExample";

// docs/rules.md worked example: asOf 23/11/2026; meetings monthly from 14/10/2025 (second Tuesdays), none in August.
const MEETINGS = WORKED_EXAMPLE_MEETINGS;
const AS_OF = WORKED_EXAMPLE_AS_OF;

function row(marks: string, dates: number[] = MEETINGS): MeetingMark[] {
  const letters = marks.split(" ");
  expect(letters).toHaveLength(dates.length);
  return letters.map((letter, i) => ({
    date: dates[i] as number,
    mark: parseAttendanceMark(letter) as AttendanceMark,
  }));
}

describe("lapse: docs/rules.md worked examples", () => {
  it("A A P A R P A P P A P P P lapses on 14/07/2026: 5 absences in 12 months", () => {
    const status = lapseStatus(row("A A P A R P A P P A P P P"), AS_OF);
    expect(describeLapseStatus(status)).toBe(
      "Lapsed on 14/07/2026: 5 absences in 12 months (14/10/2025, 11/11/2025, 13/01/2026, 14/04/2026, 14/07/2026)"
    );
  });

  it("… A R A A in the last four meetings is at risk: the R ended the run; 3 in 12 months", () => {
    const status = lapseStatus(row("P P P P P P P P P A R A A"), AS_OF);
    expect(status).toEqual({ kind: "At risk of lapse", currentRun: 2, absencesIn12Months: 3 });
    expect(describeLapseStatus(status)).toBe("At risk of lapse");
  });

  it("from 14/04/26, P A - A A P P lapses on 08/09/2026: 3 consecutive absences, the - skipped", () => {
    const fromApril = MEETINGS.slice(6);
    const status = lapseStatus(row("P A - A A P P", fromApril), AS_OF, {
      startDate: dayFromIso("2026-04-14"),
    });
    expect(describeLapseStatus(status)).toBe(
      "Lapsed on 08/09/2026: 3 consecutive absences (12/05/2026, 14/07/2026, 08/09/2026)"
    );
  });
});

describe("lapse: the decisions behind the examples", () => {
  it("names the rule, date and meetings for three in a row, as in docs/rules.md", () => {
    const status = lapseStatus(row("P P P P P P P P P P A A A"), AS_OF);
    expect(describeLapseStatus(status)).toBe(
      "Lapsed on 10/11/2026: 3 consecutive absences (08/09/2026, 13/10/2026, 10/11/2026)"
    );
  });

  it("an R ends a run of absences, so A A R A A is not three in a row", () => {
    expect(lapseStatus(row("P P P P P P P P A A R A A"), AS_OF)).toEqual({
      kind: "At risk of lapse",
      currentRun: 2,
      absencesIn12Months: 4,
    });
  });

  it("a P ends a run too", () => {
    expect(lapseStatus(row("P P P P P P P P A A P A A"), AS_OF)).toMatchObject({
      kind: "At risk of lapse",
      currentRun: 2,
    });
  });

  it("the place stays lapsed: later attendance does not restore it", () => {
    const status = lapseStatus(row("A A A P P P P P P P P P P"), AS_OF);
    expect(status).toMatchObject({ kind: "Lapsed", on: dayFromIso("2025-12-09") });
  });

  it("the 12-month window rolls: five reached in July stays lapsed though some are over a year old by November", () => {
    const status = lapseStatus(row("A A P A R P A P P A P P P"), dayFromIso("2027-11-23"));
    expect(status.kind).toBe("Lapsed");
  });

  it("absences more than 12 months apart do not add up", () => {
    // 5 absences spread over 14 months, never 5 inside any 12-month window.
    const absences = ["2025-01-14", "2025-04-08", "2025-07-08", "2025-10-14", "2026-03-10"].map(
      dayFromIso
    );
    const withPresentBetween = absences.flatMap((date) => [
      { date, mark: "A" as const },
      { date: date + 28, mark: "P" as const },
    ]);
    expect(lapseStatus(withPresentBetween, AS_OF)).toEqual({
      kind: "Active",
      currentRun: 0,
      absencesIn12Months: 1,
    });
  });

  it("the window is after EDATE(d, −12): an absence exactly 12 months earlier is outside it", () => {
    const dates = ["2025-07-14", "2025-09-09", "2025-12-09", "2026-03-10", "2026-07-14"].map(
      dayFromIso
    );
    const separated = row("A A A A A", dates).flatMap((m, i) =>
      i === 0 ? [m] : [{ date: m.date - 7, mark: "P" as const }, m]
    );
    expect(lapseStatus(separated, AS_OF).kind).not.toBe("Lapsed");
    const oneDayLater = separated.map((m, i) => (i === 0 ? { ...m, date: m.date + 1 } : m));
    expect(lapseStatus(oneDayLater, AS_OF)).toMatchObject({
      kind: "Lapsed",
      on: dayFromIso("2026-07-14"),
    });
  });

  it("ignores meetings before the start date and after asOf", () => {
    expect(
      lapseStatus(row("A A A P P P P P P P P P P"), AS_OF, { startDate: MEETINGS[3] }).kind
    ).toBe("Active");
    expect(lapseStatus(row("P P P P P P P P P P A A A"), dayFromIso("2026-10-01")).kind).toBe(
      "Active"
    );
  });

  it("reads marks in meeting-date order whatever order they come in", () => {
    const shuffled = [...row("P P P P P P P P P P A A A")].reverse();
    expect(lapseStatus(shuffled, AS_OF)).toMatchObject({
      kind: "Lapsed",
      on: dayFromIso("2026-11-10"),
    });
  });

  it("at risk with 4 absences in the 12 months to asOf, none in a row", () => {
    expect(lapseStatus(row("P P A P A P A P A P P P P"), AS_OF)).toEqual({
      kind: "At risk of lapse",
      currentRun: 0,
      absencesIn12Months: 4,
    });
  });

  it("names both rules when both limits are reached at the same meeting", () => {
    const status = lapseStatus(row("P P P P A P P A P A A A P"), AS_OF);
    expect(describeLapseStatus(status)).toBe(
      "Lapsed on 13/10/2026: 3 consecutive absences (14/07/2026, 08/09/2026, 13/10/2026); " +
        "5 absences in 12 months (10/02/2026, 12/05/2026, 14/07/2026, 08/09/2026, 13/10/2026)"
    );
  });

  it("takes other limits from the settings", () => {
    const limits = { consecutiveAbsences: 2, absencesIn12Months: 4 };
    expect(lapseStatus(row("P P P P P P P P P P P A A"), AS_OF, { limits })).toMatchObject({
      kind: "Lapsed",
    });
  });

  it("reads marks case-insensitively; blank and - are not expected; anything else is not a mark", () => {
    expect(["p", " a ", "R", "", "-"].map(parseAttendanceMark)).toEqual(["P", "A", "R", "-", "-"]);
    expect(parseAttendanceMark("X")).toBeUndefined();
    expect(parseAttendanceMark("Present")).toBeUndefined();
  });

  it("formats its dates dd/mm/yyyy", () => {
    expect(formatUkDate(dayFromIso("2026-07-14"))).toBe("14/07/2026");
  });
});

describe("lapse: invariants", () => {
  const markArb = fc.constantFrom<AttendanceMark>("P", "A", "R", "-");
  const rowArb = fc
    .array(markArb, { minLength: 1, maxLength: MEETINGS.length })
    .map((marks) => marks.map((mark, i) => ({ date: MEETINGS[i] as number, mark })));

  it("an extra P never makes a member lapsed", () => {
    fc.assert(
      fc.property(rowArb, fc.nat(), (marks, pick) => {
        const before = lapseStatus(marks, AS_OF);
        const i = pick % marks.length;
        const withP = marks.map((m, j) =>
          j === i && m.mark !== "P" ? { ...m, mark: "P" as const } : m
        );
        const withExtraMeeting = [
          ...marks,
          { date: (marks[i] as MeetingMark).date + 1, mark: "P" as const },
        ];
        if (before.kind !== "Lapsed") {
          expect(lapseStatus(withP, AS_OF).kind).not.toBe("Lapsed");
          expect(lapseStatus(withExtraMeeting, AS_OF).kind).not.toBe("Lapsed");
        }
      }),
      { numRuns: 500 }
    );
  });

  it("turning an absence into apologies with a reason never lapses a member earlier", () => {
    fc.assert(
      fc.property(rowArb, fc.nat(), (marks, pick) => {
        const i = pick % marks.length;
        const before = lapseStatus(marks, AS_OF);
        const after = lapseStatus(
          marks.map((m, j) => (j === i && m.mark === "A" ? { ...m, mark: "R" as const } : m)),
          AS_OF
        );
        if (after.kind === "Lapsed") {
          expect(before.kind).toBe("Lapsed");
          if (before.kind === "Lapsed") expect(before.on).toBeLessThanOrEqual(after.on);
        }
      }),
      { numRuns: 500 }
    );
  });
});

describe("lapse: the watch as data (§4.3, §10.4)", () => {
  it("a lapse gives its meeting and each limit reached with its absences", () => {
    const watch = lapseWatchOf(lapseStatus(row("P P P P P P P P P P A A A"), AS_OF));
    expect(watch).toEqual({
      kind: "Lapsed",
      on: dayFromIso("2026-11-10"),
      reasons: [
        {
          rule: "consecutive",
          meetings: ["2026-09-08", "2026-10-13", "2026-11-10"].map(dayFromIso),
        },
      ],
    });
    expect(describeLapseWatch(watch!)).toBe(
      "Lapsed on 10/11/2026: 3 consecutive absences (08/09/2026, 13/10/2026, 10/11/2026)"
    );
  });

  it("a risk gives only the counts one short of their limits, under the panel's settings", () => {
    const status = lapseStatus(row("P P P P P P P P A A R A A"), AS_OF);
    expect(lapseWatchOf(status)).toEqual({
      kind: "At risk of lapse",
      absencesInARow: 2,
      absencesIn12Months: 4,
    });
    // With 6 absences in 12 months allowed, 4 is not one short: only the run is.
    const limits = { consecutiveAbsences: 3, absencesIn12Months: 6 };
    const watch = lapseWatchOf(status, limits);
    expect(watch).toEqual({ kind: "At risk of lapse", absencesInARow: 2 });
    expect(describeLapseWatch(watch!)).toBe(
      "At risk of lapse: 2 absences in a row — one more absence without a reason would lapse the place"
    );
  });

  it("an active member is not on the watch", () => {
    expect(lapseWatchOf(lapseStatus(row("P P P P P P P P P P P P P"), AS_OF))).toBeUndefined();
  });
});
