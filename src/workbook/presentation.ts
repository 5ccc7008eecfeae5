import { KPI_STATUSES, KpiStatus } from "../domain/kpi/types";
import { MEMBER_STATUSES, MemberStatus } from "../domain/members/status";
import { headerKey, SheetDefinition } from "./definition";
import { CellArea, Highlight, HighlightRule, SheetLayout } from "./plan";
import { ATTENDANCE } from "./sheets/attendance";
import { ATTENDANCE_LIST, NO_LONGER_TRIGGERED } from "./sheets/lists";

/**
 * How a sheet the add-in creates looks in Excel: an Excel table over its header and rows,
 * drop-downs from the definition's lists, the panel's colours on the status words, widths that fit the
 * headers and the header row frozen. Only ever for a new sheet: officers' formatting is theirs (docs/development.md).
 */

/** Where a new sheet's columns are. */
export interface SheetPlacement {
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** The sheet column of each of the definition's columns, by key; a column left out is not laid out. */
  columns: Partial<Record<string, number>>;
  /** Rows of data written under the header now (0 for a new officers' sheet). */
  rowCount: number;
}

export interface LayoutOptions {
  /** The table's name, when `TOSP_<DefinitionKey>` would not be unique. */
  tableName?: string;
  /** Header text of columns the definition does not name (the Summary's title), for their widths. */
  otherHeaders?: Record<number, string>;
}

/** Drop-downs and colours reach this many rows below the rows written, for the rows officers and later scans add. */
export const ROWS_AHEAD = 500;
/** A new Attendance sheet's marks drop-down covers this many meeting columns (five years of monthly meetings). */
export const MEETING_COLUMNS_AHEAD = 60;
const MIN_WIDTH = 10;
const MIN_TEXT_WIDTH = 16;
const MAX_WIDTH = 40;

/** The colour of each member Status (docs/workbook.md, Members): the word is always in the cell as well. */
const MEMBER_STATUS_COLOURS: Record<MemberStatus, Highlight> = {
  Active: "good",
  "At risk of lapse": "warning",
  "Training incomplete": "warning",
  "Term ended": "bad",
  Lapsed: "bad",
  "Not eligible": "bad",
};

/** docs/workbook.md, KPI status: Met, Near miss, Missed; a status that is not a rating is neutral. */
const KPI_STATUS_COLOURS: Record<KpiStatus, Highlight> = {
  Met: "good",
  "Near miss": "warning",
  Missed: "bad",
  "No data": "neutral",
  "No target": "neutral",
  "Context only": "neutral",
};

type HighlightRules = HighlightRule[];

/** The status words of each sheet, by definition key then column key. */
const HIGHLIGHTS: Record<string, Record<string, HighlightRules>> = {
  members: {
    status: MEMBER_STATUSES.map((text) => ({ text, highlight: MEMBER_STATUS_COLOURS[text] })),
  },
  kpiStatus: {
    status: KPI_STATUSES.map((text) => ({ text, highlight: KPI_STATUS_COLOURS[text] })),
    // Where a measure stands among other landlords.
    quartile: [
      { text: "Top quartile", highlight: "good" },
      { text: "Bottom quartile", highlight: "bad" },
      { text: "Worse than median", highlight: "warning" },
    ],
  },
  // docs/workbook.md, computed columns: a review stage overdue and an inquorate meeting (§7.2) stand out.
  reviews: { overdue: [{ text: "Yes", highlight: "bad" }] },
  meetings: { quorate: [{ text: "No", highlight: "bad" }] },
  // The Complaint Handling Code's status, and a hazard overdue under Awaab's Law.
  complaints: {
    code: [
      { text: "Within the Code", highlight: "good" },
      { text: "Late", highlight: "warning", match: "beginsWith" },
      { text: "Overdue", highlight: "bad", match: "beginsWith" },
    ],
  },
  hazards: {
    overdue: [{ text: "Yes", highlight: "bad" }],
    nextStep: [{ text: "Not in scope", highlight: "neutral", match: "beginsWith" }],
  },
  // §11.3: a trigger the panel has not yet discussed.
  // §11.3: a trigger the panel has not yet discussed; one that stopped firing is kept, greyed.
  triggers: {
    panelDecision: [{ text: "New", highlight: "warning" }],
    evidence: [{ text: NO_LONGER_TRIGGERED, highlight: "neutral", match: "beginsWith" }],
  },
};

/** `TOSP_KpiStatus` for the `kpiStatus` definition: one table per definition the add-in creates. */
export function tableNameOf(definition: SheetDefinition): string {
  return `TOSP_${definition.key.charAt(0).toUpperCase()}${definition.key.slice(1)}`;
}

/** The layout of a new sheet whose columns are placed as given. */
export function sheetLayout(
  definition: SheetDefinition,
  placement: SheetPlacement,
  options: LayoutOptions = {}
): SheetLayout {
  const { headerRow, rowCount } = placement;
  const placed = definition.columns.flatMap((column) => {
    const at = placement.columns[column.key];
    return at === undefined ? [] : [{ column, at }];
  });
  const reach = rowCount + ROWS_AHEAD;
  const dataArea = (column: number, columnCount = 1): CellArea => ({
    row: headerRow + 1,
    column,
    rowCount: reach,
    columnCount,
  });

  // Drop-downs where people type (officers' and the panel's columns); the add-in's computed columns are
  // rewritten by every scan, so a list there would only invite edits that the next scan undoes.
  const dropDowns = placed.flatMap(({ column, at }) =>
    column.list && !column.owned ? [{ area: dataArea(at), list: column.list }] : []
  );
  if (definition.key === ATTENDANCE.key) {
    // docs/workbook.md, Attendance: the meeting columns to the right of Member take P, A, R or -.
    const member = placement.columns.member;
    if (member !== undefined)
      dropDowns.push({ area: dataArea(member + 1, MEETING_COLUMNS_AHEAD), list: ATTENDANCE_LIST });
  }
  const highlights = placed.flatMap(({ column, at }) => {
    const rules = HIGHLIGHTS[definition.key]?.[column.key];
    return rules ? [{ area: dataArea(at), rules }] : [];
  });

  const columnWidths: Record<number, number> = {};
  for (const [at, header] of Object.entries(options.otherHeaders ?? {}))
    columnWidths[Number(at)] = widthOf(header, false);
  for (const { column, at } of placed)
    columnWidths[at] = widthOf(column.header, column.kind === "text");

  const columns = placed.map(({ at }) => at);
  const first = Math.min(...columns);
  const layout: SheetLayout = {
    dropDowns,
    highlights,
    columnWidths,
    freezeRows: headerRow + 1,
    charts: [],
  };
  if (columns.length > 0) {
    // Excel tables always have a body row: a sheet with no rows yet gets one empty row to type into.
    layout.table = {
      name: options.tableName ?? tableNameOf(definition),
      area: {
        row: headerRow,
        column: first,
        rowCount: 1 + Math.max(rowCount, 1),
        columnCount: Math.max(...columns) - first + 1,
      },
    };
  }
  return layout;
}

/**
 * The layout of a sheet the add-in creates from A1 with these headers in row 1 and `rowCount` rows
 * under them: the definition's columns are found among the headers as readers find them.
 */
export function newSheetLayout(
  definition: SheetDefinition,
  headers: readonly string[],
  rowCount: number,
  options: Omit<LayoutOptions, "otherHeaders"> = {}
): SheetLayout {
  const keys = headers.map(headerKey);
  const columns: Partial<Record<string, number>> = {};
  const otherHeaders: Record<number, string> = {};
  for (const column of definition.columns) {
    const at = keys.indexOf(headerKey(column.header));
    if (at >= 0) columns[column.key] = at;
  }
  const claimed = new Set(Object.values(columns));
  headers.forEach((header, at) => {
    if (!claimed.has(at)) otherHeaders[at] = header;
  });
  return sheetLayout(definition, { headerRow: 0, columns, rowCount }, { ...options, otherHeaders });
}

/** Widths in characters from the header, with room for the drop-down arrow and filter button. */
function widthOf(header: string, isText: boolean): number {
  return Math.min(MAX_WIDTH, Math.max(isText ? MIN_TEXT_WIDTH : MIN_WIDTH, header.length + 4));
}
