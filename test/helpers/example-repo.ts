import { fileURLToPath } from 'node:url';
import { checkRepository, type CheckResult } from '../../src/check/check-repository.js';
import { loadRepository } from '../../src/workspace/load-repository.js';

/** The folder of the complete example repository. */
export const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker', import.meta.url));

let cached: CheckResult | undefined;

/** The example repository, loaded and checked (once per test file; treat it as read-only). */
export function loadExample(): CheckResult {
  cached ??= checkRepository(loadRepository(EXAMPLE));
  return cached;
}
