import { defineConfig } from 'vitest/config';

// `vitest run --mode long` (npm run test:long) runs every property, differential and
// fuzz test with its full number of cases; `npm test` runs a shorter prefix of the
// same cases (test/helpers/test-level.ts).
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: mode === 'long' ? { PLANVERK_TEST_LONG: '1' } : {},
  },
}));
