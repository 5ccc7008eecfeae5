import { HAZARD_STEPS } from "../../domain/hazards/awaabsLaw";
import { SheetDefinition } from "../definition";
import { HAZARD_CATEGORY_LIST, YES_NO_LIST, YES_NO_WORDS } from "./lists";

/** How `Next step` reads for a hazard Awaab's Law does not cover (engine/hazards.ts). */
export const NOT_IN_SCOPE = "Not in scope";
/** How `Next step` reads when every step whose clock has started is done. */
export const ALL_STEPS_DONE = "All steps done";

const STEP = `(${HAZARD_STEPS.join("|")})`;
/** `Next step`: a step of the law, all done, or not in scope with the reason. */
export const NEXT_STEP_WRITTEN = new RegExp(`^(${STEP}|${ALL_STEPS_DONE}|${NOT_IN_SCOPE}: .+)$`);
/** `Breaches`: each late step with how late, and overdue safety work with no alternative accommodation. */
export const BREACHES_WRITTEN = new RegExp(
  `^${STEP} .+(late|offered)(; ${STEP} .+(late|offered))*$`
);

/**
 * docs/workbook.md, Hazards (optional log, for Awaab's Law): one row per hazard, by reference only — never
 * a tenant's name or address (§13.3). The add-in keeps `Next step`, `Due` (with its time for the
 * 24-hour step), `Overdue` and `Breaches`.
 */
export const HAZARDS = {
  key: "hazards",
  name: "Hazards",
  aliases: ["Hazards log", "Hazard log", "Awaab's Law"],
  columns: [
    {
      key: "reference",
      header: "Reference",
      aliases: ["Ref", "Hazard reference", "Case reference"],
      required: true,
      kind: "text",
    },
    {
      key: "category",
      header: "Category",
      aliases: ["Hazard category"],
      required: true,
      kind: "choice",
      list: HAZARD_CATEGORY_LIST,
    },
    {
      key: "aware",
      header: "Aware",
      aliases: ["Became aware", "Date aware", "Reported"],
      required: true,
      kind: "date",
    },
    { key: "hazard", header: "Hazard", aliases: ["Hazard type", "Type of hazard"], kind: "text" },
    { key: "madeSafe", header: "Made safe", kind: "date" },
    { key: "investigationConcluded", header: "Investigation concluded", kind: "date" },
    { key: "summarySent", header: "Summary sent", aliases: ["Written summary sent"], kind: "date" },
    { key: "safetyWorkStarted", header: "Safety work started", kind: "date" },
    { key: "preventativeWorkStarted", header: "Preventative work started", kind: "date" },
    {
      key: "reasonForLaterWork",
      header: "Reason for later preventative work",
      kind: "text",
    },
    {
      key: "alternativeAccommodation",
      header: "Alternative accommodation offered",
      kind: "yesNo",
      list: YES_NO_LIST,
    },
    { key: "nextStep", header: "Next step", kind: "text", owned: true, written: NEXT_STEP_WRITTEN },
    { key: "due", header: "Due", kind: "date", owned: true },
    { key: "overdue", header: "Overdue", kind: "choice", owned: true, list: YES_NO_WORDS },
    { key: "breaches", header: "Breaches", kind: "text", owned: true, written: BREACHES_WRITTEN },
  ],
} as const satisfies SheetDefinition;
