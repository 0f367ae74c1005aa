import type fc from 'fast-check';

/** The seed used in CI, so every run checks the same cases; set FC_SEED to explore others. */
export const DEFAULT_SEED = 20_261_126;

/**
 * fast-check parameters: a fixed seed unless FC_SEED is set, FC_RUNS to change the
 * number of cases, and FC_PATH (printed by fast-check on a failure) to replay one.
 */
export function fcParams<T>(defaultRuns: number): fc.Parameters<T> {
  const env = process.env;
  const params: fc.Parameters<T> = {
    seed: env.FC_SEED ? Number(env.FC_SEED) : DEFAULT_SEED,
    numRuns: env.FC_RUNS ? Number(env.FC_RUNS) : defaultRuns,
  };
  if (env.FC_PATH) params.path = env.FC_PATH;
  return params;
}
