import { describe, expect, it } from 'vitest';
import { closest, withSuggestionBudget } from '../../src/diagnostics/suggest.js';

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
