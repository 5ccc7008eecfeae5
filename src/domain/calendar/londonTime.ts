import { Day, dayOf, formatUkDate, weekdayOf } from "./days";

/**
 * A date and time as a cell holds it: an Excel serial whose fraction is the time of day (0.5 = 12:00),
 * read as Europe/London wall-clock time (docs/rules.md, "Statutory clocks since 2024": the times in cells are
 * what the clock on the office wall showed). A whole number is midnight at the start of that day.
 */
export type WallClockTime = number;

const HOUR = 1 / 24;
const SECONDS_PER_DAY = 86_400;

/**
 * The UK's clock changes, the rule since 1996 (The Summer Time Order 2002, after EU Directive
 * 2000/84/EC): British Summer Time starts on the last Sunday of March and ends on the last Sunday of
 * October, each at 01:00 UTC. No time-zone library is in the add-in's bundles (date-holidays' copy of
 * moment-timezone is left out on purpose, scripts/noTimeZones.js), and this one rule is all the clocks
 * need. Applied to every year; dates before 1996 are not a panel's clocks.
 */
function lastSunday(year: number, month: number): Day {
  const last = dayOf(year, month + 1, 1) - 1; // dayOf rolls month 13 into January
  return last - weekdayOf(last);
}

/** When British Summer Time starts, as a UTC serial: 01:00 UTC on the last Sunday of March. */
export function summerTimeStarts(year: number): number {
  return lastSunday(year, 3) + HOUR;
}

/** When British Summer Time ends, as a UTC serial: 01:00 UTC on the last Sunday of October. */
export function summerTimeEnds(year: number): number {
  return lastSunday(year, 10) + HOUR;
}

/** The year of a serial near enough for the clock changes (never within days of 1 January). */
const yearNear = (serial: number): number => Math.floor((serial - 1) / 365.2425 + 1900);

/** Hours London is ahead of UTC at a UTC instant: 1 in British Summer Time, otherwise 0. */
export function londonOffsetHours(utc: number): 0 | 1 {
  const year = yearNear(utc);
  return utc >= summerTimeStarts(year) && utc < summerTimeEnds(year) ? 1 : 0;
}

/** Whole seconds, so that 09:00 read back is 09:00 and not a hair before it. */
const toSecond = (serial: number): number => Math.round(serial * SECONDS_PER_DAY) / SECONDS_PER_DAY;

/**
 * The UTC instant of a London wall-clock time. Decisions where the wall clock is not one-to-one:
 * - October's repeated hour (01:00–01:59 happens twice): the first, in summer time, so a clock that
 *   starts then is never given the extra hour;
 * - March's missing hour (01:00–01:59 never shows): read as Greenwich time (01:30 is 02:30 BST), as a
 *   clock that had not yet been put forward would show it.
 */
export function utcOfWallClock(wall: WallClockTime): number {
  const inSummerTime = wall - HOUR;
  if (londonOffsetHours(inSummerTime) === 1) return toSecond(inSummerTime);
  return toSecond(wall);
}

/** The London wall-clock time of a UTC instant. */
export function wallClockOfUtc(utc: number): WallClockTime {
  return toSecond(utc + londonOffsetHours(utc) * HOUR);
}

/**
 * docs/rules.md: a 24-hour clock is 24 elapsed hours, not "the same time tomorrow": across the October
 * clock change the due time on the wall clock is an hour earlier (aware 10:00 on Saturday 24/10/2026,
 * due 09:00 on Sunday 25/10), and across the March change an hour later.
 */
export function addElapsedHours(start: WallClockTime, hours: number): WallClockTime {
  return wallClockOfUtc(utcOfWallClock(start) + hours * HOUR);
}

/** Minutes elapsed from one wall-clock time to another, whole minutes, the clock change allowed for. */
export function elapsedMinutes(from: WallClockTime, to: WallClockTime): number {
  return Math.round((utcOfWallClock(to) - utcOfWallClock(from)) * 24 * 60);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** `dd/mm/yyyy HH:MM`, to the nearest minute, as panel members read a date and time. */
export function formatUkDateTime(wall: WallClockTime): string {
  const minutes = Math.round(wall * 24 * 60);
  const day = Math.floor(minutes / (24 * 60));
  const ofDay = minutes - day * 24 * 60;
  return `${formatUkDate(day)} ${pad2(Math.floor(ofDay / 60))}:${pad2(ofDay % 60)}`;
}
