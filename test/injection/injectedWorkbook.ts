import { dayFromIso } from "../../src/domain";
import { DEMO_AS_OF, demoWorkbook } from "../../src/demo/demoWorkbook";
import { MemorySheet } from "../../src/workbook/memorySheet";
import { RawCell } from "../../src/workbook/snapshot";

/**
 * Text Excel would take for a formula (or a DDE payload) if it were typed or written as a plain value:
 * the leading characters OWASP lists for CSV and spreadsheet injection.
 */
export const FORMULA_LIKE = {
  hyperlink: '=HYPERLINK("http://x","y")',
  plus: "+1+1",
  minus: "-2+3",
  at: "@SUM(A1)",
  tab: "\t=1",
  carriageReturn: "\r=2",
} as const;

const F = FORMULA_LIKE;

/** Members renamed on Members and Attendance alike. Ian Patel's register row is taken out, so recording a meeting adds it. */
export const MEMBER_NAMES: Record<string, string> = {
  "Pat Jones": F.plus,
  "Amir Khan": F.minus,
  "Chen Wei": F.at,
  "Doris Smith": F.tab,
  "George Evans": F.carriageReturn,
  "Ian Patel": F.hyperlink,
};

/** Indicators renamed on the wide KPI sheet; each gets a polarity, as the catalogue no longer knows it. */
export const INDICATOR_NAMES: Record<string, string> = {
  "Average re-let time (days)": F.hyperlink,
  "Households in temporary accommodation": F.plus,
  "Current tenant arrears (%)": F.tab,
  "Rent lost on empty homes as % of rent due": F.carriageReturn,
};

/** The code officers gave the rent collected indicator (its name still matches the catalogue). */
export const RENT_CODE = F.at;
/** The complaints theme that fires a Customer complaints trigger, and its service area. */
export const DAMP_THEME = F.minus;
export const REPAIRS_AREA = F.plus;

/** The day of the scans and the meeting recorded: after the 08/12/2026 meeting. */
export const INJECTED_AS_OF = dayFromIso("2026-12-09");
export const MEETING_DAY = dayFromIso("2026-12-08");
export { DEMO_AS_OF };

/** How the readers see a name: trimmed (so "\t=1" reaches the plan as "=1"). */
export const asRead = (text: string): string => text.trim();

function renamed(sheet: MemorySheet, names: Record<string, string>): MemorySheet {
  return {
    ...sheet,
    cells: sheet.cells.map((row) =>
      row.map((cell) => (typeof cell === "string" ? (names[cell] ?? cell) : cell))
    ),
  };
}

function setWide(sheet: MemorySheet, header: string, byIndicator: Record<string, string>): void {
  const headers = sheet.cells[1] as RawCell[];
  const column = headers.indexOf(header);
  for (const row of sheet.cells.slice(2)) {
    const value = byIndicator[String(row[0])];
    if (value !== undefined) row[column] = value;
  }
}

/**
 * The demo workbook with a member, an indicator, a code, a complaints theme and a service area
 * renamed to text that looks like a formula, everywhere they occur.
 */
export function injectedWorkbook(): MemorySheet[] {
  return demoWorkbook().map((sheet) => {
    if (sheet.name === "Attendance")
      return renamed(
        { ...sheet, cells: sheet.cells.filter((row) => row[0] !== "Ian Patel") },
        MEMBER_NAMES
      );
    if (sheet.name === "Members") return renamed(sheet, MEMBER_NAMES);
    if (sheet.name === "Complaints")
      return renamed(sheet, {
        "Damp and mould": DAMP_THEME,
        "Repairs and maintenance": REPAIRS_AREA,
      });
    if (sheet.name !== "KPI - Rent") return sheet;
    const rent = renamed(sheet, {});
    setWide(rent, "Code", { "Rent collected as % of rent due": RENT_CODE });
    setWide(rent, "Polarity", {
      "Average re-let time (days)": "Lower is better",
      "Households in temporary accommodation": "Context only",
      "Current tenant arrears (%)": "Lower is better",
      "Rent lost on empty homes as % of rent due": "Lower is better",
    });
    return renamed(rent, INDICATOR_NAMES);
  });
}
