import { ScanOutcome, SetUpOutcome } from "../engine/session";
import { plural } from "../wording/figures";
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

/**
 * What the workbook got, in plain words (not "cells updated"): the add-in writes only its own
 * sheets and columns, so the officers' entries are never what changed.
 */
function writtenWords(outcome: ScanOutcome): string {
  const cells = outcome.cellsWritten;
  const sheets = outcome.sheetsCreated.length;
  if (cells === 0 && sheets === 0) return "Nothing in the workbook needed changing.";
  const added = sheets > 0 ? `, and added ${plural(sheets, "sheet")}` : "";
  return `The add-in wrote its results into ${plural(cells, "cell")} of its own sheets and columns${added}.`;
}

function problemWords(outcome: ScanOutcome): string {
  const n = outcome.problems.length;
  return n === 0 ? "No problems found." : `${plural(n, "problem")} to put right: see Problems.`;
}

function acceptedWords(outcome: ScanOutcome, triggerKey: string | undefined): string {
  const trigger = outcome.findings.triggers.find((t) => t.key === triggerKey);
  const what = trigger ? `“${trigger.subject}”` : "The trigger";
  return `${what} is on the Reviews sheet for this panel year, and the panel's decision on it is now Accepted into programme.`;
}

function setUpWords(outcome: ScanOutcome): string {
  const kept = (outcome as Partial<SetUpOutcome>).sheetsKept?.length ?? 0;
  const created = outcome.sheetsCreated.length;
  const made = created === 0 ? "No sheet was missing" : `${plural(created, "sheet")} added`;
  return `${made}; ${plural(kept, "sheet")} already there left as ${kept === 1 ? "it was" : "they were"}.`;
}

/** An action's confirmation: its title and a sentence or two, shown beside the control that started it. */
export function finishedWords(
  action: PanelAction,
  outcome: ScanOutcome,
  target?: string
): { title: string; message: string } {
  const title = FINISHED[action];
  switch (action) {
    case "acceptTrigger":
      return { title, message: acceptedWords(outcome, target) };
    case "setUp":
      return { title, message: setUpWords(outcome) };
    case "writeSummary":
      return {
        title,
        message: "The Summary sheet has the figures and three charts for the Tenants' Forum.",
      };
    default:
      return { title, message: `${problemWords(outcome)} ${writtenWords(outcome)}` };
  }
}

/** The status line after an action: "Scan finished. No problems found. The add-in wrote …". */
export function statusLine(action: PanelAction, outcome: ScanOutcome, target?: string): string {
  const { title, message } = finishedWords(action, outcome, target);
  return `${title}. ${message}`;
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
