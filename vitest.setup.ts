import fc from 'fast-check';

/**
 * In CI every property runs with one fixed seed so a failure reproduces exactly; locally the seed is
 * random unless FC_SEED is set. fast-check prints the seed and the counterexample path on failure.
 */
const seedFromEnv = process.env.FC_SEED;
const seed = seedFromEnv !== undefined ? Number(seedFromEnv) : process.env.CI ? 20261122 : undefined;

fc.configureGlobal({
  ...(seed !== undefined ? { seed } : {}),
  numRuns: process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : 100,
  interruptAfterTimeLimit: 20_000,
  markInterruptAsFailure: true,
});
