import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark generator is plain JavaScript
import { generateCorpus } from '../../bench/generate.mjs';
import { planHere } from '../helpers/plan-here.js';
import { cases } from '../helpers/test-level.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * `plan validate` with and without PLANVERK_SLOW_PATH=1 prints the same report, byte for
 * byte (run in-process: what is compared is the two paths, not node's start): on a repository of 4,000 documents (1,000 in `npm test`) with 40 of them broken,
 * in every way the benchmark knows (ten ways, each four times).
 */
const SIZE = cases(1000, 4000);
describe('plan validate: fast path and slow path print the same', () => {
  it(`on ${SIZE} documents with 40 broken, in every format`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-fast-'));
    dirs.push(dir);
    const { broken } = generateCorpus(dir, SIZE, { errorRate: 40 / SIZE, seed: 5 }) as { broken: number };
    expect(broken).toBe(40);
    for (const format of ['json', 'stylish', 'junit']) {
      const fast = await planHere(['validate', dir, '--format', format]);
      const slow = await planHere(['validate', dir, '--format', format], { env: { PLANVERK_SLOW_PATH: '1' } });
      expect(fast.code).toBe(1);
      expect(fast.stdout).toBe(slow.stdout);
      expect(fast.stderr).toBe(slow.stderr);
      expect(fast.code).toBe(slow.code);
    }
  });
});
