import type { BandsFactor } from './BandsFactor.ts';
import type { CategoriesFactor } from './CategoriesFactor.ts';
import type { CustomFactorReference } from './CustomFactorReference.ts';
import type { LinearFactor } from './LinearFactor.ts';

/** One factor of a scorecard definition, by kind. */
export type FactorDefinition = BandsFactor | CategoriesFactor | LinearFactor | CustomFactorReference;
