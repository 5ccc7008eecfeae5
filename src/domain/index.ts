/**
 * The panel's rules (docs/rules.md) as pure functions: plain data in, plain data out, `asOf` passed in.
 * Every module the rest of the add-in uses is here; the KPI catalogue's tables
 * (kpi/catalogueEntries.ts, kpi/operationalIndicators.ts, kpi/tenantSatisfactionMeasures.ts) are read
 * through kpi/catalogue.ts.
 */
export * from "./errors";
export * from "./settings";
export * from "./calendar/days";
export * from "./calendar/bankHolidays";
export * from "./calendar/workingDays";
export * from "./calendar/panelYear";
export * from "./attendance/marks";
export * from "./attendance/lapse";
export * from "./meetings/quorum";
export * from "./meetings/decision";
export * from "./meetings/meetingsPerYear";
export * from "./meetings/notice";
export * from "./members/groups";
export * from "./members/chair";
export * from "./members/composition";
export * from "./members/eligibility";
export * from "./members/term";
export * from "./members/status";
export * from "./members/renewal";
export * from "./members/representation";
export * from "./involvement/interests";
export * from "./involvement/taskTeams";
export * from "./reviews/stages";
export * from "./reviews/deadlines";
export * from "./reviews/programme";
export * from "./reviews/triggerDecisions";
export * from "./kpi/types";
export * from "./kpi/status";
export * from "./kpi/polarity";
export * from "./kpi/triggers";
export * from "./complaints/themes";
export * from "./surveys/margin";
export * from "./surveys/accuracy";
export * from "./calendar/ukDates";
export * from "./answers";
export * from "./kpi/catalogue";
export * from "./calendar/londonTime";
export * from "./complaints/handlingCode";
export * from "./complaints/measures";
export * from "./hazards/awaabsLaw";
export * from "./hazards/scope";
export * from "./kpi/quartile";
export * from "./tsm/reportingPeriods";
export * from "./tsm/publicationCheck";
export * from "./settingSources";
