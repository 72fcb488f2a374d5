import type { BundleContributor } from './contributorsOf.ts';

/** The measured size of one bundle. */
export interface BundleSize {
  /** Minified bytes. */
  readonly minified: number;
  /** Minified, then gzipped (level 9) bytes. */
  readonly gzipped: number;
  /** The packages inside, largest first. */
  readonly contributors: readonly BundleContributor[];
  /** The minified code, for checks on what it contains. */
  readonly code: string;
}
