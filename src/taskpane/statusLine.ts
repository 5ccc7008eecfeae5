import { ScanOutcome } from "../engine/session";
import type { PanelAction } from "./usePanel";

const FINISHED: Record<PanelAction, string> = {
  scan: "Scan finished",
  acceptTrigger: "Added to the review programme",
  recordMeeting: "Meeting recorded",
  correctMeeting: "Meeting corrected",
  setUp: "Set up finished",
  writeSummary: "Summary sheet written",
};

/** What the pane was doing when something went wrong, for the error's title. */
export const NOT_FINISHED: Record<PanelAction, string> = {
  scan: "The scan did not finish",
  acceptTrigger: "The trigger was not added to the review programme",
  recordMeeting: "The meeting was not recorded",
  correctMeeting: "The meeting was not corrected",
  setUp: "Set up did not finish",
  writeSummary: "The Summary sheet was not written",
};

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The status line after an action: "Scan finished: 12 cells updated, 3 problems". */
export function statusLine(action: PanelAction, outcome: ScanOutcome): string {
  const parts = [
    count(outcome.cellsWritten, "cell updated", "cells updated"),
    ...(outcome.sheetsCreated.length > 0
      ? [count(outcome.sheetsCreated.length, "sheet created", "sheets created")]
      : []),
    count(outcome.problems.length, "problem", "problems"),
  ];
  return `${FINISHED[action]}: ${parts.join(", ")}`;
}

const UNKNOWN_ERROR =
  "Something went wrong and the add-in could not finish. Try again; if it keeps happening, close the pane and open it again.";

/**
 * Any thrown value as a plain message for the pane. Errors the session raises for the panel
 * (PanelActionError and the like) already say what happened and what to do, so their message is shown
 * as it is; anything without a message gets a general one rather than a blank pane.
 */
export function plainMessage(error: unknown): string {
  if (typeof error === "string" && error.trim() !== "") return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message } = error as { message: unknown };
    if (typeof message === "string" && message.trim() !== "") return message;
  }
  return UNKNOWN_ERROR;
}
