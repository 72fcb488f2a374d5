/** One field of an object in a reference page. */
export interface ReferenceField {
  /** The property name, or a placeholder such as `<currency>` for the keys of a map. */
  readonly name: string;
  /** The type in Markdown, with links to the sections of nested objects. */
  readonly type: string;
  readonly required: boolean;
  /** The value used when the field is left out, in Markdown. */
  readonly defaultValue?: string;
  /** Each constraint in Markdown, e.g. ``≥ 0`` or ``one of `a`, `b` ``. */
  readonly constraints: readonly string[];
  readonly description?: string;
}

/** One object of a document (the top level, a nested object, an array's items or one variant). */
export interface ReferenceSection {
  /** The heading: the object's path in the document, e.g. `preDue.leadDays` or `factors[]`. */
  readonly heading: string;
  /** The anchor of the heading in the page. */
  readonly anchor: string;
  readonly description?: string;
  readonly fields: readonly ReferenceField[];
  /** Whether fields other than those listed are refused (`additionalProperties: false`). */
  readonly closed: boolean;
}
