// A named import of one field: esbuild (tsup) inlines just the string into dist, vitest and tsx read the
// file, and no JSON import attribute is needed in either.
import { version } from '../../package.json';

/**
 * The version of `@receivables/cli`, as `receivables --version` prints it: read from the package's own
 * `package.json` when the command is built, so the two never differ.
 *
 * @internal
 */
export const cliVersion: string = version;
