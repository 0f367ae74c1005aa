import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/rule-cases.js';
import { checkTree } from '../helpers/tree.js';

/** The limits on `exclude` that keep glob matching fast (src/workspace/glob.ts): a failing and a passing fixture each. */
describe('exclude limits', () => {
  const withExclude = (globs: string[]) => edit('plan.yaml', 'amountUnit: 1000', `amountUnit: 1000\nexclude: ${JSON.stringify(globs)}`);
  const found = (globs: string[]) => checkTree(withExclude(globs)).diagnostics.map((d) => [d.rule, d.file, d.line, d.message]);

  it('schema/max-items: at most 100 globs', () => {
    expect(found(Array.from({ length: 101 }, (_, i) => `utkast-${i}/**`))).toEqual([['schema/max-items', 'plan.yaml', 5, '"exclude" has more than 100 items']]);
    expect(found(Array.from({ length: 100 }, (_, i) => `utkast-${i}/**`))).toEqual([]);
  });

  it('schema/max-length: globs of at most 256 characters', () => {
    expect(found([`**/${'*a'.repeat(148)}*c`])).toEqual([['schema/max-length', 'plan.yaml', 5, '"exclude[0]" is longer than 256 characters']]);
    expect(found([`**/${'*a'.repeat(125)}*c`])).toEqual([]);
  });
});
