import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/rule-cases.js';
import { checkTree } from '../helpers/tree.js';

/**
 * Amounts and values have bounds (issue 13, finding 19): `operating: 1e308` was valid,
 * and the sums of a report or a diff became Infinity or NaN. Budget amounts are at
 * most 10^12 either way, indicator values 10^15, amountUnit 10^9, materiality scores
 * and scales 1000 (threshold 2000).
 */
const found = (file: string, from: string, to: string) => checkTree(edit(file, from, to)).diagnostics.map((d) => [d.rule, d.file, d.line]);

describe('bounds on numbers', () => {
  it('budget amounts: at most 10^12 either way', () => {
    expect(found('measure.yaml', 'operating: 1500', 'operating: 1e308')).toEqual([['schema/maximum', 'measure.yaml', 10]]);
    expect(found('measure.yaml', 'investment: 4000', 'investment: -1.5e12')).toEqual([['schema/minimum', 'measure.yaml', 10]]);
    expect(found('measure.yaml', 'operating: 1500', 'operating: 1000000000000')).toEqual([]);
    expect(found('measure.yaml', 'operating: 1500', 'operating: -1000000000000')).toEqual([]);
  });

  it('amountUnit: at most 10^9', () => {
    expect(found('plan.yaml', 'amountUnit: 1000', 'amountUnit: 1e10')).toEqual([['schema/maximum', 'plan.yaml', 4]]);
    expect(found('plan.yaml', 'amountUnit: 1000', 'amountUnit: 1000000000')).toEqual([]);
  });

  it('indicator values and thresholds: finite, at most 10^15 either way', () => {
    expect(found('indicator.yaml', 'value: 41 }', 'value: 1e16 }')).toEqual([['schema/maximum', 'indicator.yaml', 8]]);
    expect(found('indicator.yaml', 'value: 41 }', 'value: .inf }')).toEqual([['schema/type', 'indicator.yaml', 8]]);
    expect(found('indicator.yaml', 'value: 41 }', 'value: .nan }')).toEqual([['schema/type', 'indicator.yaml', 8]]);
    expect(found('indicator.yaml', 'value: 41 }', 'value: -1e15 }')).toEqual([]);
    expect(found('indicator.yaml', 'direction: increase', 'direction: increase\nthresholds: { desired: 1e300, lowest: 40 }')).toEqual([['schema/maximum', 'indicator.yaml', 5]]);
  });

  it('materiality scores, scale and threshold: at most 1000 (threshold 2000)', () => {
    expect(found('materiality.yaml', 'significance: 5, influence: 4', 'significance: 1e308, influence: 4')).toEqual([['schema/maximum', 'materiality.yaml', 7]]);
    expect(found('materiality.yaml', 'threshold: 8', 'threshold: 1e308')).toEqual([['schema/maximum', 'materiality.yaml', 5]]);
    expect(found('materiality.yaml', 'scale: { min: 1, max: 5 }', 'scale: { min: 1, max: 1000 }')).toEqual([]);
  });
});
