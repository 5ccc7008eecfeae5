import { CellWrite, NameWrite, SheetPlan, WritePlan, WriteValue, writtenCell } from "./plan";
import { DefinedName, RawCell, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * A plan carried out on a snapshot in memory, as a host would carry it out on the workbook (the same
 * semantics as MemoryWorkbook.applyPlan): sheets created at the end, text written as strings (never a
 * formula), numbers, dates as serials with their format (dd/mm/yyyy unless named), blanks. The used
 * range grows to take the writes and keeps its origin unless a write lies above or left of it; names
 * are deleted, then added. Lets an action's plan be scanned before anything is written (docs/development.md: one
 * write per action).
 *
 * Pure: returns a new snapshot; sheets the plan does not touch are shared, never changed.
 */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = [...snapshot.sheets];
  for (const sheetPlan of plan.sheets) {
    const index = sheets.findIndex((sheet) => sheet.name === sheetPlan.sheet);
    if (index < 0 && !sheetPlan.create)
      throw new Error(`The plan writes to a sheet that does not exist: ${sheetPlan.sheet}`);
    const before: SheetSnapshot = sheets[index] ?? {
      name: sheetPlan.sheet,
      origin: { row: 0, column: 0 },
      values: [],
    };
    const after = withWrites(before, sheetPlan.writes);
    if (index < 0) sheets.push(after);
    else sheets[index] = after;
  }
  const names = namesAfter(snapshot.names, plan);
  return names ? { sheets, names } : { sheets };
}

/** The workbook's names once the plan's are deleted and added (names compare ignoring case). */
function namesAfter(names: DefinedName[] | undefined, plan: WritePlan): DefinedName[] | undefined {
  if (!plan.removeNames?.length && !plan.addNames?.length) return names;
  const removed = new Set((plan.removeNames ?? []).map((name) => name.toUpperCase()));
  const kept = (names ?? []).filter((named) => !removed.has(named.name.toUpperCase()));
  const added = (plan.addNames ?? []).map(({ name, sheet, row, column }) => ({
    name,
    refersTo: { sheet, row, column },
  }));
  return [...kept, ...added];
}

/** A sheet's values and formats as a rectangle we can write into, in sheet coordinates. */
interface Area {
  top: number;
  left: number;
  values: RawCell[][];
  formats: string[][];
}

function withWrites(sheet: SheetSnapshot, writes: readonly CellWrite[]): SheetSnapshot {
  const area: Area = {
    top: sheet.origin.row,
    left: sheet.origin.column,
    values: sheet.values.map((row) => [...row]),
    formats: sheet.values.map((row, r) =>
      row.map((_, c) => sheet.numberFormats?.[r]?.[c] ?? "General")
    ),
  };
  if (area.values.length === 0) {
    // An empty sheet has no used range yet: the first write places it.
    const first = writes.find((write) => write.value.kind !== "blank");
    if (first) [area.top, area.left] = [first.row, first.column];
  }
  for (const write of writes) {
    // Clearing a cell outside the used range changes nothing there: the range does not grow for it.
    if (write.value.kind === "blank" && !inside(area, write)) continue;
    grow(area, write.row, write.column);
    setCell(area, write.row - area.top, write.column - area.left, write.value);
  }
  const columns = area.values.reduce((most, row) => Math.max(most, row.length), 0);
  const pad = <T>(row: T[], filler: T): T[] => [
    ...row,
    ...Array<T>(columns - row.length).fill(filler),
  ];
  return {
    name: sheet.name,
    origin: { row: area.top, column: area.left },
    values: area.values.map((row) => pad(row, null)),
    numberFormats: area.formats.map((row) => pad(row, "General")),
  };
}

function inside(area: Area, write: CellWrite): boolean {
  const row = area.values[write.row - area.top];
  return row !== undefined && write.column >= area.left && write.column - area.left < row.length;
}

/** Extends the area to cover the cell, above and left as well as below and right. */
function grow(area: Area, row: number, column: number): void {
  if (row < area.top) {
    // concat, not unshift(...rows): a used range starting far down the sheet (row 1,048,000) would
    // spread a million arguments and overflow the stack.
    const extra = area.top - row;
    area.values = Array.from({ length: extra }, (): RawCell[] => []).concat(area.values);
    area.formats = Array.from({ length: extra }, (): string[] => []).concat(area.formats);
    area.top = row;
  }
  if (column < area.left) {
    const extra = area.left - column;
    area.values = area.values.map((cells) => [...Array<RawCell>(extra).fill(null), ...cells]);
    area.formats = area.formats.map((cells) => [...Array<string>(extra).fill("General"), ...cells]);
    area.left = column;
  }
  while (area.values.length <= row - area.top) area.values.push([]);
  while (area.formats.length <= row - area.top) area.formats.push([]);
}

function setCell(area: Area, r: number, c: number, value: WriteValue): void {
  const cells = area.values[r] as RawCell[];
  const formats = area.formats[r] as string[];
  while (cells.length <= c) cells.push(null);
  while (formats.length <= c) formats.push("General");
  const written = writtenCell(value);
  cells[c] = written.cell;
  if (written.format) formats[c] = written.format;
}

/**
 * Plans merged into one, so an action and the scan after it are written in one go: the same sheet's
 * writes are merged (a later write to the same cell wins, in the place of the first), `create` is kept
 * if any plan creates the sheet, and the latest `layout` given is kept. Sheets keep their first order;
 * names to delete are all deleted, and of two names to add under one name the later is added.
 */
export function mergePlans(...plans: WritePlan[]): WritePlan {
  const merged = new Map<string, { plan: SheetPlan; cells: Map<string, number> }>();
  for (const sheetPlan of plans.flatMap((plan) => plan.sheets)) {
    let entry = merged.get(sheetPlan.sheet);
    if (!entry) {
      entry = { plan: { ...sheetPlan, writes: [] }, cells: new Map() };
      merged.set(sheetPlan.sheet, entry);
    } else {
      entry.plan.create ||= sheetPlan.create;
      entry.plan.definition ||= sheetPlan.definition;
      if (sheetPlan.layout) entry.plan.layout = sheetPlan.layout;
    }
    for (const write of sheetPlan.writes) {
      const key = `${write.row},${write.column}`;
      const earlier = entry.cells.get(key);
      if (earlier === undefined) {
        entry.cells.set(key, entry.plan.writes.length);
        entry.plan.writes.push(write);
      } else {
        entry.plan.writes[earlier] = write;
      }
    }
  }
  const removeNames = [...new Set(plans.flatMap((plan) => plan.removeNames ?? []))];
  const addNames = new Map<string, NameWrite>();
  for (const named of plans.flatMap((plan) => plan.addNames ?? []))
    addNames.set(named.name.toUpperCase(), named);
  return {
    sheets: [...merged.values()].map((entry) => entry.plan),
    ...(removeNames.length > 0 ? { removeNames } : {}),
    ...(addNames.size > 0 ? { addNames: [...addNames.values()] } : {}),
  };
}
