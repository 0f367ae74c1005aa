/**
 * How many generated cases a property, differential or fuzz test runs: fewer in
 * `npm test` (so the suite stays within two minutes on two cores), the full number
 * in `npm run test:long` (vitest --mode long sets PLANVERK_TEST_LONG=1). The short
 * run takes the first cases of the same seeded sequence, so it checks a subset of
 * what the long run checks, never something else.
 */
export const LONG = process.env.PLANVERK_TEST_LONG === '1';

/** `short` cases in npm test, `long` in npm run test:long. */
export function cases(short: number, long: number): number {
  return LONG ? long : short;
}
