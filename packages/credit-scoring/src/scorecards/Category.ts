/** One category of a categorical factor and its points. */
export interface Category {
  readonly value: string | number | boolean;
  readonly points: number;
}
