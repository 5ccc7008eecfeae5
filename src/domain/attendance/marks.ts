/**
 * Attendance marks (docs/rules.md, "Attendance and lapse"), read case-insensitively:
 * - `P` present;
 * - `A` absent with no reason given: counts towards lapse;
 * - `R` absent with an explicit reason (§10.4 "unless having explicit reasons"): does not count;
 * - blank or `-` not expected (not yet a member, meeting cancelled, a sub-panel they are not on): ignored.
 */
export type AttendanceMark = "P" | "A" | "R" | "-";

export const ATTENDANCE_MARKS: readonly AttendanceMark[] = ["P", "A", "R", "-"];

/** The mark a cell's text stands for, or undefined when it is not a mark (an input error for the caller). */
export function parseAttendanceMark(text: string): AttendanceMark | undefined {
  // A register row is mostly single letters: answer those without allocating (TOSP.LAPSE runs per cell).
  switch (text) {
    case "P":
    case "A":
    case "R":
    case "-":
      return text;
    case "":
      return "-";
  }
  const mark = text.trim().toUpperCase();
  if (mark === "" || mark === "-") return "-";
  if (mark === "P" || mark === "A" || mark === "R") return mark;
  return undefined;
}
