/**
 * Reads a raw JSON-like value as an object, for checks that run before (or despite) the shape check.
 *
 * @internal
 */
export function scorecardsRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Reads a raw JSON-like value as an array, empty when it is not one.
 *
 * @internal
 */
export function scorecardsArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A finite number, or `undefined` for anything else.
 *
 * @internal
 */
export function scorecardsNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Reports one problem found in a definition: a stable snake_case code, a sentence, the value, its path.
 *
 * @internal
 */
export type ScorecardsReport = (
  code: string,
  message: string,
  input: unknown,
  path: readonly (string | number)[],
) => void;
