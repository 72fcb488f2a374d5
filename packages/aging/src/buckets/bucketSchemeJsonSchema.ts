import { deepFreeze } from '@receivables/core';
import * as z from 'zod';
import { bucketsShapeSchema } from '../_internals/bucketsShapeSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a bucket scheme file, for editors to validate and autocomplete
 * schemes kept as data. It describes the shape (ids, labels in `en` and `zh-CN`, integer bounds, no
 * unknown keys); the rules across buckets (contiguous, no overlap, unique ids) are checked by
 * `createBucketScheme`. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { bucketSchemeJsonSchema } from '@receivables/aging';
 *
 * console.log(Object.keys(bucketSchemeJsonSchema.properties as object)); // ["id","unit","buckets"]
 * ```
 */
export const bucketSchemeJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(bucketsShapeSchema, { io: 'input' }),
);
