import { HARMLESS_ANSWERS, EligibilityAnswers } from "../../domain/members/eligibility";
import { parseMemberGroup } from "../../domain/members/groups";
import { readDate, readNumber, readText, readYesNo } from "../cells";
import { Grid, TableLayout, dataRows, repeatedColumnProblems } from "../grid";
import { Problem } from "../problems";
import { MemberRecord } from "../records";
import { MEMBERS } from "../sheets/members";

type MemberKey = (typeof MEMBERS.columns)[number]["key"];

const ANSWER_KEYS = [
  "tenant",
  "evictionOrAsbo",
  "employeeOrCouncillor",
  "legalDispute",
  "tenantsForumMember",
  "silverServiceForumMember",
] as const satisfies readonly (keyof EligibilityAnswers & MemberKey)[];

/** docs/workbook.md, Members: one record per named row; a row without a name or a known group is a problem. */
export function readMembers(layout: TableLayout<MemberKey>, problems: Problem[]): MemberRecord[] {
  const { grid, columns } = layout;
  problems.push(...repeatedColumnProblems(layout));
  const records: MemberRecord[] = [];
  for (const row of dataRows(layout)) {
    if (grid.isBlankRow(row, ownColumns(layout))) continue; // only the add-in's columns are filled
    const name = grid.required(
      row,
      columns.name as number,
      readText,
      problems,
      "this member has no name: fill it in or clear the row"
    );
    if (name === undefined) continue;
    const groupText = grid.read(row, columns.group, readText, problems);
    const group = groupText === undefined ? undefined : parseMemberGroup(groupText);
    if (group === undefined) {
      problems.push(
        grid.problem(
          row,
          columns.group as number,
          groupText === undefined
            ? `${name} has no group: choose Tenants' Forum, Silver Service Forum, General, Deputy or Co-optee`
            : `"${groupText}" is not a group: choose Tenants' Forum, Silver Service Forum, General, Deputy or Co-optee`
        )
      );
      continue;
    }
    const roleText = grid.read(row, columns.role, readText, problems);
    const role =
      roleText === undefined
        ? undefined
        : readRole(grid, row, columns.role as number, roleText, problems);
    const answers: EligibilityAnswers = { ...HARMLESS_ANSWERS };
    for (const key of ANSWER_KEYS) {
      const answer = grid.read(row, columns[key], readYesNo, problems);
      if (answer !== undefined) answers[key] = answer;
    }
    records.push({
      row,
      name,
      group,
      role,
      startDate: grid.read(row, columns.startDate, readDate, problems),
      termEnd: grid.read(row, columns.termEnd, readDate, problems),
      trainingPercent: readTraining(grid, row, columns.training, problems),
      answers,
      ageBand: grid.read(row, columns.ageBand, readText, problems),
      ethnicity: grid.read(row, columns.ethnicity, readText, problems),
    });
  }
  return records;
}

/** The officers' columns: a row with only computed cells filled is an old row, not a member without a name. */
function ownColumns(layout: TableLayout<MemberKey>): number[] {
  return MEMBERS.columns.flatMap((column) => {
    const index = layout.columns[column.key];
    return index !== undefined && !("owned" in column && column.owned) ? [index] : [];
  });
}

function readRole(
  grid: Grid,
  row: number,
  column: number,
  text: string,
  problems: Problem[]
): MemberRecord["role"] {
  const key = text
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();
  if (key === "chair") return "Chair";
  if (key === "deputy chair" || key === "vice chair") return "Deputy Chair";
  problems.push(
    grid.problem(
      row,
      column,
      `"${text}" is not a role: leave it blank, or choose Chair or Deputy Chair`
    )
  );
  return undefined;
}

/** Training in percent points: 80, 80%, or 0.8 in a percentage-formatted cell all read as 80. */
function readTraining(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[]
): number | undefined {
  const value = grid.read(row, column, readNumber, problems);
  if (value === undefined || column === undefined) return value;
  if (value < 0 || value > 100) {
    problems.push(
      grid.problem(
        row,
        column,
        `training of ${value}% is not possible: give a percentage from 0 to 100`
      )
    );
    return undefined;
  }
  return value;
}
