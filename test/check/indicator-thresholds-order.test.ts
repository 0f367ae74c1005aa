import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';

const enc = new TextEncoder();
const files = (indicator: string) => [
  { path: 'plan.yaml', bytes: enc.encode('kind: Workspace\nid: w\nname: W\n') },
  { path: 'indicators.yaml', bytes: enc.encode(indicator) },
];
const rulesOf = (indicator: string) => checkRepository({ files: files(indicator) }).diagnostics.filter((d) => d.rule === 'indicator-thresholds-order');

describe('indicator-thresholds-order', () => {
  it('reports desired worse than lowest at the desired value', () => {
    const found = rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: increase\nthresholds: { desired: 40, lowest: 45 }\n');
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 5, 24]]);
    expect(rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: decrease\nthresholds: { desired: 45, lowest: 40 }\n')).toHaveLength(1);
    expect(rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: maintain\ntargets: [{ year: 2030, value: 50 }]\nthresholds: { desired: 45, lowest: 48 }\n')).toHaveLength(1);
  });

  it('accepts limits in the right order', () => {
    expect(rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: increase\nthresholds: { desired: 45, lowest: 45 }\n')).toEqual([]);
    expect(rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: decrease\nthresholds: { desired: 40, lowest: 45 }\n')).toEqual([]);
    expect(rulesOf('kind: Indicator\nid: i\ntitle: I\ndirection: maintain\ntargets: [{ year: 2030, value: 50 }]\nthresholds: { desired: 49, lowest: 53 }\n')).toEqual([]);
  });
});
