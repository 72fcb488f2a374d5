/**
 * A validator following Standard Schema v1 (standardschema.dev), the interface zod, valibot and arktype
 * schemas all carry under `'~standard'`. The suite takes any of them, or a hand-written one, where it
 * validates integrators' data. Validation must be synchronous. The types are copied from the standard,
 * as it asks, so that no library is needed to name them.
 */
export interface StandardSchema<Output = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
    ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/** What a {@link StandardSchema} answers: the parsed value, or the issues found. */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
      }>;
    };
