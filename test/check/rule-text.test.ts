import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { edit } from '../helpers/rule-cases.js';
import { BASE, type Tree } from '../helpers/tree.js';

/** Rule messages and hints in the run's language (issue 18, item 5): the ruleText section of the catalogue. */

function check(tree: Tree, locale?: 'nb' | 'nn' | 'en') {
  const files = Object.keys(tree).map((path) => ({ path, bytes: new TextEncoder().encode(tree[path]!) }));
  const result = checkRepository({ files, ...(locale && { locale }) });
  return { result, found: result.diagnostics.map((d) => [d.rule, d.message, d.hint ?? '']) };
}

const NO_INDICATORS = edit('goal.yaml', 'indicators: [aktive]', 'indicators: []');
const TYPO = edit('goal.yaml', 'title: God helse', 'title: God helse\ntitel: God helse');

describe('rule text in the locale', () => {
  it('nb when neither --locale nor the workspace says otherwise', () => {
    const { result, found } = check(NO_INDICATORS);
    expect(result.locale).toBe('nb');
    expect(found).toContainEqual(['goal-without-indicator', 'målet «god-helse» har ingen indikatorer', 'før opp under `indicators` indikatorene som viser om målet nås']);
    expect(check(TYPO).found).toEqual([['schema/additional-properties', 'ukjent nøkkel «titel»', 'mente du «title»?']]);
  });

  it("the workspace's locale (nn), and --locale over it (en)", () => {
    const nn = { ...NO_INDICATORS, 'plan.yaml': `${BASE['plan.yaml']!}locale: nn\n` };
    const inNn = check(nn);
    expect(inNn.result.locale).toBe('nn');
    expect(inNn.found).toContainEqual(['goal-without-indicator', 'målet «god-helse» har ingen indikatorar', 'før opp under `indicators` dei indikatorane som viser om målet blir nådd']);
    const inEn = check(nn, 'en');
    expect(inEn.result.locale).toBe('en');
    expect(inEn.found).toContainEqual(['goal-without-indicator', 'goal "god-helse" has no indicators', 'list the indicators that show whether the goal is reached under `indicators`']);
  });

  it('hints and YAML paths in nb: decimal comma, impossible date, the row of a year', () => {
    const comma = check(edit('indicator.yaml', '{ year: 2021, value: 42 }', '{ year: 2021, value: "42,5" }'));
    expect(comma.found).toEqual([['schema/type', '«actuals[1].value» (raden for 2021) må være et tall, ikke teksten «42,5»', 'bruk desimalpunktum: 42.5']]);
    const date = check(edit('calendar.yaml', 'date: 2027-01-15', 'date: 2027-02-30'));
    expect(date.found).toEqual([['schema/format', '«2027-02-30» er ikke en gyldig dato', 'februar 2027 har 28 dager']]);
  });
});
