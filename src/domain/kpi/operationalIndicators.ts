/**
 * The common operational KPIs of council housing, as catalogue entries with the add-in's own codes.
 */
import { COMPLAINTS, NEIGHBOURHOOD, operational, RENT, REPAIRS, VOIDS } from "./catalogueEntries";
import { KnownIndicator } from "./types";

/**
 * The common operational KPIs of council housing, with the names officers write. Where a KPI is kept both
 * as a % of rent due and in £, the two are separate entries; a bare name such as "Current tenant arrears"
 * is then ambiguous and deliberately matches neither (write the unit: "Current tenant arrears (£)").
 */
export const OPERATIONAL_INDICATORS: KnownIndicator[] = [
  // Rent charging and recovery
  operational("RENT-COLLECTED", "Rent collected as % of rent due", RENT, "higher", "%", [
    "Rent collected",
    "Rent collection",
    "Rent collection rate",
    "Rent collected as a percentage of rent due",
    "Rent collected as % of rent debit",
    "Rent collected as a percentage of rent debit",
  ]),
  operational(
    "CURRENT-ARREARS-PCT",
    "Current tenant arrears as % of rent due",
    RENT,
    "lower",
    "%",
    [
      "Current tenant arrears as a percentage of rent due",
      "Current tenant arrears as % of rent debit",
      "Current tenant arrears as a percentage of rent debit",
      "Current arrears as % of rent due",
      "Current tenant arrears (%)",
      "Current arrears (%)",
      "Current rent arrears (%)",
    ]
  ),
  operational("CURRENT-ARREARS-GBP", "Current tenant arrears (£)", RENT, "lower", "£", [
    "Current arrears (£)",
    "Current rent arrears (£)",
    "Value of current tenant arrears",
  ]),
  operational("FORMER-ARREARS-PCT", "Former tenant arrears as % of rent due", RENT, "lower", "%", [
    "Former tenant arrears as a percentage of rent due",
    "Former tenant arrears as % of rent debit",
    "Former tenant arrears as a percentage of rent debit",
    "Former tenant arrears (%)",
    "Former arrears (%)",
  ]),
  operational("FORMER-ARREARS-GBP", "Former tenant arrears (£)", RENT, "lower", "£", [
    "Former arrears (£)",
    "Value of former tenant arrears",
  ]),
  operational("EVICTIONS-ARREARS", "Evictions for rent arrears", RENT, "lower", "count", [
    "Evictions due to rent arrears",
    "Number of evictions for rent arrears",
    "Tenants evicted for rent arrears",
    "Evictions for non-payment of rent",
  ]),
  // Voids and lettings
  operational("RELET-TIME", "Average re-let time", VOIDS, "lower", "days", [
    "Average void turnaround",
    "Average void turnaround time",
    "Average days to re-let",
    "Average days to re-let a home",
    "Average time to re-let empty homes",
    "Re-let time",
    "Void turnaround time",
  ]),
  operational("VOID-RENT-LOSS", "Rent lost on empty homes as % of rent due", VOIDS, "lower", "%", [
    "Rent loss on empty homes",
    "Rent lost on empty homes",
    "Rent lost through empty homes",
    "Rent loss on empty homes as % of rent due",
    "Void rent loss",
    "Void rent loss as % of rent due",
    "Rent loss due to voids",
  ]),
  operational("EMPTY-HOMES", "Number of empty homes", VOIDS, "lower", "count", [
    "Empty homes",
    "Number of empty properties",
    "Empty properties",
    "Number of void properties",
    "Void properties",
    "Number of voids",
    "Voids",
  ]),
  // Repairs and maintenance
  operational("REPAIRS-FIRST-TIME", "Repairs completed right first time", REPAIRS, "higher", "%", [
    "Repairs completed at first visit",
    "Repairs completed on first visit",
    "Repairs right first time",
    "Right first time",
    "First time fix",
    "First time fix rate",
  ]),
  operational(
    "EMERGENCY-REPAIRS",
    "Emergency repairs completed within target",
    REPAIRS,
    "higher",
    "%",
    [
      "Emergency repairs completed within target time",
      "Emergency repairs completed in time",
      "Emergency repairs completed on time",
      "Emergency repairs within target",
      "Emergency repairs completed within 24 hours",
    ]
  ),
  operational(
    "ROUTINE-REPAIRS",
    "Non-emergency repairs completed within target",
    REPAIRS,
    "higher",
    "%",
    [
      "Non-emergency repairs completed within target time",
      "Non-emergency repairs completed in time",
      "Non-emergency repairs completed on time",
      "Non-emergency repairs within target",
      "Routine repairs completed within target",
      "Routine repairs completed within target time",
      "Routine repairs completed in time",
      "Routine repairs completed on time",
      "Routine repairs within target",
    ]
  ),
  operational(
    "ROUTINE-REPAIR-DAYS",
    "Average days to complete a routine repair",
    REPAIRS,
    "lower",
    "days",
    [
      "Average days to complete routine repairs",
      "Average time to complete a routine repair",
      "Average time to complete routine repairs",
      "Average number of days to complete a routine repair",
      "Average routine repair time",
      "Average days to complete non-emergency repairs",
      "Average time to complete non-emergency repairs",
    ]
  ),
  operational("APPOINTMENTS-KEPT", "Repair appointments made and kept", REPAIRS, "higher", "%", [
    "Appointments made and kept",
    "Appointments kept",
    "Repair appointments kept",
    "Repairs appointments kept",
    "Appointments kept as % of appointments made",
  ]),
  operational(
    "GAS-SAFETY",
    "Properties with a valid gas safety certificate",
    REPAIRS,
    "higher",
    "%",
    [
      "Homes with a valid gas safety certificate",
      "Properties with a valid LGSR",
      "Properties with a valid landlord gas safety record",
      "Properties with a valid gas safety record",
      "Valid gas safety certificates",
      "Gas safety certificates",
      "Gas safety compliance",
      "LGSR compliance",
    ]
  ),
  // Complaints. Housing Ombudsman's Complaint Handling Code (statutory from 1 April 2024): a stage 1
  // response within 10 working days, a stage 2 response within 20 working days, of acknowledging it.
  operational(
    "COMPLAINTS-STAGE1",
    "Stage 1 complaints responded to within 10 working days",
    COMPLAINTS,
    "higher",
    "%",
    [
      "Stage 1 complaints answered within 10 working days",
      "Stage one complaints responded to within 10 working days",
      "Stage one complaints answered within 10 working days",
      "Stage 1 complaints within 10 working days",
      "Complaints responded to within 10 working days",
      "Complaints answered within 10 working days",
      "Complaint responses within 10 working days",
    ]
  ),
  operational(
    "COMPLAINTS-STAGE2",
    "Stage 2 complaints responded to within 20 working days",
    COMPLAINTS,
    "higher",
    "%",
    [
      "Stage 2 complaints answered within 20 working days",
      "Stage two complaints responded to within 20 working days",
      "Stage two complaints answered within 20 working days",
      "Stage 2 complaints within 20 working days",
      "Complaints responded to within 20 working days",
      "Complaints answered within 20 working days",
      "Complaint responses within 20 working days",
    ]
  ),
  // Neighbourhood management
  operational("ASB-RESOLVED", "ASB cases resolved", NEIGHBOURHOOD, "higher", "%", [
    "Anti-social behaviour cases resolved",
    "ASB cases successfully resolved",
    "Anti-social behaviour cases successfully resolved",
  ]),
  operational("TENANCY-SUSTAINMENT", "Tenancy sustainment", NEIGHBOURHOOD, "higher", "%", [
    "Tenancy sustainment rate",
    "Tenancies sustained",
    "New tenancies sustained for 12 months",
    "Tenancies sustained after 12 months",
  ]),
];
