import { Day, formatUkDate } from "../domain/calendar/days";
import {
  ComplaintDateColumn,
  complaintClocks,
  describeCodeStatus,
} from "../domain/complaints/handlingCode";
import { PanelSettings } from "../domain/settings";
import { parseReference } from "../workbook/address";
import { TableLayout } from "../workbook/grid";
import { BLANK_VALUE, date, text, WriteValue } from "../workbook/plan";
import { Problem } from "../workbook/problems";
import { ComplaintRecord } from "../workbook/records";
import { COMPLAINTS } from "../workbook/sheets";
import { ComplaintFinding, OverdueClock } from "./findings";

type ComplaintKey = (typeof COMPLAINTS.columns)[number]["key"];

/** The log's column of each date the Code's clocks name (domain/complaints/handlingCode.ts). */
const COLUMN_OF: Record<ComplaintDateColumn, ComplaintKey> = {
  "Date received": "received",
  Acknowledged: "acknowledged",
  "Extended to": "extendedTo",
  Responded: "responded",
  Escalated: "escalated",
  "Stage 2 acknowledged": "stage2Acknowledged",
  "Stage 2 extended to": "stage2ExtendedTo",
  "Stage 2 responded": "stage2Responded",
};

export interface ComplaintClocksScan {
  findings: ComplaintFinding[];
  /** The computed columns by the row they go in (docs/workbook.md, Complaints). */
  values: Map<number, Partial<Record<ComplaintKey, WriteValue>>>;
  overdue: OverdueClock[];
  /** Dates the clocks cannot take as they are, at their cells. */
  problems: Problem[];
}

/**
 * The Complaint Handling Code's clocks for every complaint of the log (docs/rules.md, "Complaints"), as at
 * the scan: `Stage 1 due`, `Stage 2 due` and `Code`. Decision: the clocks need to know whether a
 * complaint was answered, so a log without a `Responded` column (one kept only for the complaints-theme
 * trigger) gets none, and none of their columns is added to it. A date the clocks cannot take as it is
 * (an answer before the complaint) is a problem at its cell; the clock runs on the reading it states.
 */
export function scanComplaintClocks(
  log: { layout: TableLayout<ComplaintKey>; records: ComplaintRecord[] } | undefined,
  asOf: Day,
  settings: PanelSettings
): ComplaintClocksScan | undefined {
  if (!log || log.layout.columns.responded === undefined) return undefined;
  const problems: Problem[] = [];
  const { grid, columns } = log.layout;
  const findings: ComplaintFinding[] = [];
  const values = new Map<number, Partial<Record<ComplaintKey, WriteValue>>>();
  const overdue: OverdueClock[] = [];
  for (const record of log.records) {
    const clocks = complaintClocks(record, asOf, settings.complaintHandlingCode);
    for (const issue of clocks.issues) {
      const column = columns[COLUMN_OF[issue.column]];
      if (column !== undefined) problems.push(grid.problem(record.row, column, issue.message));
    }
    const judged = clocks.stage2 ?? clocks.stage1;
    const code = describeCodeStatus(clocks.status);
    values.set(record.row, {
      stage1Due: date(clocks.stage1.due),
      stage2Due: clocks.stage2 ? date(clocks.stage2.due) : BLANK_VALUE,
      code: text(code),
    });
    const where = grid.address(record.row, columns.reference ?? (columns.received as number));
    const cell = parseReference(where) ?? { sheet: grid.name, row: 0, column: 0 };
    const stages = [clocks.stage1, ...(clocks.stage2 ? [clocks.stage2] : [])];
    const finding: ComplaintFinding = {
      where,
      cell,
      received: record.received,
      theme: record.theme,
      stage: judged.stage,
      stage1Due: clocks.stage1.due,
      due: judged.due,
      status: clocks.status,
      code,
      overdue: clocks.status.kind === "overdue",
      lateAcknowledgements: stages.flatMap((clock) =>
        clock.acknowledgementLateBy !== undefined && clock.acknowledgementLateBy > 0
          ? [
              {
                stage: clock.stage,
                due: clock.acknowledgementDue,
                workingDays: clock.acknowledgementLateBy,
              },
            ]
          : []
      ),
      extensionsBeyondCode: stages.flatMap((clock) =>
        clock.extension?.beyondCodeBy !== undefined
          ? [
              {
                stage: clock.stage,
                to: clock.extension.to,
                limit: clock.extension.limit,
                workingDays: clock.extension.beyondCodeBy,
              },
            ]
          : []
      ),
    };
    if (record.reference !== undefined) finding.reference = record.reference;
    if (record.serviceArea !== undefined) finding.serviceArea = record.serviceArea;
    if (clocks.stage2) finding.stage2Due = clocks.stage2.due;
    findings.push(finding);
    if (clocks.status.kind === "overdue") {
      const days = clocks.status.workingDays;
      overdue.push({
        kind: "complaint",
        reference: record.reference ?? `received ${formatUkDate(record.received)}`,
        where,
        cell,
        step: `stage ${judged.stage} response`,
        due: judged.due,
        withTime: false,
        dueText: formatUkDate(judged.due),
        overdueBy: `${days} working day${days === 1 ? "" : "s"}`,
      });
    }
  }
  return { findings, values, overdue, problems };
}
