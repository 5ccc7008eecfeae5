/**
 * docs/rules.md, "Tenant Satisfaction Measures: publication and benchmarks": a perception measure's survey
 * margin wider than the landlord's required accuracy (*setting*, default ±4 percentage points at 95%)
 * is reported. Kept apart from the publication check so that the settings (and the custom functions,
 * which read them) do not carry the indicator catalogue.
 */
export interface SurveyAccuracy {
  /** The widest margin of error allowed, in percentage points (±). */
  marginPoints: number;
  /** The confidence level it is stated at, in percent. */
  confidencePercent: number;
}

export const REQUIRED_SURVEY_ACCURACY: SurveyAccuracy = { marginPoints: 4, confidencePercent: 95 };
