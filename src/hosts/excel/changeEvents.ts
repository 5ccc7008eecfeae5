import { ExcelRun } from "./excelApi";

export interface ChangeWatchOptions {
  /** Officers type cell after cell: wait this long after the last change before telling anyone. */
  debounceMs: number;
  /** True while the host itself is writing (and just after): those changes are the add-in's own. */
  isOwnChange: () => boolean;
}

/** A burst of typing is one change to the add-in: a rescan after every cell would be noise. */
export const DEFAULT_DEBOUNCE_MS = 1500;

/**
 * Calls `listener` once the officers have stopped changing the workbook for `debounceMs`, using
 * `worksheets.onChanged` (ExcelApi 1.9). Returns a function that stops watching.
 */
export async function watchChanges(
  run: ExcelRun,
  listener: () => void,
  options: ChangeWatchOptions
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChanged = async (): Promise<void> => {
    if (options.isOwnChange()) return;
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
    // Removing is queued in the context the handler was added in, so it is synced there.
    registration.remove();
    await registration.context.sync();
  };
}
