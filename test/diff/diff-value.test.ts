import { describe, expect, it } from 'vitest';
import { diffValue, type Change } from '../../src/diff/diff-value.js';

function diff(a: unknown, b: unknown): Change[] {
  const out: Change[] = [];
  diffValue('', '', a, b, out);
  return out;
}

describe('diffValue', () => {
  it('treats null and a missing key alike', () => {
    expect(diff({ parent: null, title: 'a' }, { title: 'a' })).toEqual([]);
    expect(diff({ title: 'a' }, { title: 'a', parent: 'b' })).toEqual([{ path: 'parent', op: 'added', new: 'b' }]);
  });

  it('matches keyed lists by their natural key', () => {
    const a = { entries: [{ target: '3.4', significance: 4, influence: 4 }, { target: '3.d', significance: 2, influence: 2 }] };
    const b = { entries: [{ target: '3.d', significance: 3, influence: 2 }, { target: '13.1', significance: 5, influence: 5 }] };
    expect(diff(a, b)).toEqual([
      { path: 'entries[target=3.d].significance', op: 'changed', old: 2, new: 3 },
      { path: 'entries[target=13.1]', op: 'added', new: { target: '13.1', significance: 5, influence: 5 } },
      { path: 'entries[target=3.4]', op: 'removed', old: { target: '3.4', significance: 4, influence: 4 } },
    ]);
    expect(diff({ events: [{ id: 'a', month: 3 }, { id: 'b', month: 4 }] }, { events: [{ id: 'b', month: 5 }, { id: 'a', month: 3 }] })).toEqual([
      { path: 'events[id=b].month', op: 'changed', old: 4, new: 5 },
    ]);
  });

  it('compares scalar lists as multisets', () => {
    expect(diff({ goals: ['a', 'b', 'b'] }, { goals: ['b', 'c', 'a'] })).toEqual([
      { path: 'goals', op: 'removed', old: 'b' },
      { path: 'goals', op: 'added', new: 'c' },
    ]);
    expect(diff({ exclude: ['x/**', 'y'] }, { exclude: ['y', 'x/**'] })).toEqual([]);
  });

  it('falls back to positions when a keyed list has duplicate or missing keys', () => {
    expect(diff({ budget: [{ year: 2027, operating: 1 }, { year: 2027, operating: 2 }] }, { budget: [{ year: 2027, operating: 1 }, { year: 2027, operating: 3 }] })).toEqual([
      { path: 'budget[1].operating', op: 'changed', old: 2, new: 3 },
    ]);
  });

  it('reports a change of type as one change, and quotes odd keys', () => {
    expect(diff({ period: { start: 2020 } }, { period: 2020 })).toEqual([{ path: 'period', op: 'changed', old: { start: 2020 }, new: 2020 }]);
    expect(diff({ rules: { 'goal-without-indicator': 'off' } }, { rules: { 'goal-without-indicator': 'error' } })).toEqual([
      { path: 'rules.goal-without-indicator', op: 'changed', old: 'off', new: 'error' },
    ]);
    expect(diff({ 'x-a.b': 1 }, { 'x-a.b': 2 })).toEqual([{ path: '["x-a.b"]', op: 'changed', old: 1, new: 2 }]);
  });
});
