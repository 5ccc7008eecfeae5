/**
 * The Regulator of Social Housing's 22 Tenant Satisfaction Measures, as catalogue entries (see catalogue.ts for the decisions).
 */
import { COMPLAINTS, FEEDBACK, NEIGHBOURHOOD, REPAIRS, tsm } from "./catalogueEntries";
import { KnownIndicator } from "./types";

/**
 * Tenant perception measures (TSM Technical requirements, "Tenant perception measures"): each is the
 * proportion of survey respondents satisfied (TP08: agreeing), so `%` and higher is better. The long
 * aliases are the Regulator's definitions ("Proportion of respondents who …"), which landlords often
 * publish in place of the short title.
 */
export const TENANT_PERCEPTION_MEASURES: KnownIndicator[] = [
  tsm("TP01", "Overall satisfaction", FEEDBACK, "higher", "%", [
    "Overall satisfaction with the service provided",
    "Overall satisfaction with service provided",
    "Satisfaction with the overall service",
    "Overall tenant satisfaction",
    "Proportion of respondents who report that they are satisfied with the overall service from their landlord",
  ]),
  tsm("TP02", "Satisfaction with repairs", REPAIRS, "higher", "%", [
    "Satisfaction with the overall repairs service",
    "Satisfaction with overall repairs service",
    "Satisfaction with the repairs service",
    "Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the overall repairs service",
  ]),
  tsm(
    "TP03",
    "Satisfaction with time taken to complete most recent repair",
    REPAIRS,
    "higher",
    "%",
    [
      "Satisfaction with the time taken to complete the most recent repair",
      "Satisfaction with the time taken to complete most recent repair",
      "Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the time taken to complete their most recent repair",
    ]
  ),
  tsm("TP04", "Satisfaction that the home is well maintained", REPAIRS, "higher", "%", [
    "Satisfaction that their home is well maintained",
    "Proportion of respondents who report that they are satisfied that their home is well maintained",
  ]),
  tsm("TP05", "Satisfaction that the home is safe", REPAIRS, "higher", "%", [
    "Satisfaction that their home is safe",
    "Proportion of respondents who report that they are satisfied that their home is safe",
  ]),
  tsm(
    "TP06",
    "Satisfaction that the landlord listens to tenant views and acts upon them",
    FEEDBACK,
    "higher",
    "%",
    [
      "Satisfaction that the landlord listens to tenants' views and acts upon them",
      "Proportion of respondents who report that they are satisfied that their landlord listens to tenant views and acts upon them",
    ]
  ),
  tsm(
    "TP07",
    "Satisfaction that the landlord keeps tenants informed about things that matter to them",
    FEEDBACK,
    "higher",
    "%",
    [
      "Satisfaction that the landlord keeps tenants informed",
      "Proportion of respondents who report that they are satisfied that their landlord keeps them informed about things that matter to them",
    ]
  ),
  tsm(
    "TP08",
    "Agreement that the landlord treats tenants fairly and with respect",
    FEEDBACK,
    "higher",
    "%",
    [
      "Agreement that the landlord treats tenants fairly and respectfully",
      "Proportion of respondents who report that they agree their landlord treats them fairly and with respect",
    ]
  ),
  tsm(
    "TP09",
    "Satisfaction with the landlord's approach to handling complaints",
    COMPLAINTS,
    "higher",
    "%",
    [
      "Satisfaction with the landlord's approach to complaints handling",
      "Satisfaction with the landlord's approach to handling of complaints",
      "Satisfaction with complaints handling",
      "Proportion of respondents who report making a complaint in the last 12 months who are satisfied with their landlord's approach to complaints handling",
    ]
  ),
  tsm(
    "TP10",
    "Satisfaction that the landlord keeps communal areas clean and well maintained",
    NEIGHBOURHOOD,
    "higher",
    "%",
    [
      "Satisfaction that communal areas are clean and well maintained",
      "Proportion of respondents with communal areas who report that they are satisfied that their landlord keeps communal areas clean and well maintained",
    ]
  ),
  tsm(
    "TP11",
    "Satisfaction that the landlord makes a positive contribution to neighbourhoods",
    NEIGHBOURHOOD,
    "higher",
    "%",
    [
      "Satisfaction that the landlord makes a positive contribution to the neighbourhood",
      "Satisfaction that the landlord makes a positive contribution to neighbourhood",
      "Proportion of respondents who report that they are satisfied that their landlord makes a positive contribution to their neighbourhood",
    ]
  ),
  tsm(
    "TP12",
    "Satisfaction with the landlord's approach to handling anti-social behaviour",
    NEIGHBOURHOOD,
    "higher",
    "%",
    [
      "Satisfaction with the landlord's approach to handling ASB",
      "Satisfaction with the landlord's approach to anti-social behaviour",
      "Proportion of respondents who report that they are satisfied with their landlord's approach to handling anti-social behaviour",
    ]
  ),
];

/** Management information measures (TSM Technical requirements, "TSMs generated from management information"). */
export const MANAGEMENT_INFORMATION_MEASURES: KnownIndicator[] = [
  // RP01: the proportion of homes that do not meet the Decent Homes Standard; fewer is better.
  tsm("RP01", "Homes that do not meet the Decent Homes Standard", REPAIRS, "lower", "%", [
    "Homes not meeting the Decent Homes Standard",
    "Properties not meeting the Decent Homes Standard",
    "Dwellings not meeting the Decent Homes Standard",
    "Non-decent homes",
  ]),
  // RP02: responsive repairs completed within the landlord's own target timescale, in two parts.
  tsm("RP02", "Repairs completed within target timescale", REPAIRS, "higher", "%", [
    "Repairs completed within target timescales",
    "Responsive repairs completed within target timescale",
    "Repairs completed within target",
    "Repairs completed within target time",
  ]),
  tsm(
    "RP02(1)",
    "Non-emergency repairs completed within target timescale",
    REPAIRS,
    "higher",
    "%",
    [
      "Non-emergency responsive repairs completed within target timescale",
      "Proportion of non-emergency responsive repairs completed within the landlord's target timescale",
    ]
  ),
  tsm("RP02(2)", "Emergency repairs completed within target timescale", REPAIRS, "higher", "%", [
    "Emergency responsive repairs completed within target timescale",
    "Proportion of emergency responsive repairs completed within the landlord's target timescale",
  ]),
  // BS01–BS05: the proportion of homes for which all required checks have been carried out; more is better.
  tsm("BS01", "Gas safety checks", REPAIRS, "higher", "%", [
    "Proportion of homes for which all required gas safety checks have been carried out",
  ]),
  tsm("BS02", "Fire safety checks", REPAIRS, "higher", "%", [
    "Proportion of homes for which all required fire risk assessments have been carried out",
  ]),
  tsm("BS03", "Asbestos safety checks", REPAIRS, "higher", "%", [
    "Proportion of homes for which all required asbestos management surveys or re-inspections have been carried out",
  ]),
  tsm("BS04", "Water safety checks", REPAIRS, "higher", "%", [
    "Proportion of homes for which all required legionella risk assessments have been carried out",
  ]),
  tsm("BS05", "Lift safety checks", REPAIRS, "higher", "%", [
    "Proportion of homes for which all required communal passenger lift safety checks have been carried out",
  ]),
  // CH01: complaints received per 1,000 homes. Context only (docs/rules.md): landlords disagree whether more
  // recorded complaints is good (easier to complain) or bad, so it is shown with its trend, never rated.
  tsm(
    "CH01",
    "Complaints relative to the size of the landlord",
    COMPLAINTS,
    "context",
    "per 1,000 homes",
    ["Complaints per 1,000 homes", "Complaints received per 1,000 homes"]
  ),
  tsm(
    "CH01(1)",
    "Stage one complaints received per 1,000 homes",
    COMPLAINTS,
    "context",
    "per 1,000 homes",
    [
      "Stage 1 complaints received per 1,000 homes",
      "Stage one complaints per 1,000 homes",
      "Stage 1 complaints per 1,000 homes",
      "Stage one complaints relative to the size of the landlord",
      "Stage 1 complaints relative to the size of the landlord",
      "Number of stage one complaints received per 1,000 homes",
    ]
  ),
  tsm(
    "CH01(2)",
    "Stage two complaints received per 1,000 homes",
    COMPLAINTS,
    "context",
    "per 1,000 homes",
    [
      "Stage 2 complaints received per 1,000 homes",
      "Stage two complaints per 1,000 homes",
      "Stage 2 complaints per 1,000 homes",
      "Stage two complaints relative to the size of the landlord",
      "Stage 2 complaints relative to the size of the landlord",
      "Number of stage two complaints received per 1,000 homes",
    ]
  ),
  // CH02: complaints responded to within the Housing Ombudsman's Complaint Handling Code timescales; more is better.
  tsm(
    "CH02",
    "Complaints responded to within Complaint Handling Code timescales",
    COMPLAINTS,
    "higher",
    "%",
    ["Complaints responded to within the Complaint Handling Code timescales"]
  ),
  tsm(
    "CH02(1)",
    "Stage one complaints responded to within Complaint Handling Code timescales",
    COMPLAINTS,
    "higher",
    "%",
    [
      "Stage 1 complaints responded to within Complaint Handling Code timescales",
      "Stage one complaints responded to within the Complaint Handling Code timescales",
      "Stage 1 complaints responded to within the Complaint Handling Code timescales",
      "Proportion of stage one complaints responded to within the Housing Ombudsman's Complaint Handling Code timescales",
    ]
  ),
  tsm(
    "CH02(2)",
    "Stage two complaints responded to within Complaint Handling Code timescales",
    COMPLAINTS,
    "higher",
    "%",
    [
      "Stage 2 complaints responded to within Complaint Handling Code timescales",
      "Stage two complaints responded to within the Complaint Handling Code timescales",
      "Stage 2 complaints responded to within the Complaint Handling Code timescales",
      "Proportion of stage two complaints responded to within the Housing Ombudsman's Complaint Handling Code timescales",
    ]
  ),
  // NM01: anti-social behaviour cases opened per 1,000 homes. Context only, as CH01 (docs/rules.md).
  tsm(
    "NM01",
    "Anti-social behaviour cases relative to the size of the landlord",
    NEIGHBOURHOOD,
    "context",
    "per 1,000 homes",
    ["ASB cases relative to the size of the landlord"]
  ),
  tsm(
    "NM01(1)",
    "Anti-social behaviour cases opened per 1,000 homes",
    NEIGHBOURHOOD,
    "context",
    "per 1,000 homes",
    [
      "Anti-social behaviour cases per 1,000 homes",
      "ASB cases opened per 1,000 homes",
      "ASB cases per 1,000 homes",
      "Number of anti-social behaviour cases opened per 1,000 homes",
    ]
  ),
  tsm(
    "NM01(2)",
    "Anti-social behaviour cases that involve hate incidents opened per 1,000 homes",
    NEIGHBOURHOOD,
    "context",
    "per 1,000 homes",
    [
      "Anti-social behaviour cases involving hate incidents per 1,000 homes",
      "ASB cases that involve hate incidents opened per 1,000 homes",
      "ASB cases involving hate incidents per 1,000 homes",
      "Hate incidents per 1,000 homes",
      "Number of anti-social behaviour cases that involve hate incidents opened per 1,000 homes",
    ]
  ),
];
