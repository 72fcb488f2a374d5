/** A JSON Schema node, as the suite's schema exports produce them (draft 2020-12). */
export type JsonSchemaNode = Readonly<Record<string, unknown>>;

/** A document type the file-format reference describes: one page of docs/reference. */
export interface ReferenceDocument {
  /** The page's file name in docs/reference, e.g. `reminder-policy.md`. */
  readonly file: string;
  /** The page title, e.g. `Reminder policy file`. */
  readonly title: string;
  /** One line for the index page. */
  readonly summary: string;
  /** Markdown paragraphs under the title. */
  readonly introduction: string;
  /** A small table of facts under the introduction: label, then Markdown. */
  readonly facts: readonly (readonly [label: string, markdown: string])[];
  /** The published JSON Schema of the document. */
  readonly schema: JsonSchemaNode;
  /** The exported TypeScript type whose TSDoc describes the fields the schema leaves undescribed. */
  readonly type?: { readonly package: string; readonly name: string };
  /** Sub-schemas described on another page, by field path (e.g. `invoices[]`): linked, not expanded. */
  readonly linkedPaths?: Readonly<Record<string, { readonly file: string; readonly title: string }>>;
  /** Rules across fields that a JSON Schema cannot express, checked when the document is parsed. */
  readonly rules?: readonly string[];
  /** A complete, valid example, printed as JSON at the end of the page. */
  readonly example?: { readonly title: string; readonly introduction: string; readonly value: unknown };
}
