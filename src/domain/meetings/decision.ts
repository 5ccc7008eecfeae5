import { requireWholeNumber, RuleInputError } from "../errors";
import { isQuorate } from "./quorum";

export type CastingVote = "for" | "against";

export const DECISION_TEXTS = {
  carried: "Carried",
  notCarried: "Not carried",
  tied: "Tied – Chair's casting vote needed",
  carriedOnCastingVote: "Carried on the Chair's casting vote",
  notCarriedOnCastingVote: "Not carried on the Chair's casting vote",
  inquorate: "No decision – inquorate (ratify at next full meeting)",
} as const;
export type DecisionText = (typeof DECISION_TEXTS)[keyof typeof DECISION_TEXTS];

export interface Vote {
  votesFor: number;
  votesAgainst: number;
  /** Tenant members present. */
  present: number;
  /** Tenant membership on the meeting date. */
  membership: number;
  /** The Chair's casting vote, if given; only used on a tie (§9.4). */
  castingVote?: CastingVote;
}

/**
 * §9.3: decisions by simple majority of those present, provided the meeting is quorate (§7.2: an
 * inquorate meeting makes no decision; its recommendations are ratified at the next full meeting).
 * §9.4: the Chair votes only when a majority cannot be reached — a casting vote on a tie.
 */
export function decide(vote: Vote): DecisionText {
  requireWholeNumber(vote.votesFor, "Votes for");
  requireWholeNumber(vote.votesAgainst, "Votes against");
  if (vote.votesFor + vote.votesAgainst > vote.present) {
    throw new RuleInputError(
      `${vote.votesFor} for and ${vote.votesAgainst} against is more votes than the ${vote.present} members present: check the count.`
    );
  }
  if (!isQuorate(vote.membership, vote.present)) return DECISION_TEXTS.inquorate;
  if (vote.votesFor > vote.votesAgainst) return DECISION_TEXTS.carried;
  if (vote.votesFor < vote.votesAgainst) return DECISION_TEXTS.notCarried;
  if (vote.castingVote === "for") return DECISION_TEXTS.carriedOnCastingVote;
  if (vote.castingVote === "against") return DECISION_TEXTS.notCarriedOnCastingVote;
  return DECISION_TEXTS.tied;
}
