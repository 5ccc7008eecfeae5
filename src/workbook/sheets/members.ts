import { MEMBER_STATUSES } from "../../domain/members/status";
import { SheetDefinition } from "../definition";
import { GROUP_LIST, ROLE_LIST, YES_NO_LIST } from "./lists";

/** docs/workbook.md, Members. */
export const MEMBERS = {
  key: "members",
  name: "Members",
  aliases: ["Panel members", "Membership"],
  columns: [
    {
      key: "name",
      header: "Name",
      aliases: ["Member", "Member name"],
      required: true,
      kind: "text",
    },
    {
      key: "group",
      header: "Group",
      aliases: ["Membership group"],
      required: true,
      kind: "choice",
      list: GROUP_LIST,
    },
    { key: "role", header: "Role", kind: "choice", list: ROLE_LIST },
    { key: "startDate", header: "Start date", aliases: ["Started", "Date joined"], kind: "date" },
    { key: "termEnd", header: "Term end", aliases: ["Term ends"], kind: "date" },
    {
      key: "training",
      header: "Training %",
      aliases: ["Training", "Training done"],
      kind: "percent",
    },
    { key: "tenant", header: "Tenant", kind: "yesNo", list: YES_NO_LIST },
    { key: "evictionOrAsbo", header: "Eviction or ASBO", kind: "yesNo", list: YES_NO_LIST },
    {
      key: "employeeOrCouncillor",
      header: "Employee or councillor",
      kind: "yesNo",
      list: YES_NO_LIST,
    },
    { key: "legalDispute", header: "Legal dispute", kind: "yesNo", list: YES_NO_LIST },
    {
      key: "tenantsForumMember",
      header: "Tenants' Forum member",
      kind: "yesNo",
      list: YES_NO_LIST,
    },
    {
      key: "silverServiceForumMember",
      header: "Silver Service Forum member",
      kind: "yesNo",
      list: YES_NO_LIST,
    },
    { key: "ageBand", header: "Age band", kind: "text" },
    { key: "ethnicity", header: "Ethnicity", kind: "text" },
    { key: "status", header: "Status", kind: "choice", owned: true, list: MEMBER_STATUSES },
    // Each reason the scan gives ends with its clause (engine/members.ts), so the joined text does too.
    { key: "reason", header: "Reason", kind: "text", owned: true, written: /\(§\d+(\.\d+)*\)$/ },
  ],
} as const satisfies SheetDefinition;
