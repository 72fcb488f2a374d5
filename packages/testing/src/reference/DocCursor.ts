/** Where the descriptions and defaults of fields come from when the schema has none: the TSDoc of a type. */
export interface DocCursor {
  /** The TSDoc summary of the field (or of its declared type when the field has none). */
  readonly description?: string;
  /** The field's `@defaultValue`. */
  readonly defaultValue?: string;
  /** The values the TypeScript type allows when it is a union of literals (`'phone' | 'email'`). */
  readonly literals?: readonly (string | number)[];
  /** The cursor of a property of this object. */
  readonly property: (name: string) => DocCursor | undefined;
  /** The cursor of the items of this array. */
  readonly items: () => DocCursor | undefined;
  /** The cursor of the values of this map (record). */
  readonly values: () => DocCursor | undefined;
  /** The cursor of the union member whose `discriminator` property is `value`, or that has `names`. */
  readonly variant: (
    names: readonly string[],
    discriminator?: { name: string; value: unknown },
  ) => DocCursor | undefined;
}
