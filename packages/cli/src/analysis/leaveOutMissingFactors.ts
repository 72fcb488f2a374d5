import { createScorecard, type Scorecard } from '@receivables/credit-scoring';

const variants = new WeakMap<Scorecard, Scorecard | null>();

/**
 * The same scorecard with every factor whose missing-value policy is `reject` turned `neutral`, so an
 * applicant lacking those values is scored on the others (their weights drop out). `null` when the
 * scorecard cannot be rebuilt from its definition alone (custom factors or conditions written in code).
 * Built once per scorecard.
 *
 * @internal
 */
export function leaveOutMissingFactors(scorecard: Scorecard): Scorecard | null {
  const known = variants.get(scorecard);
  if (known !== undefined) return known;
  const definition = scorecard.definition;
  let variant: Scorecard | null;
  try {
    variant = createScorecard({
      ...definition,
      id: definition.id,
      factors: definition.factors.map((factor) =>
        (factor.missing ?? 'reject') === 'reject' ? { ...factor, missing: 'neutral' } : factor,
      ),
    });
  } catch {
    // Custom factors and conditions live in code that the definition does not carry.
    variant = null;
  }
  variants.set(scorecard, variant);
  return variant;
}
