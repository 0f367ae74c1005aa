import { describe, expect, it } from 'vitest';
import { closest, editDistance, withSuggestionBudget } from '../../src/diagnostics/suggest.js';

describe('closest() within a budget', () => {
  it('suggests while the budget lasts, then nothing (each call here costs 220 cells)', () => {
    const candidates = ['god-helse', 'gode-skoler'];
    expect(withSuggestionBudget(1_000, () => closest('god-helsa', candidates))).toEqual(['god-helse']);
    expect(withSuggestionBudget(10, () => closest('god-helsa', candidates))).toEqual([]);
    expect(
      withSuggestionBudget(450, () => [closest('god-helsa', candidates), closest('god-helsa', candidates), closest('god-helsa', candidates)]),
    ).toEqual([['god-helse'], ['god-helse'], []]);
  });

  it('is unlimited outside a budget, and the budget ends with its scope', () => {
    withSuggestionBudget(0, () => undefined);
    expect(closest('titel', ['title'])).toEqual(['title']);
  });
});

/** The textbook table, kept here as the reference the fast version must match. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance and closest against the textbook table', () => {
  it('agree on random ids (the fast one gives up early only beyond the limit)', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const word = () => Array.from({ length: Math.floor(rnd() * 14) }, () => 'abcde-Æø'[Math.floor(rnd() * 8)]).join('');
    const pool = Array.from({ length: 300 }, word);
    for (let n = 0; n < 300; n++) {
      const input = word();
      for (const c of pool.slice(0, 40)) expect(editDistance(input, c), `${input} ${c}`).toBe(referenceDistance(input, c));
      const limit = Math.max(1, Math.floor(input.length / 3));
      const expected = [...new Set(pool)]
        .filter((c) => Math.abs(c.length - input.length) <= limit)
        .map((c) => ({ c, d: referenceDistance(input.toLowerCase(), c.toLowerCase()) }))
        .filter((x) => x.d <= limit)
        .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
        .slice(0, 3)
        .map((x) => x.c);
      expect(closest(input, pool), input).toEqual(expected);
    }
  });
});
