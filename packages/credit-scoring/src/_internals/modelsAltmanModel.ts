import { describeValue, ReceivablesError } from '@receivables/core';
import type { AltmanModel } from '../models/altman/AltmanModel.ts';
import type { AltmanVariant } from '../models/altman/AltmanVariant.ts';
import { altmanModels } from '../models/altman/altmanModels.ts';

/**
 * The model of an Altman variant, or `INVALID_ARGUMENT` listing the variants that exist.
 *
 * @internal
 */
export function modelsAltmanModel(variant: AltmanVariant, api: string): AltmanModel {
  if (typeof variant === 'string' && Object.hasOwn(altmanModels, variant)) return altmanModels[variant];
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: variant ${describeValue(variant)} is not one of ${Object.keys(altmanModels).join(', ')}`,
    { details: { field: 'variant', value: describeValue(variant) } },
  );
}
