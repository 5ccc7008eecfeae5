import {
  addElapsedHours,
  dayFromIso,
  elapsedMinutes,
  formatUkDateTime,
  londonOffsetHours,
  summerTimeEnds,
  summerTimeStarts,
  utcOfWallClock,
  wallClockOfUtc,
} from "../../src/domain";

/** A wall-clock time as a cell holds it: the date's serial plus the time as a fraction of a day. */
const at = (iso: string, time: string): number => {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return dayFromIso(iso) + (hours * 60 + minutes) / 1440;
};
const EPOCH_MS = Date.UTC(1899, 11, 30);

describe("the UK's clock changes (last Sunday of March and October, 01:00 UTC)", () => {
  it("knows 2026 and 2027", () => {
    expect(formatUkDateTime(summerTimeStarts(2026))).toBe("29/03/2026 01:00");
    expect(formatUkDateTime(summerTimeEnds(2026))).toBe("25/10/2026 01:00");
    expect(formatUkDateTime(summerTimeStarts(2027))).toBe("28/03/2027 01:00");
    expect(formatUkDateTime(summerTimeEnds(2027))).toBe("31/10/2027 01:00");
  });

  it("agrees with the Europe/London zone of the machine's time-zone data, hour by hour around every change from 1996 to 2040, and at noon every day", () => {
    const london = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const fromZone = (utc: number): string =>
      // To the second, as wallClockOfUtc rounds: Intl would cut 13:59:59.999 to 13:59.
      london.format(new Date(EPOCH_MS + Math.round(utc * 86_400) * 1000)).replace(",", "");
    const instants: number[] = [];
    for (let year = 1996; year <= 2040; year++) {
      for (const change of [summerTimeStarts(year), summerTimeEnds(year)])
        for (let hour = -30; hour <= 30; hour++) instants.push(change + hour / 24);
    }
    for (let day = dayFromIso("1996-01-01"); day <= dayFromIso("2040-12-31"); day++)
      instants.push(day + 0.5);
    const wrong = instants.filter((utc) => formatUkDateTime(wallClockOfUtc(utc)) !== fromZone(utc));
    expect(wrong.map((utc) => formatUkDateTime(utc))).toEqual([]);
  });

  it("is Greenwich time in winter and an hour ahead in summer", () => {
    expect(londonOffsetHours(at("2026-01-15", "12:00"))).toBe(0);
    expect(londonOffsetHours(at("2026-07-15", "12:00"))).toBe(1);
    expect(londonOffsetHours(at("2026-10-25", "00:59"))).toBe(1);
    expect(londonOffsetHours(at("2026-10-25", "01:00"))).toBe(0);
  });
});

describe("24-hour clocks are 24 elapsed hours on the London wall clock (docs/rules.md)", () => {
  it("is the same time the next day when no clock change falls between", () => {
    expect(formatUkDateTime(addElapsedHours(at("2026-11-10", "15:00"), 24))).toBe(
      "11/11/2026 15:00"
    );
  });

  it("is an hour earlier on the wall clock across the October change: aware Saturday 24/10/2026 10:00 → due Sunday 25/10/2026 09:00", () => {
    expect(formatUkDateTime(addElapsedHours(at("2026-10-24", "10:00"), 24))).toBe(
      "25/10/2026 09:00"
    );
  });

  it("is an hour later across the March change: aware Saturday 28/03/2026 10:00 → due Sunday 29/03/2026 11:00", () => {
    expect(formatUkDateTime(addElapsedHours(at("2026-03-28", "10:00"), 24))).toBe(
      "29/03/2026 11:00"
    );
  });

  it("reads October's repeated hour as its first time (summer time), and March's missing hour as Greenwich time", () => {
    // 01:30 on 25/10/2026 happens twice; the first is 00:30 UTC.
    expect(formatUkDateTime(utcOfWallClock(at("2026-10-25", "01:30")))).toBe("25/10/2026 00:30");
    expect(formatUkDateTime(addElapsedHours(at("2026-10-25", "01:30"), 24))).toBe(
      "26/10/2026 00:30"
    );
    // 01:30 on 29/03/2026 never shows on the clock: read as 01:30 GMT, which the clock shows as 02:30.
    expect(formatUkDateTime(wallClockOfUtc(utcOfWallClock(at("2026-03-29", "01:30"))))).toBe(
      "29/03/2026 02:30"
    );
  });

  it("measures elapsed time across a change: 00:30 to 02:30 on 25/10/2026 is 3 hours", () => {
    expect(elapsedMinutes(at("2026-10-25", "00:30"), at("2026-10-25", "02:30"))).toBe(180);
    expect(elapsedMinutes(at("2026-03-29", "00:30"), at("2026-03-29", "02:30"))).toBe(60);
  });
});
