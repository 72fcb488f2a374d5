import { definePackageBuild } from '../../tsup.base.ts';

/**
 * The command runs on Node only: ESM, one entry for the library face, one for the `receivables` bin
 * and one per worker-thread script.
 */
export default definePackageBuild({
  entry: ['src/index.ts', 'src/bin.ts', 'src/stream/agingWorker.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
});
