/**
 * docs/rules.md, "Statutory clocks since 2024": every figure is a *setting* with its source named in the
 * Settings sheet beside it, since a council may find a later revision of the source. One entry per
 * figure of settings.ts's statutory settings, by its path there (`complaintHandlingCode.stage1.
 * respondWorkingDays`); the Settings sheet shows `source` beside the value.
 */
export interface SettingSource {
  /** The setting's path in PanelSettings. */
  setting: string;
  /** What the figure is, in the panel's words (the Settings row's label can follow it). */
  figure: string;
  /** Where it comes from. */
  source: string;
}

const CODE = "Housing Ombudsman, Complaint Handling Code (statutory from 1 April 2024), section 6";
const AWAAB =
  "Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 (Awaab's Law)";
const TSM_TECHNICAL =
  "Regulator of Social Housing, Tenant Satisfaction Measures: Technical requirements";

export const STATUTORY_SETTING_SOURCES: readonly SettingSource[] = [
  {
    setting: "complaintHandlingCode.stage1.acknowledgeWorkingDays",
    figure: "Stage 1 acknowledgement (working days after receipt)",
    source: `${CODE}, 6.2`,
  },
  {
    setting: "complaintHandlingCode.stage1.respondWorkingDays",
    figure: "Stage 1 response (working days after acknowledgement)",
    source: `${CODE}, 6.3`,
  },
  {
    setting: "complaintHandlingCode.stage1.extensionWorkingDays",
    figure: "Stage 1 extension (most working days)",
    source: `${CODE}, 6.4`,
  },
  {
    setting: "complaintHandlingCode.stage2.acknowledgeWorkingDays",
    figure: "Stage 2 acknowledgement (working days after the request to escalate)",
    source: `${CODE}, 6.11`,
  },
  {
    setting: "complaintHandlingCode.stage2.respondWorkingDays",
    figure: "Stage 2 response (working days after acknowledgement)",
    source: `${CODE} (stage 2)`,
  },
  {
    setting: "complaintHandlingCode.stage2.extensionWorkingDays",
    figure: "Stage 2 extension (most working days)",
    source: `${CODE} (stage 2)`,
  },
  {
    setting: "ch02TargetPercent",
    figure: "CH02 target (% answered within the Code)",
    source:
      "The panel's own target (docs/rules.md default 95%); the Code expects every complaint answered in time",
  },
  {
    setting: "homesOwned",
    figure: "Homes owned (for CH01 per 1,000 homes)",
    source: `The council's own figure: relevant homes owned, as in its TSM return (${TSM_TECHNICAL}, CH01)`,
  },
  {
    setting: "tsmPeriods.yearStart",
    figure: "TSM reporting year starts (day/month)",
    source: `${TSM_TECHNICAL}: the reporting year runs 1 April to 31 March`,
  },
  {
    setting: "tsmPeriods.recentMonths",
    figure: "Recent months for computed complaint measures",
    source:
      "The panel's own choice (docs/rules.md default 3 months, as the complaints-theme trigger)",
  },
  {
    setting: "awaabsLaw.emergencyHours",
    figure: "Emergency hazard: investigate and make safe (hours)",
    source: `${AWAAB}: emergency hazards`,
  },
  {
    setting: "awaabsLaw.investigateWorkingDays",
    figure: "Significant hazard: investigate (working days after becoming aware)",
    source: `${AWAAB}: significant hazards, investigation`,
  },
  {
    setting: "awaabsLaw.summaryWorkingDays",
    figure: "Written summary to the tenant (working days after the investigation)",
    source: `${AWAAB}: written summary`,
  },
  {
    setting: "awaabsLaw.safetyWorkWorkingDays",
    figure: "Safety work begins (working days after the investigation)",
    source: `${AWAAB}: relevant safety work`,
  },
  {
    setting: "awaabsLaw.preventativeWorkWorkingDays",
    figure: "Preventative work begins (working days after the investigation)",
    source: `${AWAAB}: supplementary preventative work`,
  },
  {
    setting: "awaabsLaw.preventativeWorkWeeksWithReason",
    figure: "Preventative work begins where a reason is recorded (weeks)",
    source: `${AWAAB}: supplementary preventative work where not reasonably practicable sooner`,
  },
  {
    setting: "hazardTypesInScope",
    figure: "Hazard types in scope, each with its start date",
    source: `${AWAAB}: in force 27 October 2025 for damp and mould and for emergency hazards; later phases (2026, 2027) add types`,
  },
  {
    setting: "overdueClocksTrigger",
    figure: "Overdue complaints or hazards that trigger a review",
    source:
      "The panel's own threshold (docs/rules.md default 3), under §11.2's Customer complaints trigger",
  },
  {
    setting: "surveyAccuracy.marginPoints",
    figure: "TSM survey: widest margin of error (± percentage points)",
    source:
      "Regulator of Social Housing, Tenant Satisfaction Measures: Tenant survey requirements (the accuracy required depends on the number of homes; docs/rules.md default ±4)",
  },
  {
    setting: "surveyAccuracy.confidencePercent",
    figure: "TSM survey: confidence level (%)",
    source:
      "Regulator of Social Housing, Tenant Satisfaction Measures: Tenant survey requirements (95%)",
  },
  {
    setting: "benchmarkTrigger",
    figure: "Benchmark trigger (Off, Bottom quartile or Below median)",
    source:
      "The panel's own choice (docs/rules.md default Bottom quartile), against the quartiles on the Benchmarks sheet",
  },
];
