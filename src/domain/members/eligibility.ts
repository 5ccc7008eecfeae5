/** A member's answers to the §4.2 criteria (the Y/N columns of the Members sheet). */
export interface EligibilityAnswers {
  tenant: boolean;
  evictionOrAsbo: boolean;
  employeeOrCouncillor: boolean;
  legalDispute: boolean;
  tenantsForumMember: boolean;
  silverServiceForumMember: boolean;
}

/** The harmless answer to every question: what a blank Y/N cell reads as (docs/workbook.md). */
export const HARMLESS_ANSWERS: EligibilityAnswers = {
  tenant: true,
  evictionOrAsbo: false,
  employeeOrCouncillor: false,
  legalDispute: false,
  tenantsForumMember: false,
  silverServiceForumMember: false,
};

/**
 * §4.2: every criterion the member fails (not just the first), each with its clause; empty when eligible.
 */
export function failedEligibilityCriteria(answers: EligibilityAnswers): string[] {
  const failed: string[] = [];
  if (!answers.tenant) failed.push("not a tenant of the council (§4.2)");
  if (answers.evictionOrAsbo)
    failed.push("has a current eviction application or anti-social behaviour order (§4.2)");
  if (answers.employeeOrCouncillor)
    failed.push("employed by Landlord Services or an elected member of the council (§4.2)");
  if (answers.legalDispute) failed.push("in legal action or a dispute with the council (§4.2)");
  if (answers.tenantsForumMember && answers.silverServiceForumMember) {
    failed.push("a member of both the Tenants' Forum and the Silver Service Forum (§4.2)");
  }
  return failed;
}

/** `Eligible`, or `Not eligible: ` and every failed criterion, as TOSP.ELIGIBLE shows it. */
export function describeEligibility(answers: EligibilityAnswers): string {
  const failed = failedEligibilityCriteria(answers);
  return failed.length === 0 ? "Eligible" : `Not eligible: ${failed.join("; ")}`;
}
