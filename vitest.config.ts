import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `vitest run --mode long` (npm run test:long) runs every property, differential and
// fuzz test with its full number of cases; `npm test` runs a shorter prefix of the
// same cases (test/helpers/test-level.ts).
//
// One worker per core (vitest's default leaves one core free: on two cores, one worker),
// and test files share their worker's process (isolate: false), so the source modules are
// imported once a worker rather than once a file. A test that changes the process's state
// (environment variables, spies) gives it back: vi.stubEnv with vi.unstubAllEnvs,
// vi.spyOn with vi.restoreAllMocks.
export default defineConfig(({ mode }) => {
  // CI sets PLANVERK_TEST_LONG=1 on `npm test` instead of passing --mode long.
  const long = mode === 'long' || process.env.PLANVERK_TEST_LONG === '1';
  return {
    test: {
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      globalSetup: ['test/global-setup.ts'],
      // The full runs take several times longer per test than the short ones.
      testTimeout: long ? 300_000 : 60_000,
      hookTimeout: 120_000,
      maxWorkers: availableParallelism(),
      isolate: false,
      env: long ? { PLANVERK_TEST_LONG: '1' } : {},
    },
  };
});
