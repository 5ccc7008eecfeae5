import { ExcelRun, ExcelRunIn } from "./excelApi";

export interface ChangeWatchOptions {
  /** Officers type cell after cell: wait this long after the last change before telling anyone. */
  debounceMs: number;
}

/** A burst of typing is one change to the add-in: a rescan after every cell would be noise. */
export const DEFAULT_DEBOUNCE_MS = 1500;

/**
 * Calls `listener` once the officers have stopped changing the workbook for `debounceMs`, using
 * `worksheets.onChanged` (ExcelApi 1.9). Returns a function that stops watching.
 *
 * Every change Excel reports is taken for an officer's (or a coauthor's): the add-in's own writes turn
 * events off while they run (`runtime.enableEvents`, applyPlan.ts), so Excel does not fire them. A
 * timer after each write could not tell them apart: Excel on the web may report a change later than
 * any timer allows.
 */
export async function watchChanges(
  run: ExcelRun,
  runIn: ExcelRunIn,
  listener: () => void,
  options: ChangeWatchOptions
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChanged = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      listener();
    }, options.debounceMs);
  };
  const registration = await run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(onChanged);
    await context.sync();
    return handler;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // "The same RequestContext object that the handler was added in must be used when removing the
    // handler" (OfficeExtension.EventHandlerResult): Excel.run(registration.context, …), as in
    // "Remove an event handler" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
    await runIn(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
