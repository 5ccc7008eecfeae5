import { isQuorate, quorumNeeded } from "../domain/meetings/quorum";
import { plural } from "./figures";

/** The quorum as the marks stand (§7.2 over tenant members only, §7.7), for the line kept in view. */
export interface QuorumLine {
  /** Undefined when it cannot be worked out (no tenant members on the roll). */
  quorate?: boolean;
  /** "Quorate: 4 of 6 tenant members present (3 needed)". */
  headline: string;
  /** Who counts: "6 tenant members can vote; deputies and co-optees don't count towards quorum". */
  whoCounts: string;
}

/**
 * `present`: tenant members marked present; `membership`: tenant members on the roll; `othersPresent`:
 * deputies and co-optees marked present, who are on the list but never count.
 */
export function quorumLine(present: number, membership: number, othersPresent = 0): QuorumLine {
  const others =
    othersPresent === 0
      ? ""
      : ` (${othersPresent} marked present ${othersPresent === 1 ? "is a deputy or co-optee" : "are deputies or co-optees"})`;
  if (membership <= 0)
    return {
      headline: "Quorum cannot be worked out: no tenant members on the roll",
      whoCounts: `Deputies and co-optees don't count towards quorum${others}`,
    };
  const quorate = isQuorate(membership, present);
  const needed = quorumNeeded(membership);
  const counted = `${present} of ${plural(membership, "tenant member", "tenant members")} present`;
  return {
    quorate,
    headline: quorate
      ? `Quorate: ${counted} (${needed} needed)`
      : `Not quorate: ${counted}, ${needed} needed`,
    whoCounts: `${plural(membership, "tenant member", "tenant members")} can vote; deputies and co-optees don't count towards quorum${others}`,
  };
}
