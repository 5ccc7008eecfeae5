import { SheetDefinition } from "../definition";

/**
 * Kept by the add-in: "You said, we did" — each implemented recommendation and what changed,
 * newest first, for promoting the panel's work to all tenants (§2.6; continuous improvement "on a you
 * said we did basis"). Written from Recommendations on every scan: edit the recommendations, not this.
 */
export const YOU_SAID_WE_DID = {
  key: "youSaidWeDid",
  name: "You said, we did",
  aliases: ["You said we did", "You said - we did"],
  ownedSheet: true,
  columns: [
    { key: "review", header: "Review", required: true, kind: "text", owned: true },
    { key: "youSaid", header: "You said", required: true, kind: "text", owned: true },
    { key: "weDid", header: "We did", required: true, kind: "text", owned: true },
    { key: "when", header: "When", kind: "date", owned: true },
  ],
} as const satisfies SheetDefinition;
