import quantile from "@stdlib/stats-base-dists-normal-quantile";
import { requireWholeNumber, RuleInputError } from "../errors";

/**
 * Oxford report ¶21: 636 responses from 8,367 households give a maximum standard error of 3.7% at 95%
 * confidence. Margin of error at confidence c for n responses from a population of N, worst case
 * p = 0.5, with the finite population correction:
 *   z(c) × sqrt(p(1−p)/n) × sqrt((N−n)/(N−1))
 * Returned as a fraction (0.0374 for 636 of 8,367 at 95%).
 */
export function surveyMargin(responses: number, population: number, confidence = 0.95): number {
  requireWholeNumber(responses, "Responses", 1);
  requireWholeNumber(population, "The population (households surveyed from)", 2);
  if (responses > population) {
    throw new RuleInputError(
      `${responses} responses is more than the population of ${population}: check the two numbers.`
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RuleInputError(
      `Confidence must be between 0 and 1 (0.95) or a percentage (95%); got ${confidence}.`
    );
  }
  const z = quantile(1 - (1 - confidence) / 2, 0, 1);
  const p = 0.5;
  return (
    z *
    Math.sqrt((p * (1 - p)) / responses) *
    Math.sqrt((population - responses) / (population - 1))
  );
}
