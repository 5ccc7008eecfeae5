/**
 * What can go wrong between the add-in and Excel, one error type per kind, each telling the officer in
 * plain words what to do. `plainExcelMessage` turns anything Excel throws into such a sentence for the
 * task pane.
 */

/** The plan would write where Excel cannot: checked before anything is written, so nothing was. */
export class ExcelPlanError extends Error {
  constructor(readonly reason: string) {
    super(
      `The add-in tried to write outside the sheet or to a sheet it cannot use (${reason}). ` +
        "Nothing was written. Please report this to whoever looks after the add-in."
    );
    this.name = "ExcelPlanError";
  }
}

/** One row is more than Excel on the web will send or take in one request. */
export class ExcelPayloadError extends Error {
  constructor(readonly sheet: string) {
    super(
      `A row on the sheet "${sheet}" holds more than Excel on the web can pass to the add-in at once. ` +
        "Shorten the longest texts on that sheet, or use Excel on Windows or Mac, then try again."
    );
    this.name = "ExcelPayloadError";
  }
}

/** A sheet the add-in read a moment ago is gone: renamed or deleted while it was working. */
export class ExcelSheetMissingError extends Error {
  constructor(readonly sheet?: string) {
    super(
      sheet === undefined
        ? "The workbook's sheets changed while the add-in was reading them. Wait a moment, then scan again."
        : `The sheet "${sheet}" was renamed or deleted while the add-in was working. Scan again.`
    );
    this.name = "ExcelSheetMissingError";
  }
}

/** Office.js errors carry a `code` (OfficeExtension.Error); anything else has none. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Excel on the web refused a request or response over its 5 MB payload limit. */
export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return true;
  // Some builds report the limit with a general code: the message still names it.
  return error instanceof Error && /payload size/i.test(error.message);
}

export function isItemNotFound(error: unknown): boolean {
  return errorCode(error) === "ItemNotFound";
}

/** What to tell the officer for each Office.js error code the add-in can meet. */
const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.",
  AccessDenied:
    "Excel would not let the add-in change the workbook: a sheet may be protected or the workbook read-only. Unprotect it or save a copy you can edit, then try again.",
  ItemNotFound: "A sheet or chart the add-in was using has gone. Scan again.",
  ItemAlreadyExists:
    "A sheet, table or chart with the name the add-in uses already exists. Rename yours, then try again.",
  ApiNotFound:
    "This version of Excel is too old for the add-in. Update Excel, or use Excel on the web.",
  RequestPayloadSizeLimitExceeded:
    "The workbook is too big to pass to the add-in in one go. Try again; if it keeps happening, use Excel on Windows or Mac.",
  ResponsePayloadSizeLimitExceeded:
    "The workbook is too big to pass to the add-in in one go. Try again; if it keeps happening, use Excel on Windows or Mac.",
  Conflict: "Someone else changed the workbook at the same moment. Try again.",
  RequestAborted: "Excel stopped the request before it finished. Try again.",
};

/** A sentence for the task pane: our own errors as they are, Excel's in plain words with its code. */
export function plainExcelMessage(error: unknown): string {
  if (
    error instanceof ExcelPlanError ||
    error instanceof ExcelPayloadError ||
    error instanceof ExcelSheetMissingError
  )
    return error.message;
  const code = errorCode(error);
  const advice = code === undefined ? undefined : ADVICE[code];
  if (advice !== undefined) return advice;
  const detail = error instanceof Error ? error.message : String(error);
  const firstLine = detail.split("\n")[0]?.trim() || "no details";
  return (
    `Excel could not do what the add-in asked (${code ?? "no error code"}: ${firstLine}). ` +
    "Try again; if it keeps happening, close and reopen the workbook."
  );
}
