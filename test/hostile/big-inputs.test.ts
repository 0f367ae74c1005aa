import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { resolveReport } from '../../src/model/resolve-report.js';

/**
 * Inputs big enough that spreading them into a call (`push(...list)`, `Math.min(...list)`)
 * overflowed the call stack, from about 125,000 items on: "Maximum call stack size
 * exceeded", exit 2. A big input gives diagnostics or output, never an internal error
 * (issue 13, finding 12). Time bounds for such inputs are in bench/hostile.mjs.
 */

const enc = (s: string) => new TextEncoder().encode(s);
const WORKSPACE = 'kind: Workspace\nid: ws\nname: W\n';

describe('big inputs', () => {
  it('150,000 unknown keys in one document are 150,000 diagnostics', () => {
    const keys = Array.from({ length: 150_000 }, (_, i) => `k${i}: 1`).join('\n');
    const files = [
      { path: 'plan.yaml', bytes: enc(WORKSPACE) },
      { path: 'g.yaml', bytes: enc(`kind: Indicator\nid: i\ntitle: I\ndirection: increase\n${keys}\n`) },
    ];
    const result = checkRepository({ files });
    expect(result.diagnostics.length).toBe(150_000);
    expect(result.diagnostics.every((d) => d.rule === 'schema/additional-properties')).toBe(true);
    expect(result.diagnostics[149_999]).toMatchObject({ line: 150_004, column: 1 });
  });

  it('a report over 200,000 budget rows without a plan period has one year per budget year', () => {
    const rows = Array.from({ length: 200 }, (_, y) => `  - { year: ${1900 + y}, operating: 1 }`).join('\n');
    const measures = Array.from({ length: 1000 }, (_, i) => `kind: Measure\nid: m${i}\ntitle: M\nplan: hp\ngoals: [g]\nbudget:\n${rows}\n`).join('---\n');
    const files = [
      { path: 'plan.yaml', bytes: enc(WORKSPACE) },
      { path: 'hp.yaml', bytes: enc('kind: Plan\nid: hp\ntitle: H\ntype: handlingsprogram\n') },
      { path: 'g.yaml', bytes: enc('kind: Goal\nid: g\ntitle: G\nplan: hp\nindicators: [i]\n---\nkind: Indicator\nid: i\ntitle: I\ndirection: increase\n') },
      { path: 'm.yaml', bytes: enc(measures) },
    ];
    const result = checkRepository({ files });
    expect(result.summary.errors).toBe(0);
    const model = resolveReport(result.repo, result.catalog, { planId: 'hp', locale: 'nb' });
    expect(model?.years).toEqual(Array.from({ length: 200 }, (_, y) => 1900 + y));
  });
});
