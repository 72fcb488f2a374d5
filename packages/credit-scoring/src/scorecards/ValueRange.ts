/** The values a numeric input may take, bounds inclusive; a value outside is refused, not clamped. */
export interface ValueRange {
  readonly min?: number;
  readonly max?: number;
}
