/**
 * The groups a panel member belongs to (§4.1, §6) and which of them make up the tenant membership.
 */
export const MEMBER_GROUPS = [
  "Tenants' Forum",
  "Silver Service Forum",
  "General",
  "Deputy",
  "Co-optee",
] as const;
export type MemberGroup = (typeof MEMBER_GROUPS)[number];

/**
 * §4.1 and §7.7: the tenant membership is the Tenants' Forum, Silver Service Forum and general members.
 * Deputies (recruited for continuity, §4.1), co-optees (non-voting, §6.1) and officers (§7.7) never count.
 */
export function isTenantMember(group: MemberGroup): boolean {
  return group === "Tenants' Forum" || group === "Silver Service Forum" || group === "General";
}

const GROUP_WORDS: Record<string, MemberGroup> = {
  "tenants forum": "Tenants' Forum",
  tf: "Tenants' Forum",
  "silver service forum": "Silver Service Forum",
  "silver service": "Silver Service Forum",
  ssf: "Silver Service Forum",
  general: "General",
  "general member": "General",
  deputy: "Deputy",
  "co-optee": "Co-optee",
  cooptee: "Co-optee",
  "co-opted": "Co-optee",
};

/** Reads a Group cell: the names above, ignoring case, apostrophes and extra spaces; TF and SSF too. */
export function parseMemberGroup(text: string): MemberGroup | undefined {
  const key = text.trim().toLowerCase().replace(/[’']/g, "").replace(/\s+/g, " ");
  return GROUP_WORDS[key];
}
