/**
 * A member's Status on the Members sheet (docs/workbook.md): the first of these that applies, in this order.
 */
export const MEMBER_STATUSES = [
  "Not eligible",
  "Lapsed",
  "Term ended",
  "Training incomplete",
  "At risk of lapse",
  "Active",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface MemberFindings {
  /** Failed §4.2 criteria; empty when eligible. */
  failedCriteria: string[];
  lapsed: boolean;
  termEnded: boolean;
  trainingIncomplete: boolean;
  atRiskOfLapse: boolean;
}

export function memberStatus(findings: MemberFindings): MemberStatus {
  if (findings.failedCriteria.length > 0) return "Not eligible";
  if (findings.lapsed) return "Lapsed";
  if (findings.termEnded) return "Term ended";
  if (findings.trainingIncomplete) return "Training incomplete";
  if (findings.atRiskOfLapse) return "At risk of lapse";
  return "Active";
}
