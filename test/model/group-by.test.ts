import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/model/group-by.js';

describe('groupBy', () => {
  it('lists each item under every key it names, in item order, once per key', () => {
    const measures = [
      { id: 'a', goals: ['g1', 'g2'] },
      { id: 'b', goals: ['g2', 'g2'] },
      { id: 'c', goals: [] },
      { id: 'd', goals: ['g1'] },
    ];
    const byGoal = groupBy(measures, (m) => m.goals, (m) => m.id);
    expect([...byGoal]).toEqual([['g1', ['a', 'd']], ['g2', ['a', 'b']]]);
  });

  it('leaves out keys that are not strings (a value of an invalid document)', () => {
    const byPlan = groupBy([{ plan: 'p' }, { plan: null }, { plan: 3 }, {}], (x: { plan?: unknown }) => [x.plan], (x) => x);
    expect([...byPlan.keys()]).toEqual(['p']);
  });
});
