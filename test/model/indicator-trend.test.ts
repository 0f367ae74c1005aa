import { describe, expect, it } from 'vitest';
import { indicatorTrend } from '../../src/model/indicator-trend.js';
import type { Indicator } from '../../src/model/schema-types.js';
import { loadExample } from '../helpers/example-repo.js';

const ind = (direction: Indicator['direction'], values: number[], target?: number): Indicator => ({
  kind: 'Indicator',
  id: 'x',
  title: 'X',
  direction,
  targets: target === undefined ? [] : [{ year: 2030, value: target }],
  actuals: values.map((value, i) => ({ year: 2020 + i, value })),
});

describe('indicatorTrend', () => {
  it('fits a line through the last three actuals only', () => {
    const trend = indicatorTrend(ind('increase', [0, 100, 10, 11, 12]))!;
    expect(trend.slope).toBeCloseTo(1, 9);
    expect(trend).toMatchObject({ from: 2022, to: 2024, points: 3, direction: 'improving' });
  });

  it('judges the slope by the direction', () => {
    expect(indicatorTrend(ind('increase', [10, 9]))?.direction).toBe('worsening');
    expect(indicatorTrend(ind('decrease', [10, 9]))?.direction).toBe('improving');
    expect(indicatorTrend(ind('decrease', [10, 10.01]))?.direction).toBe('steady');
  });

  it('calls a maintain indicator improving when it moves towards its target', () => {
    expect(indicatorTrend(ind('maintain', [90, 92], 95))?.direction).toBe('improving');
    expect(indicatorTrend(ind('maintain', [96, 98], 95))?.direction).toBe('worsening');
  });

  it('has no trend with fewer than two actuals, or before the second', () => {
    expect(indicatorTrend(ind('increase', [1]))).toBeUndefined();
    expect(indicatorTrend(ind('increase', [1, 2]), 2020)).toBeUndefined();
  });

  it('reads the example: sick leave falls (improving) while bullying rose to 2024', () => {
    const { repo } = loadExample();
    expect(indicatorTrend(repo.get('sykefravaer', 'Indicator')!.data, 2025)?.direction).toBe('improving');
    expect(indicatorTrend(repo.get('mobbing', 'Indicator')!.data, 2024)?.direction).toBe('worsening');
    expect(indicatorTrend(repo.get('valgdeltakelse', 'Indicator')!.data, 2025)).toBeUndefined();
    // +0.4 a year is steady next to 88.6 but more than the 0.36 a year the plan needs.
    expect(indicatorTrend(repo.get('hjemmeboende-over-80', 'Indicator')!.data, 2025)?.direction).toBe('improving');
    expect(indicatorTrend(repo.get('barnehagedekning', 'Indicator')!.data, 2025)?.direction).toBe('steady');
  });
});
